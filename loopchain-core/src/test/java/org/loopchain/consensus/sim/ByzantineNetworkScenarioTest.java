package org.loopchain.consensus.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.loopchain.consensus.Network;
import org.loopchain.consensus.SignedMessage;
import org.loopchain.consensus.faults.ByzantineFault;
import org.loopchain.consensus.faults.ByzantineNetwork;

/**
 * Four validators with real signatures, one of them ({@code hx3}, which leads heights 7 and 8)
 * sending through the EAR's test-mode {@link ByzantineNetwork}: the three honest ones keep
 * committing the same blocks, and drop and count the lies.
 */
class ByzantineNetworkScenarioTest {

    private static final long HEIGHT = 12;
    private static final Logger CONSENSUS = Logger.getLogger("org.loopchain.consensus");
    private static Level saved;

    @BeforeAll
    static void quiet() {
        saved = CONSENSUS.getLevel();
        CONSENSUS.setLevel(Level.OFF); // every dropped lie is a WARNING
    }

    @AfterAll
    static void restore() {
        CONSENSUS.setLevel(saved);
    }
    private static final String[] HONEST = {"hx0", "hx1", "hx2"};

    @Test
    void honestValidatorsCommitTheSameBlocksAndCountEveryKindOfLie() {
        Simulation sim = Simulation.equalWeights(17, 4, false);
        ByzantineNetwork liar = byzantine(sim, sim.node(3), EnumSet.allOf(ByzantineFault.class), 17);
        sim.startAll();
        SimAssertions.assertLive(sim, HEIGHT, Duration.ofMinutes(2), "one byzantine peer of four", HONEST);
        assertSameBlocks(sim);
        Map<String, Long> drops = honestDrops(sim);
        for (ByzantineFault fault : ByzantineFault.values()) {
            assertTrue(liar.injected().getOrDefault(fault, 0L) > 0, fault + " injected: " + liar.injected());
        }
        assertTrue(drops.getOrDefault("equivocation", 0L) > 0, "equivocations counted: " + drops);
        assertTrue(drops.getOrDefault("bad-signature", 0L) > 0, "forgeries counted: " + drops);
        assertTrue(drops.getOrDefault("duplicate", 0L) > 0, "floods and replays counted: " + drops);
    }

    @ParameterizedTest
    @EnumSource(ByzantineFault.class)
    void eachLieAloneIsDroppedForItsReasonAndTheHonestKeepCommitting(ByzantineFault fault) {
        Simulation sim = Simulation.equalWeights(23, 4, false);
        ByzantineNetwork liar = byzantine(sim, sim.node(3), EnumSet.of(fault), 23);
        sim.startAll();
        SimAssertions.assertLive(sim, HEIGHT, Duration.ofMinutes(2), fault + " by hx3", HONEST);
        assertSameBlocks(sim);
        Map<String, Long> drops = honestDrops(sim);
        long injected = liar.injected().getOrDefault(fault, 0L);
        assertTrue(injected > 0, fault + " injected: " + liar.injected());
        Simulation honest = Simulation.equalWeights(23, 4, false);
        honest.startAll();
        SimAssertions.assertLive(honest, HEIGHT, Duration.ofMinutes(2), "no lies", HONEST);
        Map<String, Long> usual = honestDrops(honest);
        assertTrue(counted(fault, drops) > counted(fault, usual), fault + ": " + injected + " injected, honest drops " + drops
                + " against " + usual + " without lies");
    }

    /** The drops a fault's lies end in (late votes of honest peers end in some of these too). */
    private static long counted(ByzantineFault fault, Map<String, Long> drops) {
        return switch (fault) {
            case EQUIVOCATE -> drops.getOrDefault("equivocation", 0L);
            case FORGE -> drops.getOrDefault("bad-signature", 0L);
            case REPLAY -> drops.getOrDefault("duplicate", 0L) + drops.getOrDefault("too-old", 0L);
            case FLOOD -> drops.getOrDefault("duplicate", 0L);
        };
    }

    /** Makes {@code node} send through a {@link ByzantineNetwork} with {@code faults}, and leaves it out of the safety check. */
    static ByzantineNetwork byzantine(Simulation sim, SimNode node, Set<ByzantineFault> faults, long seed) {
        Network honest = new Network() {
            @Override
            public void broadcast(SignedMessage message) {
                node.sendToAll(message);
            }

            @Override
            public void send(String peerId, SignedMessage message) {
                sim.network().send(node.id, peerId, message);
            }
        };
        List<String> others = sim.nodes().stream().filter(n -> n != node).map(n -> n.id).toList();
        ByzantineNetwork network = new ByzantineNetwork(honest, node.signer, faults, () -> others, new Random(seed));
        node.behaviour = new SimNode.Behaviour() {
            @Override
            public void broadcast(SimNode n, SignedMessage message) {
                network.broadcast(message);
            }

            @Override
            public void send(SimNode n, String peerId, SignedMessage message) {
                network.send(peerId, message);
            }
        };
        sim.markFaulty(node.id);
        return network;
    }

    /** Every honest validator holds the very same block at each height up to {@link #HEIGHT}: no fork. */
    private static void assertSameBlocks(Simulation sim) {
        List<String> reference = hashes(sim.node(HONEST[0]));
        for (String id : HONEST) {
            assertEquals(reference, hashes(sim.node(id)), id + " holds other blocks than " + HONEST[0]);
        }
    }

    private static List<String> hashes(SimNode node) {
        return node.chain.committedBlocks(1, HEIGHT).stream().map(b -> b.block().hash()).toList();
    }

    private static Map<String, Long> honestDrops(Simulation sim) {
        Map<String, Long> sum = new TreeMap<>();
        for (String id : HONEST) {
            sim.node(id).machine().droppedCounts().forEach((reason, n) -> sum.merge(reason, n, Long::sum));
        }
        return sum;
    }
}
