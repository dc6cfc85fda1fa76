package org.loopchain.bench;

import java.io.PrintStream;
import java.net.URI;
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
 * One load of {@link Bench}: N transactions of one {@link Load} from C clients spread over the peers,
 * a watcher following the chain from the height the phase began at, then the report: committed TPS
 * (first submit to last commit) and submit-to-commit latency.
 */
final class Phase {

    private static final int PROGRESS_SECONDS = 5;
    private static final int COMMIT_WAIT_SECONDS = 120;

    private final List<URI> peers;
    private final Load load;
    private final int total;
    private final int clients;
    private final double rate;
    private final Map<String, Long> submittedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> committedAt = new ConcurrentHashMap<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger firstRefusalShown = new AtomicInteger();
    private long t0;
    private long submitEnd;
    private ChainWatcher watcher;

    Phase(List<URI> peers, Load load, int total, int clients, double rate) {
        this.peers = peers;
        this.load = load;
        this.total = total;
        this.clients = clients;
        this.rate = rate;
    }

    /** Runs the load and waits (bounded) until every acknowledged transaction is seen in a block. */
    Phase run() throws Exception {
        System.out.println("--- " + load.label() + ": " + total + " to " + peers.size() + " peers, " + clients + " clients");
        watcher = new ChainWatcher(new HttpConnection(peers.get(0)), height(peers.get(0)), committedAt);
        Thread watch = new Thread(watcher, "chain-watcher");
        watch.start();
        t0 = System.nanoTime();
        Progress progress = new Progress(() -> new Progress.Sample(System.nanoTime() - t0, submittedAt.size(), failures.get(),
                committed(), watcher.height()), total, PROGRESS_SECONDS, System.out);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> {
                HttpConnection[] connections = peers.stream().map(HttpConnection::new).toArray(HttpConnection[]::new);
                int i;
                while ((i = next.getAndIncrement()) < total) {
                    pace(i);
                    submit(connections[i % peers.size()], i, client);
                }
                Arrays.stream(connections).forEach(HttpConnection::close);
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        submitEnd = System.nanoTime();
        progress.submitted(COMMIT_WAIT_SECONDS);
        long deadline = submitEnd + TimeUnit.SECONDS.toNanos(COMMIT_WAIT_SECONDS);
        while (!committedAt.keySet().containsAll(submittedAt.keySet()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        progress.close();
        watcher.stop();
        watch.join();
        return this;
    }

    /** The hashes of acknowledged transactions seen in a block. */
    List<String> committedHashes() {
        return committedAt.keySet().stream().filter(submittedAt::containsKey).toList();
    }

    private int committed() {
        return (int) submittedAt.keySet().stream().filter(committedAt::containsKey).count();
    }

    private void pace(int i) {
        if (rate <= 0) {
            return;
        }
        long wait = t0 + (long) (i / rate * 1e9) - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void submit(HttpConnection peer, int i, int client) {
        long start = System.nanoTime();
        try {
            HttpConnection.Reply reply = peer.post(load.path(), load.body(i, client));
            load.acceptedHash(reply).ifPresentOrElse(hash -> submittedAt.put(hash, start), () -> refused(reply.body()));
        } catch (Exception e) {
            refused(e.toString());
        }
    }

    /** Counts a refusal; the first one is shown, so a phase that fails as a whole says why. */
    private void refused(String why) {
        failures.incrementAndGet();
        if (firstRefusalShown.getAndIncrement() == 0) {
            System.out.println("first refusal    " + (why.length() > 300 ? why.substring(0, 300) + "…" : why));
        }
    }

    private static long height(URI peer) throws Exception {
        try (HttpConnection c = new HttpConnection(peer)) {
            Map<?, ?> data = (Map<?, ?>) ((Map<?, ?>) Json.parse(c.get("/api/v1/blocks").body())).get("block_data_json");
            return Long.parseLong((String) data.get("height"));
        }
    }

    /** Committed transactions per second, first submit to last commit. */
    double committedTps() {
        return latencies().length / commitSeconds();
    }

    private double commitSeconds() {
        long lastCommit = committedAt.values().stream().mapToLong(Long::longValue).max().orElse(submitEnd);
        return (lastCommit - t0) / 1e9;
    }

    private long[] latencies() {
        return submittedAt.entrySet().stream().filter(e -> committedAt.containsKey(e.getKey()))
                .mapToLong(e -> committedAt.get(e.getKey()) - e.getValue()).sorted().toArray();
    }

    void report(PrintStream out) {
        long[] latencies = latencies();
        double submitSeconds = (submitEnd - t0) / 1e9;
        double commitSeconds = commitSeconds();
        out.printf("load             %s%n", load.label());
        out.printf("peers            %s%n", peers);
        out.printf("transactions     %d sent, %d acknowledged, %d failed, %d committed%n", total,
                submittedAt.size(), failures.get(), latencies.length);
        out.printf("clients          %d%s%n", clients, rate > 0 ? String.format(", paced at %.0f tx/s", rate) : "");
        out.printf("submit rate      %.0f tx/s over %.1f s%n", submittedAt.size() / submitSeconds, submitSeconds);
        out.printf("committed TPS    %.0f tx/s (first submit to last commit: %.1f s)%n", committedTps(), commitSeconds);
        out.printf("submit->commit   p50 %d ms, p99 %d ms, max %d ms%n", pct(latencies, 50), pct(latencies, 99),
                latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1_000_000);
        out.printf("p99 by 10 s      %s%n", p99By10Seconds());
        long blocks = watcher.blocksSeenBy(t0 + (long) (commitSeconds * 1e9));
        out.printf("blocks           %d, %.2f blocks/s, %.0f tx per block%n", blocks, blocks / commitSeconds,
                blocks == 0 ? 0.0 : (double) latencies.length / blocks);
    }

    /** The p99 latency of the transactions submitted in each 10 s of the run, in order (warm-up shows first). */
    private String p99By10Seconds() {
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

    static long pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int idx = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, idx)] / 1_000_000;
    }
}
