package org.loopchain.consensus.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
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
}
