package org.loopchain.validators;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import org.loopchain.consensus.CommitCertificate;
import org.loopchain.consensus.CommittedBlock;
import org.loopchain.core.block.Block;
import org.loopchain.core.block.Blocks;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxMeta;
import org.loopchain.core.tx.V1Transactions;

/** A committed block at a height holding one configuration transaction (no real certificate: the history does not read it). */
final class BlocksForTests {

    private static final PeerKey KEY = PeerKey.generate(new SecureRandom("maker".getBytes(StandardCharsets.UTF_8)));

    private BlocksForTests() {
    }

    static CommittedBlock block(String channel, long height, ValidatorConfig config) {
        Transaction tx = V1Transactions.create(channel, new TxMeta("p0", "loopchain/default", "0", channel), config.toJson(),
                1_000_000L + height, KEY);
        Block parent = Blocks.genesis(channel);
        Block block = Blocks.build(parent, List.of(tx), 2_000_000L + height, "p0", KEY);
        return new CommittedBlock(withHeight(block, height), List.of(tx),
                new CommitCertificate(channel, height, 0, block.hash(), List.of()));
    }

    private static Block withHeight(Block b, long height) {
        return new Block(b.channel(), height, b.hash(), b.prevHash(), b.merkleRoot(), b.timestampMicros(), b.peerId(),
                b.signature(), b.publicKey(), b.txHashes());
    }
}
