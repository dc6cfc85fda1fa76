package org.loopchain.consensus.sim;

import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seeded random runs with byzantine validators (double votes, twin proposals, votes for unknown
 * blocks and far heights, false complaints, floods, withheld blocks), crashes and a partition that
 * heals, faulty weight below a third: see {@link ByzantineRun}; the seeds as {@link SeedBatches} runs them.
 *
 * <p>{@code -Dlft.seed=123} reruns one seed; {@code -Dlft.seeds=N} sets how many (default 1000).
 */
class ByzantineSimulationTest {

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
        return SeedBatches.of(seed -> new ByzantineRun(seed).failure());
    }
}
