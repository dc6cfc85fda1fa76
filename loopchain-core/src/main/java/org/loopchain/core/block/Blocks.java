package org.loopchain.core.block;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.loopchain.core.crypto.Hex;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.V1Transactions;

/**
 * Making and checking blocks.
 *
 * <p>The leader signs the 32 block-hash bytes as the ECDSA digest ({@link PeerKey#signDigest}),
 * the same rule as for transactions. {@link #verify} checks that signature against the key the
 * block carries; whether that key is the expected leader's is for the consensus layer to decide.
 */
public final class Blocks {

    private Blocks() {
    }

    /** Height 0, no parent, no tx, time 0, unsigned: the same hash on every channel. */
    public static Block genesis(String channel) {
        return new Block(channel, 0, BlockHashes.hash("", "", 0), "", "", 0, "", "", "", List.of());
    }

    /**
     * The next block after {@code parent}, holding {@code txs} in that order, signed by the leader.
     *
     * @throws IllegalArgumentException if a tx belongs to another channel
     */
    public static Block build(Block parent, List<Transaction> txs, long timestampMicros, String leaderPeerId, PeerKey leaderKey) {
        List<String> txHashes = new ArrayList<>(txs.size());
        for (Transaction tx : txs) {
            if (!belongsTo(tx, parent.channel())) {
                throw new IllegalArgumentException("tx " + tx.hash() + " is not for channel " + parent.channel());
            }
            txHashes.add(tx.hash());
        }
        String merkle = MerkleTree.root(txHashes);
        String hash = BlockHashes.hash(parent.hash(), merkle, timestampMicros);
        return new Block(parent.channel(), parent.height() + 1, hash, parent.hash(), merkle, timestampMicros,
                leaderPeerId, leaderKey.signDigest(Hex.decode(hash)), leaderKey.publicKeyBase64(), txHashes);
    }

    /**
     * Everything wrong with {@code block} as the child of {@code parent} holding {@code txs}, one
     * short sentence each; empty if it is valid.
     */
    public static List<String> verify(Block block, Block parent, List<Transaction> txs) {
        return verify(block, parent, txs, V1Transactions::problems);
    }

    /**
     * {@link #verify(Block, Block, List)} with {@code txCheck} in place of {@link V1Transactions#problems}
     * (a host that remembers which transactions it has verified already).
     */
    public static List<String> verify(Block block, Block parent, List<Transaction> txs,
            Function<Transaction, List<String>> txCheck) {
        List<String> problems = new ArrayList<>();
        if (!block.channel().equals(parent.channel())) {
            problems.add("channel " + block.channel() + " differs from the parent's " + parent.channel());
        }
        if (block.height() != parent.height() + 1) {
            problems.add("height " + block.height() + " does not follow the parent's " + parent.height());
        }
        if (!block.prevHash().equals(parent.hash())) {
            problems.add("prev hash " + block.prevHash() + " is not the parent's hash " + parent.hash());
        }
        List<String> txHashes = new ArrayList<>(txs.size());
        txs.forEach(tx -> txHashes.add(tx.hash()));
        if (!txHashes.equals(block.txHashes())) {
            problems.add("the block lists other tx hashes than the txs given");
        }
        String merkle = MerkleTree.root(txHashes);
        if (!merkle.equals(block.merkleRoot())) {
            problems.add("merkle root " + block.merkleRoot() + " does not match the txs (expected " + merkle + ")");
        }
        String hash = BlockHashes.hash(block.prevHash(), block.merkleRoot(), block.timestampMicros());
        if (!hash.equals(block.hash())) {
            problems.add("block hash " + block.hash() + " does not recompute (expected " + hash + ")");
        } else if (!PeerKey.verifyDigest(block.publicKey(), Hex.decode(hash), block.signature())) {
            problems.add("leader signature does not verify");
        }
        Set<String> seen = new HashSet<>();
        for (Transaction tx : txs) {
            if (!seen.add(tx.hash())) {
                problems.add("tx " + tx.hash() + " appears twice");
            }
            if (!belongsTo(tx, block.channel())) {
                problems.add("tx " + tx.hash() + " is not for channel " + block.channel());
            }
            problems.addAll(txCheck.apply(tx));
        }
        return problems;
    }

    /** The tx was submitted to {@code channel} and its hashed meta names it. */
    private static boolean belongsTo(Transaction tx, String channel) {
        return tx.channel().equals(channel) && tx.meta().channelName().equals(channel);
    }
}
