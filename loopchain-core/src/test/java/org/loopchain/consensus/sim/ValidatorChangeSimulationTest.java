package org.loopchain.consensus.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.consensus.CommittedBlock;
import org.loopchain.consensus.MessageSigner;
import org.loopchain.consensus.SignedMessage;
import org.loopchain.consensus.Validator;
import org.loopchain.consensus.ValidatorSet;
import org.loopchain.consensus.Vote;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxMeta;
import org.loopchain.core.tx.V1Transactions;
import org.loopchain.validators.TestCertificates;
import org.loopchain.validators.ValidatorConfig;
import org.loopchain.validators.ValidatorHistory;

/**
 * Validator changes as signed configuration transactions in the chain, on the simulated network: a
 * change committed at height H rules from H + 2 on every node (votes, quorum, leader), also on one
 * that restarts or joins late and replays the chain, and a forged or replayed change changes nothing.
 */
class ValidatorChangeSimulationTest {

    private static final Duration LIMIT = Duration.ofMinutes(2);
    private int txs;

    @Test
    void validatorAddedAtHeightHVotesAndLeadsFromHPlusTwoOnEveryNode() {
        Simulation sim = new Simulation(11, new long[] {1, 1, 1, 1}, new String[0], Map.of(), false, 1);
        sim.startAll();
        assertTrue(sim.runUntilHeight(3, LIMIT));
        long h = commit(sim, add("hx4", 1, 0).signedBy(Simulation.adminKey(0)).signedBy(Simulation.adminKey(1)));

        assertTrue(sim.runUntilHeight(h + 12, LIMIT), "heights " + sim.heights());
        for (SimNode n : sim.nodes()) {
            assertFalse(n.history().at(h + 1).contains("hx4"), n.id + " counts hx4 at H+1");
            assertTrue(n.history().at(h + 2).contains("hx4"), n.id + " does not count hx4 at H+2");
        }
        List<CommittedBlock> chain = blocks(sim.node(0));
        for (CommittedBlock b : chain) {
            if (b.height() <= h + 1) {
                assertFalse(votedBy(b, "hx4"), "hx4 voted in the certificate of height " + b.height());
                assertFalse(b.block().peerId().equals("hx4"));
            }
        }
        assertTrue(chain.stream().anyMatch(b -> b.height() >= h + 2 && votedBy(b, "hx4")), "hx4 never voted after H+2");
        assertTrue(chain.stream().anyMatch(b -> b.height() >= h + 2 && b.block().peerId().equals("hx4")),
                "hx4 never led after H+2");
    }

    @Test
    void removedValidatorsVotesStopCountingAtHPlusTwoAndItNoLongerLeads() {
        Simulation sim = Simulation.equalWeights(12, 4, false);
        sim.startAll();
        assertTrue(sim.runUntilHeight(3, LIMIT));
        long h = commit(sim, remove("hx3", 0).signedBy(Simulation.adminKey(1)).signedBy(Simulation.adminKey(2)));

        assertTrue(sim.runUntilHeight(h + 10, LIMIT, "hx0", "hx1", "hx2"), "heights " + sim.heights());
        for (SimNode n : sim.nodes()) {
            assertTrue(n.history().at(h + 1).contains("hx3"));
            assertFalse(n.history().at(h + 2).contains("hx3"), n.id + " still counts hx3 at H+2");
        }
        for (CommittedBlock b : blocks(sim.node(0))) {
            if (b.height() >= h + 2) {
                assertFalse(votedBy(b, "hx3"), "hx3 voted in the certificate of height " + b.height());
                assertFalse(b.block().peerId().equals("hx3"), "hx3 made block " + b.height());
            }
        }
        // a precommit the removed validator still signs is dropped as a non-validator's
        SimNode node0 = sim.node(0);
        long before = node0.machine().droppedCounts().getOrDefault("not-a-validator", 0L);
        long height = node0.machine().height();
        sim.inject("hx0", SignedMessage.sign(Vote.precommit(sim.channel(), height, 0, "ab".repeat(32)),
                MessageSigner.of("hx3", Simulation.key(3))));
        sim.runFor(Duration.ofMillis(50));
        assertEquals(before + 1, node0.machine().droppedCounts().getOrDefault("not-a-validator", 0L));
    }

    @Test
    void aValidatorWhoseCertificateTheAdminsRevokeIsDroppedAtHPlusTwoOnEveryNodeAndCannotBeAddedBack() {
        Simulation sim = Simulation.equalWeights(15, 4, false);
        sim.startAll();
        assertTrue(sim.runUntilHeight(3, LIMIT));
        TestCertificates pki = new TestCertificates("loopchain");
        long h = commit(sim, ValidatorConfig.ofCertificate(ValidatorConfig.REVOKE, Simulation.CHANNEL,
                pki.member("hx2", Simulation.key(2)), 0).signedBy(Simulation.adminKey(0)).signedBy(Simulation.adminKey(1)));

        assertTrue(sim.runUntilHeight(h + 8, LIMIT, "hx0", "hx1", "hx3"), "heights " + sim.heights());
        for (SimNode n : sim.nodes()) {
            assertTrue(n.history().at(h + 1).contains("hx2"), n.id + " dropped hx2 before H+2");
            assertEquals(List.of("hx0", "hx1", "hx3"), ids(n.history().at(h + 2)), n.id);
            assertEquals(1, n.history().revoked(h + 2).size(), n.id);
        }
        for (CommittedBlock b : blocks(sim.node(0))) {
            if (b.height() >= h + 2) {
                assertFalse(votedBy(b, "hx2"), "the revoked hx2 voted in the certificate of height " + b.height());
            }
        }
        // the admins sign its key back in under a new id: refused in the chain, the set stays
        commit(sim, new ValidatorConfig(ValidatorConfig.ADD, Simulation.CHANNEL, "hx2b", Simulation.key(2).publicKeyBase64(), 1, "", 1,
                List.of()).signedBy(Simulation.adminKey(0)).signedBy(Simulation.adminKey(2)));
        assertTrue(sim.runUntilHeight(sim.node(0).height() + 3, LIMIT, "hx0", "hx1", "hx3"));
        assertEquals(1, sim.node(0).history().changes());
        assertEquals(List.of("hx0", "hx1", "hx3"), ids(sim.node(0).history().latest()));
    }

    @Test
    void reweightChangesTheQuorumAtExactlyHPlusTwo() {
        Simulation sim = Simulation.equalWeights(13, 4, false);
        sim.startAll();
        assertTrue(sim.runUntilHeight(3, LIMIT));
        long h = commit(sim, weight("hx0", 3, 0).signedBy(Simulation.adminKey(0)).signedBy(Simulation.adminKey(2)));
        assertTrue(sim.runUntilHeight(h + 4, LIMIT));
        List<String> others = List.of("hx1", "hx2", "hx3");
        for (SimNode n : sim.nodes()) {
            assertEquals(4, n.history().at(h + 1).totalWeight());
            assertTrue(n.history().at(h + 1).isQuorum(others));
            assertEquals(6, n.history().at(h + 2).totalWeight());
            assertFalse(n.history().at(h + 2).isQuorum(others), "3 of 6 must not be a quorum from H+2");
        }
        // without hx0 (half the weight now) the other three cannot commit; with it back, the chain goes on
        sim.node(0).crash();
        long stuck = sim.node(1).height();
        assertFalse(sim.runUntilHeight(stuck + 2, Duration.ofSeconds(30), "hx1", "hx2", "hx3"), "heights " + sim.heights());
        sim.node(0).start();
        assertTrue(sim.runUntilHeight(stuck + 3, LIMIT), "heights " + sim.heights());
    }

    @Test
    void nodesThatRestartOrJoinLateMidChangeArriveAtTheSameSets() {
        Simulation sim = new Simulation(14, new long[] {1, 1, 1, 1}, new String[0], Map.of(), false, 1);
        sim.startAll();
        sim.node(4).crash();
        assertTrue(sim.runUntilHeight(2, LIMIT, "hx0", "hx1", "hx2", "hx3"));
        sim.node(3).crash();
        long h = commit(sim, add("hx4", 1, 0).signedBy(Simulation.adminKey(0)).signedBy(Simulation.adminKey(2)));
        long reweighted = commit(sim, weight("hx1", 2, 1).signedBy(Simulation.adminKey(1)).signedBy(Simulation.adminKey(2)));
        assertTrue(reweighted == h || reweighted == h + 1, "both changes before hx4 counts: " + h + ", " + reweighted);
        sim.node(3).start(); // restarts mid-change: replays its chain, then syncs the changes from the others
        assertTrue(sim.runUntilHeight(h + 8, LIMIT, "hx0", "hx1", "hx2", "hx3"), "heights " + sim.heights());
        sim.node(4).start(); // joins late: replays nothing, syncs from genesis through its own addition
        assertTrue(sim.runUntilHeight(h + 14, LIMIT), "heights " + sim.heights());

        ValidatorHistory reference = sim.node(0).history();
        assertEquals(2, reference.changes());
        for (SimNode n : sim.nodes()) {
            assertEquals(describe(reference), describe(n.history()), n.id);
            for (long height = 1; height <= h + 14; height++) {
                assertEquals(reference.at(height).validators(), n.history().at(height).validators(), n.id + " at " + height);
            }
        }
        assertTrue(blocks(sim.node(0)).stream().anyMatch(b -> b.height() > h + 8 && votedBy(b, "hx4")),
                "the late joiner never voted");
    }

    @Test
    void forgedUnderSignedAndReplayedChangesAreCommittedAsTransactionsButChangeNothing() {
        Simulation sim = Simulation.equalWeights(15, 4, false);
        sim.startAll();
        assertTrue(sim.runUntilHeight(2, LIMIT));
        // the byzantine hx3 signs an addition of itself as a second identity with its own key, not an admin's
        commit(sim, add("hx9", 1, 0).signedBy(Simulation.key(3)));
        commit(sim, add("hx9", 1, 0).signedBy(Simulation.adminKey(0)));
        commit(sim, remove("hx2", 0));
        ValidatorConfig legit = remove("hx2", 0).signedBy(Simulation.adminKey(0)).signedBy(Simulation.adminKey(1));
        long h = commit(sim, legit);
        commit(sim, legit); // the same signed change again, in a new transaction
        assertTrue(sim.runUntilHeight(sim.node(0).height() + 3, LIMIT, "hx0", "hx1", "hx3"));
        for (SimNode n : List.of(sim.node(0), sim.node(1), sim.node(3))) {
            assertEquals(1, n.history().changes(), n.id);
            assertEquals(h, n.history().entries().get(0).committedHeight());
            assertEquals(List.of("hx0", "hx1", "hx3"), ids(n.history().latest()));
        }
    }

    private static ValidatorConfig add(String peerId, long weight, long sequence) {
        int index = Integer.parseInt(peerId.substring(2));
        return new ValidatorConfig(ValidatorConfig.ADD, Simulation.CHANNEL, peerId, Simulation.key(index).publicKeyBase64(),
                weight, "", sequence, List.of());
    }

    private static ValidatorConfig remove(String peerId, long sequence) {
        return new ValidatorConfig(ValidatorConfig.REMOVE, Simulation.CHANNEL, peerId, "", 0, "", sequence, List.of());
    }

    private static ValidatorConfig weight(String peerId, long weight, long sequence) {
        return new ValidatorConfig(ValidatorConfig.WEIGHT, Simulation.CHANNEL, peerId, "", weight, "", sequence, List.of());
    }

    /** Submits the change to every up node's pool and runs until node 0 commits it; its height. */
    private long commit(Simulation sim, ValidatorConfig change) {
        PeerKey key = Simulation.key(0);
        Transaction tx = V1Transactions.create(Simulation.CHANNEL,
                new TxMeta("hx0", "loopchain/default", "0", Simulation.CHANNEL), change.toJson(), sim.micros() + txs++, key);
        sim.addToAllPools(List.of(tx));
        assertTrue(sim.events().runUntil(() -> heightOf(sim.node(0), tx) > 0, LIMIT), "not committed: " + sim.heights());
        return heightOf(sim.node(0), tx);
    }

    private static long heightOf(SimNode node, Transaction tx) {
        return blocks(node).stream().filter(b -> b.block().txHashes().contains(tx.hash())).mapToLong(CommittedBlock::height)
                .findFirst().orElse(0);
    }

    private static List<CommittedBlock> blocks(SimNode node) {
        return node.chain.committedBlocks(1, node.height());
    }

    private static boolean votedBy(CommittedBlock b, String peerId) {
        return b.certificate().precommits().stream().anyMatch(m -> m.sender().equals(peerId));
    }

    private static List<String> ids(ValidatorSet set) {
        return set.validators().stream().map(Validator::peerId).toList();
    }

    private static List<String> describe(ValidatorHistory history) {
        return history.entries().stream().map(e -> e.committedHeight() + "->" + e.effectiveHeight() + " "
                + e.config().describe() + " " + ids(e.set())).toList();
    }
}
