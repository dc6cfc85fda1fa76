package org.loopchain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.loopchain.channel.ChannelStatus;
import org.loopchain.channel.ChannelStatus.Timing;
import org.loopchain.core.json.Json;

/**
 * The sample Grafana dashboard and Prometheus config in server-config, and {@code ./loopchain top},
 * ask only for metrics this peer serves ({@link ChannelMetrics}), so a renamed metric breaks this
 * test, not the dashboard.
 */
class GrafanaDashboardTest {
    private static final Path GRAFANA = Path.of("../server-config/src/main/grafana");
    private static final Pattern METRIC = Pattern.compile("\\bloopchain_[a-z_]+");

    /** The sample names the endpoint serves, for a channel with a status and a dropped message. */
    static Set<String> served() {
        ChannelStatus s = new ChannelStatus(1, "ab", 1, 1, 1, 1, 1, "p", "leader", 1, 1, new Timing(1, 1), new Timing(1, 1));
        String text = ChannelMetrics.prometheus(Map.of("c", s), Map.of("c", Map.of("too-old", 1L)), Map.of("d", 1L));
        Set<String> names = new TreeSet<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                names.add(line.substring(0, line.indexOf('{')));
            }
        }
        return names;
    }

    static List<String> expressions() throws IOException {
        List<String> out = new ArrayList<>();
        collect(Json.parse(Files.readString(GRAFANA.resolve("loopchain-dashboard.json"))), out);
        return out;
    }

    private static void collect(Object node, List<String> out) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (("expr".equals(k) || "definition".equals(k)) && v instanceof String s) {
                    out.add(s);
                } else {
                    collect(v, out);
                }
            });
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collect(v, out));
        }
    }

    @Test
    void everyMetricTheDashboardAsksForIsOneThePeerServes() throws IOException {
        Set<String> served = served();
        List<String> exprs = expressions();
        assertTrue(exprs.size() >= 10, "the panels' queries: " + exprs);
        for (String expr : exprs) {
            Matcher m = METRIC.matcher(expr);
            assertTrue(m.find(), "a query of no loopchain metric: " + expr);
            do {
                assertTrue(served.contains(m.group()), m.group() + " (in " + expr + ") is not served; served: " + served);
            } while (m.find());
        }
    }

    @Test
    void everyServedMetricHasAPanel() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String expr : expressions()) {
            METRIC.matcher(expr).results().forEach(r -> used.add(r.group()));
        }
        Set<String> unused = new TreeSet<>(served());
        unused.removeAll(used);
        assertEquals(Set.of("loopchain_last_commit_timestamp_seconds", "loopchain_made_blocks_total"), unused,
                "metrics the dashboard shows no panel of");
    }

    /** {@code ./loopchain top} (loopchain-cli, which has no core on its class path) reads these names too. */
    @Test
    void everyMetricTopReadsIsOneThePeerServes() throws IOException {
        String source = Files.readString(Path.of("../loopchain-cli/src/main/java/org/loopchain/cli/top/ChannelReading.java"));
        List<String> read = Pattern.compile("\"(loopchain_[a-z_]+)\"").matcher(source).results().map(r -> r.group(1)).toList();
        assertEquals(8, read.size(), "the names in ChannelReading: " + read);
        assertTrue(served().containsAll(read), read + " not all in " + served());
    }

    @Test
    void thePrometheusConfigScrapesTheMetricsPathOnLoopback() throws IOException {
        String yml = Files.readString(GRAFANA.resolve("prometheus.yml"));
        assertTrue(yml.contains("metrics_path: /api/v1/metrics"), yml);
        Matcher targets = Pattern.compile("targets: \\[\"([^\"]+)\"\\]").matcher(yml);
        int n = 0;
        while (targets.find()) {
            assertTrue(targets.group(1).startsWith("127.0.0.1:"), targets.group(1));
            n++;
        }
        assertEquals(4, n, "the demo network's 4 peers");
    }
}
