package org.loopchain.consensus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.core.block.Block;
import org.loopchain.core.block.Blocks;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.crypto.TestKeys;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxMeta;
import org.loopchain.core.tx.V1Transactions;

class ConsensusCodecTest {

    private static final String CH = "loopchain_default";
    private final PeerKey key = TestKeys.fixed();
    private final MessageSigner signer = MessageSigner.of("hx0", key);
    private final ValidatorSet validators = new ValidatorSet(List.of(new Validator("hx0", key.publicKeyBase64(), 1, null)), Map.of(), 0.67);
    private final ConsensusCodec codec = new ConsensusCodec(1 << 20);

    private SignedMessage roundTrip(Payload payload) {
        SignedMessage m = SignedMessage.sign(payload, signer);
        SignedMessage back = codec.decode(codec.encode(m));
        assertEquals(codec.encode(m), codec.encode(back));
        assertArrayEquals(payload.digest(), back.payload().digest());
        assertTrue(validators.verifies(back), "signature survives the trip");
        return back;
    }

    @Test
    void votesAndSyncRequestsSurviveTheWire() {
        assertEquals(Vote.prevote(CH, 3, 1, "ab".repeat(32)), roundTrip(Vote.prevote(CH, 3, 1, "ab".repeat(32))).payload());
        assertEquals(Vote.complaint(CH, 3, 1), roundTrip(Vote.complaint(CH, 3, 1)).payload());
        assertEquals(new SyncRequest(CH, 4, 9, "hx1"), roundTrip(new SyncRequest(CH, 4, 9, "hx1")).payload());
    }

    @Test
    void aProposalWithTransactionsAndBothCertificatesSurvivesTheWireAndStillVerifies() {
        Block genesis = Blocks.genesis(CH);
        Transaction tx = V1Transactions.create(CH, new TxMeta("hx0", "score", "1", CH), Map.of("k", "välue"), 5, key);
        Block one = Blocks.build(genesis, List.of(tx), 10, "hx0", key);
        CommitCertificate cert = new CommitCertificate(CH, 1, 0, one.hash(),
                List.of(SignedMessage.sign(Vote.precommit(CH, 1, 0, one.hash()), signer)));
        ComplaintCertificate complaint = new ComplaintCertificate(CH, 2, 0, List.of(SignedMessage.sign(Vote.complaint(CH, 2, 0), signer)));
        Block two = Blocks.build(one, List.of(), 20, "hx0", key);
        Proposal back = (Proposal) roundTrip(new Proposal(CH, 2, 1, new CandidateBlock(two, List.of()), -1, cert, complaint)).payload();
        assertEquals(List.of(), back.previousCommit().verify(validators));
        assertEquals(List.of(), back.complaint().verify(validators));
        SyncResponse sync = (SyncResponse) roundTrip(new SyncResponse(CH, List.of(new CommittedBlock(one, List.of(tx), cert)))).payload();
        assertEquals(List.of(), Blocks.verify(sync.blocks().get(0).block(), genesis, sync.blocks().get(0).txs()));
        assertEquals(cert, codec.decodeCertificate(codec.encodeCertificate(cert)));
    }

    @Test
    void garbageMissingFieldsAndOversizedTextAreRefusedWithAReason() {
        for (String bad : List.of("", "nonsense", "[]", "{\"type\": \"PREVOTE\"}", "{\"type\": \"NOPE\", \"sender\": \"a\"}",
                "{\"type\": \"PREVOTE\", \"sender\": \"a\", \"signature\": \"s\", \"payload\": {\"channel\": \"c\", \"height\": \"1\"}}",
                "{\"type\": \"COMPLAINT\", \"sender\": \"a\", \"signature\": \"s\", \"payload\": {\"channel\": \"c\", \"height\": 1,"
                        + " \"round\": 0, \"block_hash\": \"x\", \"result_root\": \"\"}}")) {
            assertTrue(codec.tryDecode(bad).isEmpty(), bad);
        }
        MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> new ConsensusCodec(10).decode("x".repeat(11)));
        assertTrue(e.getMessage().contains("longer than 10"));
    }
}
