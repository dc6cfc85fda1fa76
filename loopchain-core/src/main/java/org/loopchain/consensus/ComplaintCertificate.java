package org.loopchain.consensus;

import java.util.List;
import java.util.Objects;

/**
 * Proof that the leader of {@code (height, round)} was given up: a quorum of COMPLAINTs. It moves
 * every peer that sees it to {@code round + 1}, and the next leader's proposal carries it.
 */
public record ComplaintCertificate(String channel, long height, long round, List<SignedMessage> complaints) {

    public ComplaintCertificate {
        Objects.requireNonNull(channel, "channel");
        complaints = List.copyOf(complaints);
    }

    /** Everything wrong with it under {@code validators}; empty if it is a quorum of valid complaints. */
    public List<String> verify(ValidatorSet validators) {
        return VoteQuorums.problems(validators, Vote.complaint(channel, height, round), complaints);
    }
}
