package org.loopchain.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.loopchain.core.json.Json;

/**
 * Submits N transactions with C concurrent clients to one or more peers and reports committed TPS
 * and submit-to-commit latency. A watcher follows the chain block by block; a transaction counts
 * as committed when the block holding it is first seen.
 *
 * <p>With {@code --token} every transaction is a transfer of the channel's token SCORE (see
 * {@link TokenTransfers}), and the report adds how many of a sample of results failed.
 *
 * <p>Before the load it measures the machine's own limits ({@link MachineLimits}; {@code --no-limits}
 * skips them; Derby's database is made under {@code --scratch}, by default the JVM's temp dir) and
 * after it compares the committed rate with the signature ceiling; while the load runs it prints a
 * {@link Progress} line every 5 s.
 *
 * <pre>Bench --peer http://127.0.0.1:9000 [--peer ...] [-n 20000] [-c 16] [--rate 0] [--token] [--no-limits] [--scratch DIR]</pre>
 */
public final class Bench {

    private static final Duration LIMIT_DURATION = Duration.ofSeconds(3);
    private static final int PROGRESS_SECONDS = 5;
    private static final int COMMIT_WAIT_SECONDS = 120;

    private final List<URI> peers;
    private final int total;
    private final int clients;
    private final double rate;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Long> submittedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> committedAt = new ConcurrentHashMap<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final boolean token;
    /** Where MachineLimits makes its Derby database; null: no limits measured. */
    private final Path scratch;

    private Bench(List<URI> peers, int total, int clients, double rate, boolean token, Path scratch) {
        this.token = token;
        this.scratch = scratch;
        this.peers = peers;
        this.total = total;
        this.clients = clients;
        this.rate = rate;
    }

    public static void main(String[] args) throws Exception {
        List<URI> peers = new ArrayList<>();
        int n = 20_000;
        int c = 16;
        double rate = 0;
        boolean token = false;
        boolean limits = true;
        Path scratch = Path.of(System.getProperty("java.io.tmpdir"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--peer" -> peers.add(URI.create(loopback(args[++i])));
                case "-n" -> n = Integer.parseInt(args[++i]);
                case "-c" -> c = Integer.parseInt(args[++i]);
                case "--rate" -> rate = Double.parseDouble(args[++i]);
                case "--token" -> token = true;
                case "--no-limits" -> limits = false;
                case "--scratch" -> scratch = Path.of(args[++i]);
                default -> {
                    System.err.println("unknown argument " + args[i] + "\nusage: bench [--peer URL]... [-n N] [-c CLIENTS]"
                            + " [--rate TX_PER_S] [--token] [--no-limits] [--scratch DIR]");
                    System.exit(2);
                }
            }
        }
        if (peers.isEmpty()) {
            peers.add(URI.create("http://127.0.0.1:9000"));
        }
        new Bench(peers, n, c, rate, token, limits ? scratch : null).run();
    }

    private static String loopback(String url) {
        String host = URI.create(url).getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            throw new IllegalArgumentException("the benchmark only sends traffic to loopback, not " + host);
        }
        return url;
    }

    /** The body of plain transaction {@code i}. */
    static String body(int i) {
        return "{\"data\": \"bench-" + i + "\", \"n\": " + i + "}";
    }

    private void run() throws Exception {
        MachineLimits.Limits machine = null;
        if (scratch != null) {
            machine = MachineLimits.measure(LIMIT_DURATION, peers.size(), scratch);
            System.out.print(machine.block());
            System.out.flush();
        }
        if (token) {
            new TokenTransfers(peers).fund(total);
        }
        long startHeight = height(peers.get(0));
        ChainWatcher watcher = new ChainWatcher(new HttpConnection(peers.get(0)), startHeight, committedAt);
        Thread watch = new Thread(watcher, "chain-watcher");
        watch.start();
        long t0 = System.nanoTime();
        Progress progress = new Progress(() -> new Progress.Sample(System.nanoTime() - t0, submittedAt.size(), failures.get(),
                committed(), watcher.height()), total, PROGRESS_SECONDS, System.out);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                HttpConnection[] connections = peers.stream().map(HttpConnection::new).toArray(HttpConnection[]::new);
                int i;
                while ((i = next.getAndIncrement()) < total) {
                    pace(t0, i);
                    submit(connections[i % peers.size()], i);
                }
                Arrays.stream(connections).forEach(HttpConnection::close);
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        long submitEnd = System.nanoTime();
        progress.submitted(COMMIT_WAIT_SECONDS);
        long deadline = submitEnd + TimeUnit.SECONDS.toNanos(COMMIT_WAIT_SECONDS);
        while (!committedAt.keySet().containsAll(submittedAt.keySet()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        progress.close();
        watcher.stop();
        watch.join();
        report(t0, submitEnd, watcher, machine);
    }

    /** Acknowledged transactions seen in a block so far. */
    private int committed() {
        return (int) submittedAt.keySet().stream().filter(committedAt::containsKey).count();
    }

    private void pace(long t0, int i) {
        if (rate <= 0) {
            return;
        }
        long due = t0 + (long) (i / rate * 1e9);
        long wait = due - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void submit(HttpConnection peer, int i) {
        String body = token ? TokenTransfers.body(i) : body(i);
        long start = System.nanoTime();
        try {
            HttpConnection.Reply r = peer.post("/api/v1/transactions", body);
            Map<?, ?> reply = (Map<?, ?>) Json.parse(r.body());
            if (r.status() == 200 && "0".equals(reply.get("response_code"))) {
                submittedAt.put((String) reply.get("tx_hash"), start);
            } else {
                failures.incrementAndGet();
            }
        } catch (Exception e) {
            failures.incrementAndGet();
        }
    }

    private long height(URI peer) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(peer.resolve("/api/v1/blocks")).build(),
                HttpResponse.BodyHandlers.ofString());
        Map<?, ?> data = (Map<?, ?>) ((Map<?, ?>) Json.parse(r.body())).get("block_data_json");
        return Long.parseLong((String) data.get("height"));
    }

    /** The p99 latency of the transactions submitted in each 10 s of the run, in order (warm-up shows first). */
    private String p99By10Seconds(long t0) {
        Map<Long, List<Long>> byWindow = new TreeMap<>();
        submittedAt.forEach((hash, at) -> {
            Long committed = committedAt.get(hash);
            if (committed != null) {
                byWindow.computeIfAbsent((at - t0) / 10_000_000_000L, w -> new ArrayList<>()).add(committed - at);
            }
        });
        StringBuilder out = new StringBuilder();
        byWindow.forEach((window, list) -> out.append(out.length() == 0 ? "" : ", ").append(window * 10).append("-")
                .append(window * 10 + 10).append(" s: ")
                .append(pct(list.stream().mapToLong(Long::longValue).sorted().toArray(), 99)).append(" ms"));
        return out.toString();
    }

    private void report(long t0, long submitEnd, ChainWatcher watcher, MachineLimits.Limits machine) {
        long[] latencies = submittedAt.entrySet().stream().filter(e -> committedAt.containsKey(e.getKey()))
                .mapToLong(e -> committedAt.get(e.getKey()) - e.getValue()).sorted().toArray();
        long lastCommit = committedAt.values().stream().mapToLong(Long::longValue).max().orElse(submitEnd);
        double submitSeconds = (submitEnd - t0) / 1e9;
        double commitSeconds = (lastCommit - t0) / 1e9;
        System.out.printf("peers            %s%n", peers);
        System.out.printf("transactions     %d sent, %d acknowledged, %d failed, %d committed%n", total,
                submittedAt.size(), failures.get(), latencies.length);
        System.out.printf("clients          %d%s%n", clients, rate > 0 ? String.format(", paced at %.0f tx/s", rate) : "");
        System.out.printf("submit rate      %.0f tx/s over %.1f s%n", submittedAt.size() / submitSeconds, submitSeconds);
        double committedTps = latencies.length / commitSeconds;
        System.out.printf("committed TPS    %.0f tx/s (first submit to last commit: %.1f s)%n", committedTps, commitSeconds);
        if (machine != null) {
            System.out.println(MachineLimits.ceilingLine(machine.verify().perSecond(), peers.size(), committedTps));
        }
        System.out.printf("submit->commit   p50 %d ms, p99 %d ms, max %d ms%n", pct(latencies, 50), pct(latencies, 99),
                latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1_000_000);
        System.out.printf("p99 by 10 s      %s%n", p99By10Seconds(t0));
        long blocks = watcher.blocksSeenBy(lastCommit);
        System.out.printf("blocks           %d, %.2f blocks/s, %.0f tx per block%n", blocks, blocks / commitSeconds,
                blocks == 0 ? 0.0 : (double) latencies.length / blocks);
        if (token) {
            List<String> sample = committedAt.keySet().stream().filter(submittedAt::containsKey).limit(200).toList();
            try {
                System.out.printf("SCORE results    %d of %d sampled transfers failed%n",
                        new TokenTransfers(peers).failed(sample), sample.size());
            } catch (Exception e) {
                System.out.printf("SCORE results    could not be read: %s%n", e.getMessage());
            }
        }
    }

    private static long pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int idx = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, idx)] / 1_000_000;
    }
}
