package org.loopchain.consensus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the state machine knows about the height being decided: Tendermint's round, step,
 * lock and valid value, plus the proposals, votes and blocks seen, and this peer's own messages of
 * the current round (re-sent when the round timer fires). Discarded when the height commits.
 */
final class HeightState {

    /** Where the peer is within a round. */
    enum Step { PROPOSE, PREVOTE, PRECOMMIT }

    final long height;
    final VoteTally tally = new VoteTally();
    final Map<Long, SignedMessage> proposals = new HashMap<>();
    final Map<String, CandidateBlock> knownBlocks = new HashMap<>();
    final Set<Long> complained = new HashSet<>();
    final List<SignedMessage> sentThisRound = new ArrayList<>();

    long round;
    Step step = Step.PROPOSE;
    ComplaintCertificate roundCertificate;
    String lockedHash;
    long lockedRound = -1;
    CandidateBlock validBlock;
    long validRound = -1;
    boolean proposed;
    boolean roundTimerArmed;
    boolean intervalTimerArmed;
    /** A precommit quorum named a block not seen yet: a sync check is scheduled (once per height). */
    boolean syncCheckArmed;
    /** The sync check fired: a quorum's unknown block may now be asked for. */
    boolean syncDue;
    boolean active;

    HeightState(long height) {
        this.height = height;
    }

    void enterRound(long newRound, ComplaintCertificate certificate) {
        round = newRound;
        step = Step.PROPOSE;
        roundCertificate = certificate;
        proposed = false;
        roundTimerArmed = false;
        intervalTimerArmed = false;
        sentThisRound.clear();
    }

    boolean hasComplained() {
        return complained.contains(round);
    }
}
