package org.loopchain.consensus.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The seeds of a randomized suite, in batches of 100, one dynamic test each (so a long run is not
 * cut by the per-test timeout): seeds 1 to {@code -Dlft.seeds} (default 1,000), or the one seed
 * {@code -Dlft.seed=S}. Every failing seed of a batch is reported, with how to rerun it.
 */
final class SeedBatches {

    private static final int BATCH = 100;

    private SeedBatches() {
    }

    /** {@code failureOf} runs one seed and answers null, or what went wrong (an unsafe commit may throw). */
    static Stream<DynamicTest> of(LongFunction<String> failureOf) {
        String one = System.getProperty("lft.seed");
        long first = one == null ? 1 : Long.parseLong(one);
        long last = one == null ? Long.getLong("lft.seeds", 1000) : first;
        return LongStream.iterate(first, from -> from <= last, from -> from + BATCH).mapToObj(from -> {
            long to = Math.min(last, from + BATCH - 1);
            return DynamicTest.dynamicTest("seeds " + from + " to " + to, () -> run(from, to, failureOf));
        });
    }

    private static void run(long from, long to, LongFunction<String> failureOf) {
        List<String> failures = new ArrayList<>();
        for (long seed = from; seed <= to; seed++) {
            String failure;
            try {
                failure = failureOf.apply(seed);
            } catch (AssertionError unsafe) { // a simulation stops at the first unsafe commit
                failure = unsafe.getMessage();
            }
            if (failure != null) {
                failures.add(failure);
            }
        }
        assertEquals(List.of(), failures, "rerun one with -Dlft.seed=<seed>");
    }
}
