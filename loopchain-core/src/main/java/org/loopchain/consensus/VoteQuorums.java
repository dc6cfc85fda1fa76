package org.loopchain.consensus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checks a certificate of votes shares: shape, membership, one vote each, signatures, quorum. */
final class VoteQuorums {

    private VoteQuorums() {
    }

    /** Problems with {@code votes} as a quorum of votes equal (type, channel, height, round, hash) to {@code expected}. */
    static List<String> problems(ValidatorSet validators, Vote expected, List<SignedMessage> votes) {
        List<String> problems = new ArrayList<>();
        Set<String> senders = new HashSet<>();
        for (SignedMessage m : votes) {
            if (!(m.payload() instanceof Vote v) || !sameVote(v, expected)) {
                problems.add("a vote from " + m.sender() + " is not " + expected.type() + " h=" + expected.height()
                        + " r=" + expected.round() + " for " + label(expected.blockHash()));
            } else if (!validators.contains(m.sender())) {
                problems.add(m.sender() + " is not a validator");
            } else if (!senders.add(m.sender())) {
                problems.add(m.sender() + " votes twice");
            } else if (!validators.verifies(m)) {
                senders.remove(m.sender());
                problems.add("the signature of " + m.sender() + " does not verify");
            }
        }
        if (!validators.isQuorum(senders)) {
            problems.add("the " + senders.size() + " valid votes are not a quorum");
        }
        return problems;
    }

    private static boolean sameVote(Vote v, Vote expected) {
        return v.type() == expected.type() && v.channel().equals(expected.channel()) && v.height() == expected.height()
                && v.round() == expected.round() && v.blockHash().equals(expected.blockHash())
                && v.resultRoot().equals(expected.resultRoot());
    }

    private static String label(String hash) {
        return hash.isEmpty() ? "nil" : hash;
    }
}
