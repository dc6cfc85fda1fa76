package org.loopchain.consensus.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.loopchain.consensus.CandidateBlock;
import org.loopchain.consensus.Proposal;
import org.loopchain.consensus.SignedMessage;
import org.loopchain.core.block.Blocks;

/**
 * Seeded random runs: 4 to 7 validators, a faulty spell (loss, duplication, delay up to 1 s, up to
 * f validators crashed, restarted or equivocating), then a healed network in which every honest
 * validator must reach three more heights, with safety checked on every commit.
 *
 * <p>{@code -Dlft.seed=123} reruns one seed; {@code -Dlft.seeds=N} sets how many (default 1000).
 */
class RandomizedSimulationTest {

    private static final Logger CONSENSUS = Logger.getLogger("org.loopchain.consensus");
    private static Level saved;

    @BeforeAll
    static void quiet() {
        saved = CONSENSUS.getLevel();
        CONSENSUS.setLevel(Level.SEVERE);
    }

    @AfterAll
    static void restore() {
        CONSENSUS.setLevel(saved);
    }

    @TestFactory
    Stream<DynamicTest> everySeedIsSafeAndLiveOnceFaultsStop() {
        return SeedBatches.of(RandomizedSimulationTest::run);
    }

    private static String run(long seed) {
        Random random = new Random(seed * 7919);
        int n = 4 + random.nextInt(4);
        int f = (n - 1) / 3;
        Simulation sim = Simulation.equalWeights(seed, n, true);
        sim.network().faults(random.nextDouble() * 0.4, random.nextDouble() * 0.3, Duration.ofMillis(1 + random.nextInt(1000)));
        List<SimNode> faulty = new ArrayList<>();
        for (int i = 0; i < f; i++) {
            SimNode node = sim.node(random.nextInt(n));
            if (!faulty.contains(node)) {
                faulty.add(node);
                if (random.nextBoolean()) {
                    node.behaviour = equivocate(sim, random.nextLong());
                }
            }
        }
        sim.startAll();
        faulty.stream().filter(x -> x.behaviour == SimNode.HONEST).forEach(SimNode::crash);
        sim.runFor(Duration.ofMillis(random.nextInt(8000)));
        faulty.stream().filter(x -> !x.isUp() && random.nextBoolean()).forEach(SimNode::start);
        sim.network().heal();
        long target = sim.nodes().stream().mapToLong(SimNode::height).max().orElseThrow() + 3;
        boolean live = sim.runUntilHeight(target, Duration.ofMinutes(10));
        return live ? null : "seed " + seed + ": stuck below " + target + ", heights " + sim.heights();
    }

    /** Sends each proposal of its own making to a random half and a twin block to the others. */
    private static SimNode.Behaviour equivocate(Simulation sim, long seed) {
        Random random = new Random(seed);
        return (node, m) -> {
            if (!(m.payload() instanceof Proposal p) || p.validRound() >= 0) {
                node.sendToAll(m);
                return;
            }
            CandidateBlock twin = new CandidateBlock(Blocks.build(node.chain.head().block(), List.of(),
                    p.candidate().block().timestampMicros() + 1, node.id, node.key), List.of());
            SignedMessage other = SignedMessage.sign(new Proposal(p.channel(), p.height(), p.round(), twin, -1,
                    p.previousCommit(), p.complaint()), node.signer);
            for (SimNode peer : sim.nodes()) {
                if (peer != node) {
                    sim.network().send(node.id, peer.id, random.nextBoolean() ? m : other);
                }
            }
        };
    }
}
