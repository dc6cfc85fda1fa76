package org.loopchain.cli.chaos;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs the episodes one after another: the load runs while an episode's faults are injected at their
 * times; then the faults stop (paused nodes resumed, what was killed started again), a probe
 * transaction measures the recovery, and once every acknowledged transaction is committed (or a
 * deadline passed) the checker judges the chain. One line per fault and per episode. A byzantine or
 * skewed peer is restarted honest by its own fault before the episode heals.
 */
final class ChaosRun {
    private final ChainChecker checker;
    private final RestChain chain;
    private final NetworkControl control;
    private final LoadClients load;
    private final List<String> peers;
    private final long complaintMillis;
    private final PrintStream out;

    ChaosRun(List<String> peers, RestChain chain, NetworkControl control, LoadClients load, long complaintMillis, PrintStream out) {
        this.peers = List.copyOf(peers);
        this.checker = new ChainChecker(peers);
        this.chain = chain;
        this.control = control;
        this.load = load;
        this.complaintMillis = complaintMillis;
        this.out = out;
    }

    /** The common height checked before the first episode (blocks made before the run are checked too). */
    void checkExisting() {
        checker.advance(chain);
        out.printf("chain checked up to height %d before the first episode%n", checker.checkedHeight());
    }

    EpisodeOutcome run(Episode episode) throws InterruptedException {
        Set<String> before = load.acked();
        out.printf("episode %d: %s%n", episode.number(), episode.summary());
        load.start(episode.number());
        FaultTimeline timeline = new FaultTimeline(episode, control, chain, out);
        timeline.play();
        long restartStart = System.nanoTime();
        boolean restarted = timeline.needsRestart();
        if (restarted) {
            out.printf("  heal: ./loopchain up (starts what was killed)%n");
            control.startStopped();
        }
        double restartSeconds = restarted ? seconds(System.nanoTime() - restartStart) : 0;
        load.stop();
        long healed = System.nanoTime();
        String probe = probe(episode.number());
        double recovery = probe == null ? -1 : seconds(System.nanoTime() - healed);
        Set<String> acked = new HashSet<>(load.acked());
        acked.removeAll(before);
        if (probe != null) {
            acked.add(probe);
        }
        awaitCommitted(acked);
        Verdict verdict = checker.verdict(chain, acked);
        boolean within = recovery >= 0 && recovery * 1000 <= 2 * complaintMillis;
        EpisodeOutcome outcome = new EpisodeOutcome(episode, acked.size(), verdict, restartSeconds, recovery, within);
        out.printf("episode %d: %s, %d tx acknowledged, height %d, forks %d, lost %d, duplicated %d, diverging %d, "
                + "restart %.1f s, recovery %s%n", episode.number(), outcome.outcome(), acked.size(), verdict.commonHeight(),
                verdict.forks().size(), verdict.lost().size(), verdict.duplicates().size(), verdict.diverging().size(),
                restartSeconds, recovery < 0 ? "none" : String.format("%.1f s", recovery));
        List<String> problems = new ArrayList<>();
        verdict.forks().forEach(f -> problems.add("fork " + f));
        verdict.lost().forEach(t -> problems.add("lost " + t));
        verdict.duplicates().forEach(t -> problems.add("duplicated " + t));
        verdict.diverging().forEach(t -> problems.add("diverging " + t));
        problems.stream().limit(10).forEach(p -> out.println("    " + p));
        return outcome;
    }

    /**
     * Submits one transaction (to the peers in turn until one acknowledges it) and waits until every
     * peer reports it committed; its hash, or null when that did not happen within the deadline.
     */
    private String probe(int episode) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(recoveryDeadlineMillis());
        String hash = null;
        for (int i = 0; hash == null && System.nanoTime() < deadline; i++) {
            hash = LoadClients.submit(chain.restBase(peers.get(i % peers.size())),
                    "{\"data\": \"chaos probe after episode " + episode + "\"}");
            if (hash == null) {
                Thread.sleep(200);
            }
        }
        while (hash != null && System.nanoTime() < deadline) {
            String h = hash;
            if (peers.stream().allMatch(p -> chain.result(p, h) != null)) {
                return hash;
            }
            Thread.sleep(100);
        }
        return null;
    }

    /** Waits until every transaction of {@code acked} is in a checked block, or the deadline passes. */
    private void awaitCommitted(Set<String> acked) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(recoveryDeadlineMillis());
        checker.advance(chain);
        while (!checker.missing(acked).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(500);
            checker.advance(chain);
        }
    }

    /** How long the run waits for progress before it calls an episode stuck: six complaint timeouts and a minute. */
    private long recoveryDeadlineMillis() {
        return 6 * complaintMillis + 60_000;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** Plays an episode's faults at their times, each on a thread of its own. */
    static final class FaultTimeline {
        private final Episode episode;
        private final NetworkControl control;
        private final RestChain chain;
        private final PrintStream out;
        private volatile boolean restart;

        FaultTimeline(Episode episode, NetworkControl control, RestChain chain, PrintStream out) {
            this.episode = episode;
            this.control = control;
            this.chain = chain;
            this.out = out;
        }

        boolean needsRestart() {
            return restart;
        }

        void play() throws InterruptedException {
            long t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(episode.faults().size());
            List<Future<?>> done = new ArrayList<>();
            for (Fault f : episode.faults()) {
                done.add(pool.submit(() -> {
                    sleepUntil(t0, f.startMillis());
                    inject(f, t0);
                    return null;
                }));
            }
            pool.shutdown();
            for (Future<?> d : done) {
                try {
                    d.get();
                } catch (ExecutionException e) {
                    out.printf("  fault failed: %s%n", e.getCause().getMessage());
                }
            }
        }

        private void inject(Fault f, long t0) throws InterruptedException {
            String node = Fault.LEADER.equals(f.target()) ? chain.leader() : f.target();
            String who = !Fault.LEADER.equals(f.target()) ? node : node == null ? "the leader (no peer names one)" : node + " (the leader)";
            switch (f.kind()) {
                case KILL, RS_DOWN -> {
                    boolean killed = node != null && control.kill(node);
                    restart |= killed;
                    line(t0, killed ? "kill -9 " + who + ", down until the episode ends" : "kill -9 " + who + ": not running, skipped");
                    TimeUnit.MILLISECONDS.sleep(f.durationMillis());
                }
                case PAUSE -> {
                    if (node == null || !control.pause(node)) {
                        line(t0, "pause " + who + ": not running, skipped");
                        return;
                    }
                    line(t0, String.format("SIGSTOP %s for %.1f s", who, f.durationMillis() / 1000.0));
                    TimeUnit.MILLISECONDS.sleep(f.durationMillis()); // from the signal: a late pause still outlasts the timeout
                    control.resume(node);
                    line(t0, "SIGCONT " + who);
                }
                case BROKER_RESTART -> {
                    line(t0, "broker restart");
                    control.restartBroker();
                    line(t0, "broker up again");
                }
                case BYZANTINE, SKEW -> {
                    if (node == null) {
                        line(t0, f.kind().label() + " " + who + ": skipped");
                        return;
                    }
                    String mode = f.kind() == FaultKind.BYZANTINE ? "byzantine (" + TestModes.EVERY_LIE + ")"
                            : String.format("with its clock %+.1f s off", f.offsetMillis() / 1000.0);
                    line(t0, "restarting " + who + " " + mode);
                    try {
                        control.restartWith(node, TestModes.of(f));
                        line(t0, String.format("%s up %s, for %.1f s", who, mode, f.durationMillis() / 1000.0));
                        TimeUnit.MILLISECONDS.sleep(f.durationMillis());
                    } finally {
                        restoreHonest(node, t0);
                    }
                }
            }
        }

        /**
         * Restarts the peer without test keys, also when its restart into the test mode failed (another fault's restart can
         * make the launcher's wait for equal heights fail while the peer runs in that mode). When this restart fails too,
         * the episode's heal starts what is down.
         */
        private void restoreHonest(String node, long t0) {
            try {
                control.restartWith(node, Map.of());
                line(t0, node + " restarted honest");
            } catch (RuntimeException e) {
                restart = true;
                line(t0, node + " restarted honest, but: " + e.getMessage());
            }
        }

        private void line(long t0, String what) {
            out.printf("  +%5.1f s  %s%n", (System.nanoTime() - t0) / 1e9, what);
        }

        private static void sleepUntil(long t0, long millis) throws InterruptedException {
            long wait = t0 + TimeUnit.MILLISECONDS.toNanos(millis) - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
    }
}
