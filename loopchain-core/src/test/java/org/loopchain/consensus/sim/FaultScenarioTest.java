package org.loopchain.consensus.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.loopchain.consensus.CandidateBlock;
import org.loopchain.consensus.MessageSigner;
import org.loopchain.consensus.MessageType;
import org.loopchain.consensus.Proposal;
import org.loopchain.consensus.SignedMessage;
import org.loopchain.consensus.Vote;
import org.loopchain.core.block.Blocks;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.core.crypto.Hex;

class FaultScenarioTest {

    private static final Duration LIMIT = Duration.ofSeconds(120);

    @Test
    void aLeaderThatCrashesAfterSendingItsProposalToOnePeerIsReplacedByComplaint() {
        Simulation sim = Simulation.equalWeights(3, 4, false);
        sim.node(0).behaviour = (node, m) -> {
            if (m.type() == MessageType.PROPOSAL) {
                sim.network().send(node.id, "hx1", m);
                node.crash();
            } else {
                node.sendToAll(m);
            }
        };
        sim.startAll();
        SimAssertions.assertLive(sim, 4, LIMIT, "crashed leader", "hx1", "hx2", "hx3");
        assertTrue(sim.node(1).chain.head().roundShift() > 0, "leadership moved by a complaint");
    }

    @Test
    void anEquivocatingLeaderCannotSplitTheValidators() {
        Simulation sim = Simulation.equalWeights(4, 4, false);
        sim.node(0).behaviour = (node, m) -> {
            if (m.payload() instanceof Proposal p && p.validRound() < 0) {
                CandidateBlock other = new CandidateBlock(Blocks.build(node.chain.head().block(), List.of(),
                        p.candidate().block().timestampMicros() + 1, node.id, node.key), List.of());
                SignedMessage twin = SignedMessage.sign(new Proposal(p.channel(), p.height(), p.round(), other, -1,
                        p.previousCommit(), p.complaint()), node.signer);
                sim.network().send(node.id, "hx1", m);
                sim.network().send(node.id, "hx2", twin);
                sim.network().send(node.id, "hx3", p.height() % 2 == 0 ? m : twin);
                sim.network().send(node.id, "hx3", p.height() % 2 == 0 ? twin : m); // hx3 sees both
            } else {
                node.sendToAll(m);
            }
        };
        sim.startAll();
        SimAssertions.assertLive(sim, 6, LIMIT, "equivocating leader");
        var evidence = sim.node(3).chain.equivocations;
        assertTrue(!evidence.isEmpty(), "hx3 reported the two proposals as evidence");
        evidence.forEach(e -> {
            assertEquals("hx0", e.first().sender());
            assertEquals(e.first().sender(), e.second().sender());
            assertEquals(e.first().height(), e.second().height());
            assertEquals(e.first().round(), e.second().round());
            assertTrue(!((Proposal) e.first().payload()).blockHash().equals(((Proposal) e.second().payload()).blockHash()));
        });
    }

    @Test
    void forgedVotesAndReplayedOldVotesAreDroppedAndCounted() {
        Simulation sim = Simulation.equalWeights(5, 4, false);
        sim.startAll();
        SimAssertions.assertLive(sim, 3, LIMIT, "before the attack");
        MessageSigner forger = MessageSigner.of("hx1", sim.node(3).key);
        String fake = Hex.encode(Hashes.sha256("fake".getBytes(StandardCharsets.UTF_8)));
        long h = sim.node(0).height() + 1;
        for (SimNode target : sim.nodes()) {
            sim.inject(target.id, SignedMessage.sign(Vote.precommit(Simulation.CHANNEL, h, 0, fake), forger));
            sim.network().recorded().forEach(old -> sim.inject(target.id, old));
        }
        SimAssertions.assertLive(sim, h + 3, LIMIT, "after the attack");
        Map<String, Long> drops = sim.node(0).machine().droppedCounts();
        assertTrue(drops.getOrDefault("bad-signature", 0L) > 0, "forgeries counted: " + drops);
        assertTrue(drops.getOrDefault("too-old", 0L) > 0, "replays counted: " + drops);
    }

    @Test
    void messagesFromFarFutureRoundsAndHeightsDoNotDerailTheValidators() {
        Simulation sim = Simulation.equalWeights(6, 4, true);
        sim.startAll();
        SimAssertions.assertLive(sim, 2, LIMIT, "warm-up");
        SimNode liar = sim.node(2);
        for (SimNode target : sim.nodes()) {
            sim.inject(target.id, SignedMessage.sign(Vote.complaint(Simulation.CHANNEL, 3, 50), liar.signer));
            sim.inject(target.id, SignedMessage.sign(Vote.prevote(Simulation.CHANNEL, 90, 0, ""), liar.signer));
        }
        SimAssertions.assertLive(sim, 6, LIMIT, "after future messages");
        assertTrue(sim.node(0).machine().droppedCounts().getOrDefault("too-far-ahead", 0L) > 0);
    }

    @Test
    void aValidatorWithFortyPercentOfTheWeightStopsProgressWhileDownAndResumesItWhenBack() {
        Simulation sim = new Simulation(7, new long[] {4, 2, 2, 2}, new String[0], Map.of(), true);
        sim.startAll();
        SimAssertions.assertLive(sim, 2, LIMIT, "warm-up");
        sim.node(0).crash();
        long stuck = sim.nodes().stream().mapToLong(SimNode::height).max().orElseThrow();
        sim.runFor(Duration.ofSeconds(60));
        assertTrue(sim.nodes().stream().allMatch(n -> n.height() <= stuck), "no progress without 40%: " + sim.heights());
        SimAssertions.assertSafe(sim, "while down");
        sim.node(0).start();
        SimAssertions.assertLive(sim, stuck + 3, LIMIT, "after the heavy validator returns");
    }

    @Test
    void groupsAgreeOnlyWhenEnoughGroupsHaveTheirOwnQuorum() {
        Simulation sim = new Simulation(8, new long[] {1, 1, 1, 1, 1, 1}, new String[] {"a", "a", "b", "b", "c", "c"},
                Map.of("a", 2L, "b", 2L, "c", 1L), true);
        sim.startAll();
        sim.node(5).crash();
        SimAssertions.assertLive(sim, 3, LIMIT, "group c lost (weight 1 of 5)");
        sim.node(0).crash();
        long stuck = sim.nodes().stream().mapToLong(SimNode::height).max().orElseThrow();
        sim.runFor(Duration.ofSeconds(60));
        assertFalse(sim.nodes().stream().anyMatch(n -> n.height() > stuck), "no progress with groups a and c out");
        sim.node(0).start();
        SimAssertions.assertLive(sim, stuck + 2, LIMIT, "group a back", "hx0", "hx1", "hx2", "hx3");
    }

    @Test
    void aValidatorDownForManyHeightsCatchesUpBySyncAndThenVotes() {
        Simulation sim = Simulation.equalWeights(9, 4, true);
        sim.startAll();
        sim.node(3).crash();
        SimAssertions.assertLive(sim, 14, LIMIT, "three validators alone");
        sim.node(3).start();
        SimAssertions.assertLive(sim, 15, LIMIT, "late joiner catches up", "hx3");
        sim.node(0).crash();
        SimAssertions.assertLive(sim, 20, LIMIT, "late joiner needed for quorum", "hx1", "hx2", "hx3");
    }

    @Test
    void lossDuplicationAndReorderingDelayButNeverSplitTheChain() {
        Simulation sim = Simulation.equalWeights(10, 4, true);
        sim.network().faults(0.3, 0.2, Duration.ofMillis(400));
        sim.startAll();
        sim.runFor(Duration.ofSeconds(30));
        SimAssertions.assertSafe(sim, "under faults");
        sim.network().heal();
        long target = sim.nodes().stream().mapToLong(SimNode::height).max().orElseThrow() + 3;
        SimAssertions.assertLive(sim, target, LIMIT, "after healing");
    }

    @Test
    void aPartitionTwoAgainstTwoHaltsTheChainWithoutForkingItAndProgressResumesWhenItHeals() {
        Simulation sim = Simulation.equalWeights(11, 4, true);
        sim.startAll();
        SimAssertions.assertLive(sim, 3, LIMIT, "warm-up");
        sim.network().partition(List.of("hx0", "hx1"));
        long stuck = sim.nodes().stream().mapToLong(SimNode::height).max().orElseThrow();
        sim.runFor(Duration.ofSeconds(60));
        assertTrue(sim.nodes().stream().allMatch(n -> n.height() <= stuck), "no side has a quorum: " + sim.heights());
        SimAssertions.assertSafe(sim, "while partitioned");
        sim.network().endPartition();
        SimAssertions.assertLive(sim, stuck + 3, LIMIT, "after the partition heals");
    }

    @Test
    void aValidatorThatDoubleVotesEveryRoundCannotSplitTheOthersAndIsReported() {
        Simulation sim = Simulation.equalWeights(12, 4, true);
        sim.node(2).behaviour = new ByzantineBehaviour(sim, new Collusion(),
                EnumSet.of(ByzantineBehaviour.Fault.DOUBLE_VOTE, ByzantineBehaviour.Fault.TWIN_PROPOSAL),
                new Random(12));
        sim.markFaulty("hx2");
        sim.startAll();
        SimAssertions.assertLive(sim, 8, LIMIT, "double voter", "hx0", "hx1", "hx3");
        assertTrue(sim.nodes().stream().filter(n -> n != sim.node(2)).anyMatch(n -> n.chain.equivocations.stream()
                .anyMatch(e -> e.first().sender().equals("hx2") && e.first().type() != MessageType.PROPOSAL)),
                "some correct validator reported hx2's two votes");
    }
}
