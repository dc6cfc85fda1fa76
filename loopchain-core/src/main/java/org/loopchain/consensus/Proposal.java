package org.loopchain.consensus;

import java.util.Objects;

/**
 * The leader's block for {@code (height, round)}.
 *
 * @param candidate        the block and its transactions
 * @param validRound       {@code -1}, or an earlier round of this height in which the proposer saw a
 *                         prevote quorum for this very block (Tendermint's valid round)
 * @param previousCommit   the commit certificate of {@code height - 1}; {@code null} at height 1
 * @param complaint        the complaint certificate of {@code round - 1}; {@code null} in round 0
 */
public record Proposal(String channel, long height, long round, CandidateBlock candidate, long validRound,
                       CommitCertificate previousCommit, ComplaintCertificate complaint) implements Payload {

    public Proposal {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(candidate, "candidate");
    }

    @Override
    public MessageType type() {
        return MessageType.PROPOSAL;
    }

    public String blockHash() {
        return candidate.hash();
    }

    /** Binds channel, height, round, block and valid round; the certificates prove themselves. */
    @Override
    public byte[] digest() {
        return Digests.of(channel, type().name(), height, round, blockHash(), validRound);
    }
}
