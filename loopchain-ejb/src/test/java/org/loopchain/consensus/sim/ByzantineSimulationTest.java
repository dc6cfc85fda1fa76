package org.loopchain.consensus.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seeded random runs with byzantine validators (double votes, twin proposals, votes for unknown
 * blocks and far heights, false complaints, floods, withheld blocks), crashes and a partition that
 * heals, faulty weight below a third: see {@link ByzantineRun}. The seeds run in batches of 100,
 * one test each, so a long run is not cut by the per-test timeout.
 *
 * <p>{@code -Dlft.seed=123} reruns one seed; {@code -Dlft.seeds=N} sets how many (default 1000).
 */
class ByzantineSimulationTest {

    private static final int BATCH = 100;
    private static final Logger CONSENSUS = Logger.getLogger("org.loopchain.consensus");
    private static Level saved;

    @BeforeAll
    static void quiet() {
        saved = CONSENSUS.getLevel();
        CONSENSUS.setLevel(Level.OFF);
    }

    @AfterAll
    static void restore() {
        CONSENSUS.setLevel(saved);
    }

    @TestFactory
    Stream<DynamicTest> correctValidatorsNeverCommitDifferentBlocksAndProgressOnceThePartitionHeals() {
        String one = System.getProperty("lft.seed");
        long first = one == null ? 1 : Long.parseLong(one);
        long last = one == null ? Long.getLong("lft.seeds", 1000) : first;
        return LongStream.iterate(first, from -> from <= last, from -> from + BATCH).mapToObj(from -> {
            long to = Math.min(last, from + BATCH - 1);
            return DynamicTest.dynamicTest("seeds " + from + " to " + to, () -> runSeeds(from, to));
        });
    }

    private static void runSeeds(long from, long to) {
        List<String> failures = new ArrayList<>();
        for (long seed = from; seed <= to; seed++) {
            String failure = new ByzantineRun(seed).failure();
            if (failure != null) {
                failures.add(failure);
            }
        }
        assertEquals(List.of(), failures, "rerun one with -Dlft.seed=<seed>");
    }
}
