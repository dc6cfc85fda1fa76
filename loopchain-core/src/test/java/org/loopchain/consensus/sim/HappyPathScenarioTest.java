package org.loopchain.consensus.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class HappyPathScenarioTest {

    @Test
    void fourValidatorsCommitTenBlocksInRoundZeroWithRealSignatures() {
        Simulation sim = Simulation.equalWeights(1, 4, false);
        sim.startAll();
        SimAssertions.assertLive(sim, 10, Duration.ofSeconds(30), "4 validators");
        sim.nodes().forEach(n -> assertEquals(0, n.chain.head().roundShift(), n + " saw a round change"));
    }

    @Test
    void sevenValidatorsCommitTenBlocksAndLeadershipRotatesEveryMaxMadeBlockCount() {
        Simulation sim = Simulation.equalWeights(2, 7, true);
        sim.startAll();
        SimAssertions.assertLive(sim, 10, Duration.ofSeconds(30), "7 validators");
        var blocks = sim.node(0).chain.committedBlocks(1, 10);
        for (var b : blocks) {
            long expected = ((b.height() - 1) / sim.config().maxMadeBlockCount()) % 7;
            assertEquals("hx" + expected, b.block().peerId(), "leader of height " + b.height());
        }
    }

    @Test
    void theBlockIntervalCountsFromWhenTheLastBlockWasMadeNotFromItsCommit() {
        Simulation sim = Simulation.equalWeights(3, 4, true);
        sim.network().faults(0, 0, Duration.ofMillis(300)); // agreeing a height takes longer than the interval
        sim.startAll();
        SimAssertions.assertLive(sim, 12, Duration.ofSeconds(60), "slow network");
        Duration interval = sim.config().blockInterval();
        var blocks = sim.node(0).chain.committedBlocks(1, 12);
        for (int i = 1; i < blocks.size(); i++) {
            var previous = blocks.get(i - 1).block();
            var block = blocks.get(i).block();
            Instant made = Instant.EPOCH.plus(block.timestampMicros(), ChronoUnit.MICROS);
            Instant previousMade = Instant.EPOCH.plus(previous.timestampMicros(), ChronoUnit.MICROS);
            Instant leaderCommitted = sim.committedAt(block.peerId(), previous.height());
            assertTrue(!made.isBefore(previousMade.plus(interval)), "height " + block.height() + " keeps the interval");
            assertTrue(Duration.between(leaderCommitted, made).compareTo(interval) < 0,
                    "height " + block.height() + " made " + Duration.between(leaderCommitted, made).toMillis()
                            + " ms after its leader committed the one before");
        }
    }
}
