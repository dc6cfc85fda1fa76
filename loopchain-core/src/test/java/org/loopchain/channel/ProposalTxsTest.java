package org.loopchain.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.consensus.CandidateBlock;
import org.loopchain.consensus.MessageSigner;
import org.loopchain.consensus.Proposal;
import org.loopchain.consensus.SignatureVerifier;
import org.loopchain.consensus.SignedMessage;
import org.loopchain.consensus.TxRequest;
import org.loopchain.consensus.Validator;
import org.loopchain.consensus.ValidatorSet;
import org.loopchain.core.block.Block;
import org.loopchain.core.block.Blocks;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxMeta;
import org.loopchain.core.tx.V1Transactions;

/** Completing hash-only proposals from the pool, holding, asking, and answering requests. */
class ProposalTxsTest {

    private static final PeerKey LEADER = PeerKey.generate(new SecureRandom(new byte[] {21}));
    private static final PeerKey SELF = PeerKey.generate(new SecureRandom(new byte[] {22}));
    private static final PeerKey STRANGER = PeerKey.generate(new SecureRandom(new byte[] {23}));
    private static final ValidatorSet VALIDATORS = new ValidatorSet(List.of(
            new Validator("leader", LEADER.publicKeyBase64(), 1, null), new Validator("self", SELF.publicKeyBase64(), 1, null)),
            Map.of(), 0.67, false, SignatureVerifier.ECDSA);

    private final Map<String, Transaction> pool = new HashMap<>();
    private final List<Runnable> timers = new ArrayList<>();
    private final List<TxRequest> asked = new ArrayList<>();
    private long height = 1;
    private final ProposalTxs txs = new ProposalTxs(pool::get, () -> height, (task, delay) -> timers.add(task), asked::add);

    private static Transaction tx(int n) {
        return V1Transactions.create("c", new TxMeta("leader", "s", "0", "c"), Map.of("n", n), 1_000 + n, LEADER);
    }

    /** A proposal as it arrives off the wire: the block names its transactions, none are carried. */
    private static SignedMessage wireProposal(long h, List<Transaction> blockTxs, String sender, PeerKey key) {
        Block genesis = Blocks.genesis("c");
        Block block = Blocks.build(genesis, blockTxs, 5_000, sender, key);
        Block atHeight = new Block(block.channel(), h, block.hash(), block.prevHash(), block.merkleRoot(),
                block.timestampMicros(), block.peerId(), block.signature(), block.publicKey(), block.txHashes());
        Proposal p = new Proposal("c", h, 0, new CandidateBlock(atHeight, List.of()), -1, null, null);
        return SignedMessage.sign(p, MessageSigner.of(sender, key));
    }

    @Test
    void aProposalWhoseTransactionsAreAllPooledIsCompletedInBlockOrder() {
        List<Transaction> block = List.of(tx(1), tx(2), tx(3));
        block.forEach(t -> pool.put(t.hash(), t));
        SignedMessage m = wireProposal(1, block, "leader", LEADER);
        SignedMessage full = txs.admit(m, VALIDATORS).orElseThrow();
        assertEquals(block, ((Proposal) full.payload()).candidate().txs());
        assertEquals(m.signature(), full.signature());
        assertTrue(((Proposal) full.payload()).candidate().complete());
        assertEquals(0, txs.heldCount());
    }

    @Test
    void aProposalMissingTransactionsIsHeldThenCompletedWhenTheyArriveAndTheProposerIsAskedMeanwhile() {
        Transaction a = tx(1);
        Transaction b = tx(2);
        pool.put(a.hash(), a);
        SignedMessage m = wireProposal(1, List.of(a, b), "leader", LEADER);
        assertTrue(txs.admit(m, VALIDATORS).isEmpty(), "held");
        assertEquals(1, txs.heldCount());
        timers.remove(0).run();
        assertEquals(List.of(new TxRequest("c", 1, 0, List.of(b.hash()), "leader")), asked);
        assertEquals(1, timers.size(), "asks again later");
        pool.put(b.hash(), b);
        List<SignedMessage> done = txs.completed();
        assertEquals(1, done.size());
        assertEquals(List.of(a, b), ((Proposal) done.get(0).payload()).candidate().txs());
        timers.remove(0).run();
        assertEquals(1, asked.size(), "nothing more to ask once completed");
    }

    @Test
    void forgedOrStaleProposalsAreNeverHeld() {
        SignedMessage forged = wireProposal(1, List.of(tx(1)), "leader", STRANGER);
        assertSame(forged, txs.admit(forged, VALIDATORS).orElseThrow(), "passed on for the machine to drop and count");
        SignedMessage stranger = wireProposal(1, List.of(tx(1)), "stranger", STRANGER);
        assertSame(stranger, txs.admit(stranger, VALIDATORS).orElseThrow());
        height = 5;
        SignedMessage old = wireProposal(3, List.of(tx(1)), "leader", LEADER);
        assertSame(old, txs.admit(old, VALIDATORS).orElseThrow());
        assertEquals(0, txs.heldCount());
        assertTrue(timers.isEmpty());
    }

    @Test
    void heldProposalsAreForgottenOnceTheirHeightIsDecidedAndBounded() {
        SignedMessage m = wireProposal(1, List.of(tx(1)), "leader", LEADER);
        txs.admit(m, VALIDATORS);
        height = 2;
        assertEquals(List.of(), txs.completed());
        assertEquals(0, txs.heldCount());
        for (int i = 0; i < ProposalTxs.MAX_HELD + 5; i++) {
            txs.admit(wireProposal(2, List.of(tx(100 + i)), "leader", LEADER), VALIDATORS);
        }
        assertEquals(ProposalTxs.MAX_HELD, txs.heldCount());
    }

    @Test
    void requestsAreAnsweredFromThePoolOnlyWhenSignedByAValidatorForThisPeerAndNotOversized() {
        Transaction a = tx(1);
        pool.put(a.hash(), a);
        TxRequest r = new TxRequest("c", 1, 0, List.of(a.hash(), "ff".repeat(32)), "self");
        assertEquals(List.of(a), txs.serve(SignedMessage.sign(r, MessageSigner.of("leader", LEADER)), VALIDATORS, "self", 10));
        assertEquals(List.of(), txs.serve(SignedMessage.sign(r, MessageSigner.of("leader", STRANGER)), VALIDATORS, "self", 10));
        assertEquals(List.of(), txs.serve(SignedMessage.sign(r, MessageSigner.of("leader", LEADER)), VALIDATORS, "other", 10));
        assertEquals(List.of(), txs.serve(SignedMessage.sign(r, MessageSigner.of("leader", LEADER)), VALIDATORS, "self", 1));
    }
}
