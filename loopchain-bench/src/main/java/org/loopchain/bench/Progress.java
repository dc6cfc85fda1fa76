package org.loopchain.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One line every few seconds while {@link Bench} runs, so a long run is not silent: how many
 * transactions were acknowledged and committed so far, the committed rate since the previous line,
 * and the chain height the watcher has reached. The lines go to stdout, flushed; the final report
 * follows them.
 */
final class Progress implements AutoCloseable {

    /**
     * The counters at one moment of a run.
     *
     * @param elapsedNanos since the first submit
     * @param acknowledged transactions a peer acknowledged
     * @param failed       submits that failed or were refused
     * @param committed    acknowledged transactions seen in a block
     * @param height       the last block the chain watcher fetched
     */
    record Sample(long elapsedNanos, int acknowledged, int failed, int committed, long height) {
    }

    private final Supplier<Sample> sampler;
    private final int total;
    private final PrintStream out;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-progress");
        t.setDaemon(true);
        return t;
    });
    private Sample previous;

    /** Starts printing a line every {@code periodSeconds} seconds until {@link #close()}. */
    Progress(Supplier<Sample> sampler, int total, int periodSeconds, PrintStream out) {
        this.sampler = sampler;
        this.total = total;
        this.out = out;
        this.previous = new Sample(0, 0, 0, 0, -1);
        timer.scheduleAtFixedRate(this::tick, periodSeconds, periodSeconds, TimeUnit.SECONDS);
    }

    private void tick() {
        Sample now = sampler.get();
        print(line(previous, now, total));
        previous = now;
    }

    /** Says that every transaction has been submitted and that the run now waits for the last commits. */
    void submitted(int waitSeconds) {
        print(submittedLine(sampler.get(), total, waitSeconds));
    }

    private void print(String line) {
        out.println(line);
        out.flush();
    }

    /** Stops the lines; the final report comes next. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS); // a line being printed finishes before the report
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code at 35 s  acknowledged 12000/20000, failed 0, committed 10500 (2100 tx/s over the last 5 s), height 57}. */
    static String line(Sample previous, Sample now, int total) {
        double seconds = (now.elapsedNanos() - previous.elapsedNanos()) / 1e9;
        double rate = seconds <= 0 ? 0 : (now.committed() - previous.committed()) / seconds;
        return String.format(Locale.ROOT, "%-16s acknowledged %d/%d, failed %d, committed %d (%.0f tx/s over the last %.0f s), height %d",
                "at " + now.elapsedNanos() / 1_000_000_000L + " s", now.acknowledged(), total, now.failed(), now.committed(),
                rate, seconds, now.height());
    }

    /** {@code submitted  at 9.6 s: 20000/20000 acknowledged, 0 failed; waiting up to 120 s for the last commits (18500 committed)}. */
    static String submittedLine(Sample now, int total, int waitSeconds) {
        return String.format(Locale.ROOT, "%-16s at %.1f s: %d/%d acknowledged, %d failed; waiting up to %d s for the last commits"
                + " (%d committed so far)", "submitted", now.elapsedNanos() / 1e9, now.acknowledged(), total, now.failed(),
                waitSeconds, now.committed());
    }
}
