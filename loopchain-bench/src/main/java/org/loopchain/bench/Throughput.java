package org.loopchain.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongPredicate;

/** How often an operation succeeds per second when N threads run it back to back for a while. */
final class Throughput {

    /**
     * What one timed run did.
     *
     * @param done    operations that succeeded
     * @param failed  operations that returned false
     * @param seconds wall time from the start of the threads to the end of the last one
     */
    record Rate(long done, long failed, double seconds) {
        double perSecond() {
            return seconds <= 0 ? 0 : done / seconds;
        }
    }

    private Throughput() {
    }

    /** A warm-up of a sixth of {@code duration} (for the JIT and caches, not counted), then {@link #run}. */
    static Rate measure(int threads, Duration duration, LongPredicate op) {
        run(threads, duration.dividedBy(6), op);
        return run(threads, duration, op);
    }

    /**
     * Runs {@code op} on {@code threads} threads, each calling it with 0, 1, 2, ... until
     * {@code duration} has passed; {@code op} returns whether the operation succeeded. An exception
     * from {@code op} ends the run and is thrown here.
     */
    static Rate run(int threads, Duration duration, LongPredicate op) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<long[]>> counts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                counts.add(pool.submit(() -> {
                    go.await();
                    long end = System.nanoTime() + duration.toNanos();
                    long done = 0;
                    long failed = 0;
                    for (long i = 0; System.nanoTime() < end; i++) {
                        if (op.test(i)) {
                            done++;
                        } else {
                            failed++;
                        }
                    }
                    return new long[] {done, failed};
                }));
            }
            long start = System.nanoTime();
            go.countDown();
            long done = 0;
            long failed = 0;
            for (Future<long[]> f : counts) {
                long[] c = f.get();
                done += c[0];
                failed += c[1];
            }
            return new Rate(done, failed, (System.nanoTime() - start) / 1e9);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a measured operation failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
