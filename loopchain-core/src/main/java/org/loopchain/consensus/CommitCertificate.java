package org.loopchain.consensus;

import java.util.List;
import java.util.Objects;
import org.loopchain.core.block.Block;

/**
 * Proof that block {@code blockHash} is final at {@code height}: a quorum of PRECOMMITs for it in
 * {@code round}. Stored with the block; the next height's proposal carries it, and a sync response
 * carries one per block.
 */
public record CommitCertificate(String channel, long height, long round, String blockHash, String resultRoot,
                                List<SignedMessage> precommits) {

    public CommitCertificate {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(blockHash, "blockHash");
        resultRoot = resultRoot == null ? "" : resultRoot;
        precommits = List.copyOf(precommits);
    }

    /** A certificate for a block that calls no SCORE. */
    public CommitCertificate(String channel, long height, long round, String blockHash, List<SignedMessage> precommits) {
        this(channel, height, round, blockHash, "", precommits);
    }

    /** True iff this certifies exactly {@code block}: its hash and its result root. */
    public boolean certifies(Block block) {
        return blockHash.equals(block.hash()) && resultRoot.equals(block.resultRoot());
    }

    /**
     * Everything wrong with this certificate under {@code validators}, one sentence each; empty if
     * it proves the block: every vote a PRECOMMIT for this channel, height, round and hash, from a
     * distinct validator, correctly signed, and together a quorum.
     */
    public List<String> verify(ValidatorSet validators) {
        if (blockHash.isEmpty()) {
            return List.of("a commit certificate must name a block, not nil");
        }
        return VoteQuorums.problems(validators, Vote.precommit(channel, height, round, blockHash, resultRoot), precommits);
    }
}
