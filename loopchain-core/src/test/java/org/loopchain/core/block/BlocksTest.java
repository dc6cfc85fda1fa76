package org.loopchain.core.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.crypto.TestKeys;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxMeta;
import org.loopchain.core.tx.V1Transactions;

class BlocksTest {

    private static final String CHANNEL = "kofia_certificate";
    private static final String LEADER = "f7e2c586-e8f2-11f1-a9ab-02fc00000001";
    private static final TxMeta META = new TxMeta(LEADER, "loopchain/default", "a63c1ccb2a416ed001a494340202191e9c7ac295", CHANNEL);
    private static final String GENESIS_HASH = "af5570f5a1810b7af78caf4bc70a660f0df51e42baf91d4de5b2328de0e83dfc";
    private static final String BLOCK1_HASH = "09f67725fbc187cdc5ec259e732f7982049f6b3174214ec3a1d2486c0f9be8cd";
    private static final long BLOCK1_TS = 1795626676946015L;

    private final PeerKey leaderKey = TestKeys.fixed();
    private final Block genesis = Blocks.genesis(CHANNEL);

    @Test
    void genesisBlockHashMatchesTheV1Vector() {
        // python3 -c 'import hashlib,struct;print(hashlib.sha256(b""+b""+struct.pack("<q",0)).hexdigest())'
        assertEquals(GENESIS_HASH, genesis.hash());
        assertEquals(0, genesis.height());
        assertEquals("", genesis.prevHash());
        assertEquals("", genesis.merkleRoot());
        assertEquals(0, genesis.timestampMicros());
        assertEquals("", genesis.peerId());
        assertEquals("", genesis.signature());
        assertEquals(List.of(), genesis.txHashes());
        assertTrue(genesis.isGenesis());
    }

    @Test
    void block1HashMatchesTheV1Vector() {
        // python3 -c 'import hashlib,struct;print(hashlib.sha256(b"af5570f5a1810b7af78caf4bc70a660f0df51e42baf91d4de5b2328de0e83dfc"+b"f5f342d90cefa97f8552dae9bbf6fd52d99a655f7bca1739085f1674ba98d1b6"+struct.pack("<q",1795626676946015)).hexdigest())'
        assertEquals(BLOCK1_HASH, BlockHashes.hash(GENESIS_HASH,
                "f5f342d90cefa97f8552dae9bbf6fd52d99a655f7bca1739085f1674ba98d1b6", BLOCK1_TS));
    }

    @Test
    void buildingTheReferenceBlockGivesTheReferenceHashAndItVerifies() {
        List<Transaction> txs = List.of(referenceTx());
        Block block = Blocks.build(genesis, txs, BLOCK1_TS, LEADER, leaderKey);

        assertEquals(BLOCK1_HASH, block.hash());
        assertEquals(1, block.height());
        assertEquals(GENESIS_HASH, block.prevHash());
        assertEquals(List.of(txs.get(0).hash()), block.txHashes());
        assertEquals(LEADER, block.peerId());
        assertEquals(leaderKey.publicKeyBase64(), block.publicKey());
        assertEquals(List.of(), Blocks.verify(block, genesis, txs));
    }

    @Test
    void aChainOfBlocksWithManyTxsVerifies() {
        Block parent = genesis;
        for (int height = 1; height <= 3; height++) {
            List<Transaction> txs = txs(height * 2 + 1, height);
            Block block = Blocks.build(parent, txs, BLOCK1_TS + height, LEADER, leaderKey);
            assertEquals(List.of(), Blocks.verify(block, parent, txs));
            parent = block;
        }
    }

    @Test
    void anEmptyBlockVerifies() {
        Block block = Blocks.build(genesis, List.of(), BLOCK1_TS, LEADER, leaderKey);
        assertEquals("", block.merkleRoot());
        assertEquals(List.of(), Blocks.verify(block, genesis, List.of()));
    }

    @Test
    void aTamperedTxIsReported() {
        List<Transaction> txs = txs(3, 0);
        Block block = Blocks.build(genesis, txs, BLOCK1_TS, LEADER, leaderKey);
        Transaction t = txs.get(1);
        List<Transaction> tampered = new ArrayList<>(txs);
        tampered.set(1, new Transaction(t.kind(), t.hash(), t.channel(), t.meta(), "{\"data\": \"evil\"}",
                t.timestampMicros(), t.signature(), t.publicKey()));

        List<String> problems = Blocks.verify(block, genesis, tampered);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("tx " + t.hash() + " hash does not recompute"), problems.toString());
    }

    @Test
    void aTxMissingFromTheGivenListIsReported() {
        List<Transaction> txs = txs(3, 0);
        Block block = Blocks.build(genesis, txs, BLOCK1_TS, LEADER, leaderKey);

        List<String> problems = Blocks.verify(block, genesis, txs.subList(0, 2));
        assertTrue(problems.contains("the block lists other tx hashes than the txs given"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("merkle root")), problems.toString());
    }

    @Test
    void aWrongParentIsReported() {
        Block block1 = Blocks.build(genesis, List.of(), BLOCK1_TS, LEADER, leaderKey);
        Block otherBlock1 = Blocks.build(genesis, List.of(), BLOCK1_TS + 1, LEADER, leaderKey);
        Block block2 = Blocks.build(block1, List.of(), BLOCK1_TS + 2, LEADER, leaderKey);

        List<String> problems = Blocks.verify(block2, otherBlock1, List.of());
        assertEquals(List.of("prev hash " + block1.hash() + " is not the parent's hash " + otherBlock1.hash()), problems);
        assertTrue(Blocks.verify(block2, genesis, List.of()).get(0).startsWith("height 2 does not follow"));
    }

    @Test
    void aBadLeaderSignatureIsReported() {
        Block block = Blocks.build(genesis, List.of(), BLOCK1_TS, LEADER, leaderKey);
        PeerKey other = PeerKey.generate(new SecureRandom());
        Block forged = withSignature(block, other.signDigest(new byte[32]), block.publicKey());
        Block unsigned = withSignature(block, "", block.publicKey());
        Block otherKey = withSignature(block, block.signature(), other.publicKeyBase64());

        assertEquals(List.of("leader signature does not verify"), Blocks.verify(forged, genesis, List.of()));
        assertEquals(List.of("leader signature does not verify"), Blocks.verify(unsigned, genesis, List.of()));
        assertEquals(List.of("leader signature does not verify"), Blocks.verify(otherKey, genesis, List.of()));
    }

    @Test
    void aChangedTimestampBreaksTheBlockHash() {
        Block block = Blocks.build(genesis, List.of(), BLOCK1_TS, LEADER, leaderKey);
        Block moved = new Block(block.channel(), block.height(), block.hash(), block.prevHash(), block.merkleRoot(),
                block.timestampMicros() + 1, block.peerId(), block.signature(), block.publicKey(), block.txHashes());
        assertTrue(Blocks.verify(moved, genesis, List.of()).get(0).startsWith("block hash"));
    }

    @Test
    void aTxOfAnotherChannelIsReportedAndNeverBuiltIn() {
        TxMeta otherMeta = new TxMeta(LEADER, "loopchain/default", "v", "other_channel");
        Transaction foreign = V1Transactions.create("other_channel", otherMeta, Map.of("data", 1), BLOCK1_TS, leaderKey);
        assertThrows(IllegalArgumentException.class, () -> Blocks.build(genesis, List.of(foreign), BLOCK1_TS, LEADER, leaderKey));

        Block parentOfOther = Blocks.genesis("other_channel");
        Block block = Blocks.build(parentOfOther, List.of(foreign), BLOCK1_TS, LEADER, leaderKey);
        Block relabelled = new Block(CHANNEL, block.height(), block.hash(), block.prevHash(), block.merkleRoot(),
                block.timestampMicros(), block.peerId(), block.signature(), block.publicKey(), block.txHashes());
        List<String> problems = Blocks.verify(relabelled, genesis, List.of(foreign));
        assertEquals(List.of("tx " + foreign.hash() + " is not for channel " + CHANNEL), problems);
    }

    @Test
    void aTxTwiceInOneBlockIsReported() {
        Transaction tx = referenceTx();
        Block block = Blocks.build(genesis, List.of(tx, tx), BLOCK1_TS, LEADER, leaderKey);
        assertEquals(List.of("tx " + tx.hash() + " appears twice"), Blocks.verify(block, genesis, List.of(tx, tx)));
    }

    @Test
    void txHashesAreAnImmutableCopy() {
        List<String> hashes = new ArrayList<>(List.of(GENESIS_HASH));
        Block block = new Block(CHANNEL, 1, BLOCK1_HASH, GENESIS_HASH, GENESIS_HASH, 1, LEADER, "", "", hashes);
        hashes.clear();
        assertEquals(List.of(GENESIS_HASH), block.txHashes());
        assertThrows(UnsupportedOperationException.class, () -> block.txHashes().add("x"));
    }

    private Transaction referenceTx() {
        return V1Transactions.create(CHANNEL, META, Map.of("data", "hello"), 1795626676738706L, leaderKey);
    }

    private List<Transaction> txs(int count, int salt) {
        List<Transaction> txs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            txs.add(V1Transactions.create(CHANNEL, META, Map.of("n", i, "salt", salt), BLOCK1_TS - 1000 + i, leaderKey));
        }
        return txs;
    }

    private static Block withSignature(Block b, String signature, String publicKey) {
        return new Block(b.channel(), b.height(), b.hash(), b.prevHash(), b.merkleRoot(), b.timestampMicros(),
                b.peerId(), signature, publicKey, b.txHashes());
    }
}
