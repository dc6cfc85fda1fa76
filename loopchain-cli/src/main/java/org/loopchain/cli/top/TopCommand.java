package org.loopchain.cli.top;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.loopchain.cli.Args;
import org.loopchain.cli.CliException;
import org.loopchain.cli.Command;
import org.loopchain.cli.json.Json;
import org.loopchain.cli.knobs.Knobs;
import org.loopchain.cli.node.NodeCommands;
import org.loopchain.cli.wildfly.WildFlyNode;

/**
 * {@code top [--interval S] [--once true] NODE...}: every S seconds (default 2) polls each node's
 * {@code /api/v1/metrics} and, per channel, {@code /api/v1/status/peer} at its own address (all nodes at
 * once, 1 s to connect, 2 s to answer) and prints one {@link TopScreen}; on a terminal each screen
 * replaces the last (ANSI clear), otherwise the screens follow one another. With {@code --once} it
 * polls twice, one interval apart (tx/s needs two), prints one screen and exits 0. A NODE is a domain
 * directory (name, REST address and role from it) or {@code NAME=[HOST:]REST_PORT} (HOST: 127.0.0.1). A node that does not
 * answer is a row that says down, never a failure.
 */
public final class TopCommand implements Command {
    static final String METRICS_PATH = "/api/v1/metrics";
    static final String STATUS_PATH = "/api/v1/status/peer";
    private static final String CLEAR = "\033[H\033[2J";

    /** A node to watch: its name, kind ({@code peer}, {@code rs} or "") and REST base URL ({@code http://host:port}). */
    public record Node(String name, String kind, String base) {
        public static Node of(String arg) {
            Path dir = Path.of(arg);
            if (Files.isRegularFile(dir.resolve("config/domain.xml")) || WildFlyNode.isNode(dir)) {
                Map<String, String> info = NodeCommands.info(dir);
                port(arg, info.get("REST_PORT"));
                return new Node(dir.getFileName().toString(), NodeCommands.role(dir), NodeCommands.restBase(info));
            }
            int eq = arg.lastIndexOf('=');
            if (eq <= 0) {
                throw new CliException("top: '" + arg + "' is neither a domain directory nor NAME=[HOST:]REST_PORT", 2);
            }
            String address = arg.substring(eq + 1);
            int colon = address.lastIndexOf(':');
            String host = colon < 0 ? "127.0.0.1" : Knobs.host("top: the host in '" + arg + "'", address.substring(0, colon));
            return new Node(arg.substring(0, eq), "", "http://" + host + ":" + port(arg, address.substring(colon + 1)));
        }

        private static int port(String arg, String port) {
            if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) == 0 || Integer.parseInt(port) > 65535) {
                throw new CliException("top: no REST port in '" + arg + "' (got '" + port + "')", 2);
            }
            return Integer.parseInt(port);
        }
    }

    private final Function<Node, NodeReading> poll;
    private final boolean terminal;

    /** Polls over HTTP; clears the screen when stdout is a terminal. */
    public TopCommand() {
        this(new HttpPoll(), System.console() != null);
    }

    TopCommand(Function<Node, NodeReading> poll, boolean terminal) {
        this.poll = poll;
        this.terminal = terminal;
    }

    @Override
    public int run(Args a, PrintStream out, PrintStream err) throws InterruptedException {
        double interval = interval(a.optional("interval", "2"));
        boolean once = Boolean.parseBoolean(a.optional("once", "false"));
        List<Node> nodes = a.positional().stream().map(Node::of).toList();
        if (nodes.isEmpty()) {
            throw new CliException("top: no nodes given (./loopchain up first)", 2);
        }
        long pause = Math.round(interval * 1000);
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size(), r -> {
            Thread t = new Thread(r, "top-poll");
            t.setDaemon(true);
            return t;
        });
        try {
            List<NodeReading> previous = pollAll(nodes, pool);
            if (once) {
                Thread.sleep(pause);
                out.print(TopScreen.render(title(interval, once), previous, pollAll(nodes, pool)));
                return 0;
            }
            out.print((terminal ? CLEAR : "") + TopScreen.render(title(interval, once), List.of(), previous));
            out.flush();
            while (!out.checkError()) {
                Thread.sleep(pause);
                List<NodeReading> now = pollAll(nodes, pool);
                out.print((terminal ? CLEAR : "\n") + TopScreen.render(title(interval, once), previous, now));
                out.flush();
                previous = now;
            }
            return 0;
        } finally {
            pool.shutdownNow();
        }
    }

    private static double interval(String s) {
        try {
            double v = Double.parseDouble(s);
            if (v >= 0.1 && v <= 3600) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new CliException("top: --interval must be seconds between 0.1 and 3600, got '" + s + "'", 2);
    }

    private static String title(double interval, boolean once) {
        String every = interval == Math.rint(interval) ? Long.toString((long) interval) : Double.toString(interval);
        return "loopchain top  " + LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "  "
                + (once ? "one screen, tx/s over " + every + " s" : "every " + every + " s (Ctrl-C quits)");
    }

    private List<NodeReading> pollAll(List<Node> nodes, ExecutorService pool) throws InterruptedException {
        List<Future<NodeReading>> futures = new ArrayList<>();
        nodes.forEach(n -> futures.add(pool.submit(() -> poll.apply(n))));
        List<NodeReading> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            try {
                out.add(futures.get(i).get());
            } catch (ExecutionException e) {
                out.add(NodeReading.down(nodes.get(i).name(), nodes.get(i).kind(), "poll failed: " + e.getCause(),
                        System.nanoTime()));
            }
        }
        return out;
    }

    /** One node's metrics, then the status of each of its channels, over loopback HTTP. */
    static final class HttpPoll implements Function<Node, NodeReading> {
        private static final Duration ANSWER = Duration.ofSeconds(2);
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

        @Override
        public NodeReading apply(Node node) {
            String base = node.base();
            HttpResponse<String> metrics;
            try {
                metrics = get(base + METRICS_PATH);
            } catch (IOException e) {
                return NodeReading.down(node.name(), node.kind(), reason(e, node.base()), System.nanoTime());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return NodeReading.down(node.name(), node.kind(), "interrupted", System.nanoTime());
            }
            long nanos = System.nanoTime();
            if (metrics.statusCode() != 200) { // it answers, so it is up; a Radio Station may serve no metrics
                String problem = "rs".equals(node.kind()) ? "" : METRICS_PATH + " answered HTTP " + metrics.statusCode();
                return new NodeReading(node.name(), node.kind(), true, problem, "", Map.of(), nanos);
            }
            Map<String, ChannelReading> channels;
            try {
                channels = ChannelReading.of(PrometheusText.parse(metrics.body()));
            } catch (IllegalArgumentException e) {
                return new NodeReading(node.name(), node.kind(), true, e.getMessage(), "", Map.of(), nanos);
            }
            Map<String, ChannelReading> withStatus = new LinkedHashMap<>();
            String peerId = "";
            List<String> problems = new ArrayList<>();
            for (var e : channels.entrySet()) {
                Map<?, ?> status = status(base, e.getKey());
                if (status == null) {
                    problems.add("no status for " + e.getKey());
                    withStatus.put(e.getKey(), e.getValue());
                    continue;
                }
                peerId = text(status.get("peer_id"));
                withStatus.put(e.getKey(), e.getValue().withStatus(text(status.get("role")), text(status.get("leader"))));
            }
            return new NodeReading(node.name(), node.kind(), true, String.join("; ", problems), peerId, withStatus, nanos);
        }

        private HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(ANSWER).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private Map<?, ?> status(String base, String channel) {
            try {
                HttpResponse<String> r = get(base + STATUS_PATH + "?channel=" + URLEncoder.encode(channel, StandardCharsets.UTF_8));
                return r.statusCode() == 200 && Json.parse(r.body()) instanceof Map<?, ?> m ? m : null;
            } catch (IOException | IllegalArgumentException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        private static String text(Object o) {
            return o == null ? "" : o.toString();
        }

        private static String reason(IOException e, String base) {
            if (e instanceof ConnectException) {
                return "nothing listens on " + base.substring(base.indexOf("//") + 2);
            }
            if (e instanceof HttpTimeoutException) {
                return "no answer on " + base.substring(base.indexOf("//") + 2) + " within " + ANSWER.toSeconds() + " s";
            }
            return e.toString();
        }
    }
}
