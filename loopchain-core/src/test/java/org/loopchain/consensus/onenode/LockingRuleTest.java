package org.loopchain.consensus.onenode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.loopchain.consensus.onenode.OneNode.complaintOf;
import static org.loopchain.consensus.onenode.OneNode.precommitOf;
import static org.loopchain.consensus.onenode.OneNode.prevoteOf;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loopchain.consensus.CandidateBlock;
import org.loopchain.consensus.Vote;

/**
 * The locking rule, message by message, on validator {@code hx3}: once it has precommitted A in
 * round 0 it prevotes another block only if a prevote quorum for that block at the proposal's valid
 * round (at or after its lock) has been seen; and a validator that complained about a leader does
 * not vote for that leader's block.
 */
class LockingRuleTest {

    private OneNode node;
    private Peer hx0;
    private Peer hx1;
    private Peer hx2;

    @BeforeEach
    void startHx3() {
        node = new OneNode(3);
        hx0 = node.peer(0);
        hx1 = node.peer(1);
        hx2 = node.peer(2);
    }

    /** Round 0: hx0 proposes A, hx0 and hx1 prevote it, so hx3 locks on A and precommits it. */
    private CandidateBlock lockedOnAInRoundZero() {
        CandidateBlock a = node.block(hx0);
        node.receive(node.proposal(hx0, 0, a, -1, null));
        assertEquals(List.of(prevoteOf(1, 0, a.hash())), node.sent());
        node.receive(node.prevote(hx0, 0, a.hash()), node.prevote(hx1, 0, a.hash()));
        assertEquals(List.of(precommitOf(1, 0, a.hash())), node.sent());
        return a;
    }

    @Test
    void aLockedValidatorPrevotesNilForAnotherBlockProposedWithoutAValidRound() {
        lockedOnAInRoundZero();
        CandidateBlock b = node.block(hx1);

        node.receive(node.proposal(hx1, 1, b, -1, node.complaints(0, hx0, hx1, hx2)));

        assertEquals(List.of(prevoteOf(1, 1, Vote.NIL)), node.sent());
    }

    @Test
    void aLockedValidatorPrevotesItsOwnLockedBlockWhenItIsProposedAgain() {
        CandidateBlock a = lockedOnAInRoundZero();

        node.receive(node.proposal(hx1, 1, a, 0, node.complaints(0, hx0, hx1, hx2)));

        assertEquals(List.of(prevoteOf(1, 1, a.hash())), node.sent());
    }

    @Test
    void aPrevoteQuorumAtTheValidRoundReleasesTheLock() {
        lockedOnAInRoundZero();
        CandidateBlock b = node.block(hx1);
        node.receive(node.proposal(hx1, 1, b, -1, node.complaints(0, hx0, hx1, hx2)));
        assertEquals(List.of(prevoteOf(1, 1, Vote.NIL)), node.sent());

        node.receive(node.proposal(hx2, 2, b, 1, node.complaints(1, hx0, hx1, hx2)));
        assertEquals(List.of(), node.sent(), "no prevote quorum for B in round 1 seen yet: the node waits");
        node.receive(node.prevote(hx0, 1, b.hash()), node.prevote(hx1, 1, b.hash()));
        assertEquals(List.of(), node.sent(), "two prevotes are not a quorum");

        node.receive(node.prevote(hx2, 1, b.hash()));

        assertEquals(List.of(prevoteOf(1, 2, b.hash())), node.sent());
    }

    @Test
    void aPrevoteQuorumBeforeTheLockDoesNotReleaseIt() {
        CandidateBlock b = node.block(hx0);
        CandidateBlock a = node.block(hx1);
        node.receive(node.prevote(hx0, 0, b.hash()), node.prevote(hx1, 0, b.hash()), node.prevote(hx2, 0, b.hash()));
        node.roundTimerFires(0);
        assertEquals(List.of(complaintOf(1, 0)), node.sent());
        node.receive(node.proposal(hx1, 1, a, -1, node.complaints(0, hx0, hx1, hx2)));
        assertEquals(List.of(prevoteOf(1, 1, a.hash())), node.sent());
        node.receive(node.prevote(hx0, 1, a.hash()), node.prevote(hx1, 1, a.hash()));
        assertEquals(List.of(precommitOf(1, 1, a.hash())), node.sent(), "locked on A in round 1");

        node.receive(node.proposal(hx2, 2, b, 0, node.complaints(1, hx0, hx1, hx2)));

        assertEquals(List.of(prevoteOf(1, 2, Vote.NIL)), node.sent(), "B's quorum in round 0 is older than the lock");
    }

    @Test
    void aValidatorThatComplainedAboutTheLeaderPrevotesNilForItsProposal() {
        node.roundTimerFires(0);
        assertEquals(List.of(complaintOf(1, 0)), node.sent());

        node.receive(node.proposal(hx0, 0, node.block(hx0), -1, null));

        assertEquals(List.of(prevoteOf(1, 0, Vote.NIL)), node.sent());
    }

    @Test
    void aValidatorThatComplainedPrecommitsNilOnAPrevoteQuorumAndDoesNotLock() {
        CandidateBlock a = node.block(hx0);
        CandidateBlock b = node.block(hx1);
        node.roundTimerFires(0);
        node.receive(node.proposal(hx0, 0, a, -1, null));
        assertEquals(List.of(complaintOf(1, 0), prevoteOf(1, 0, Vote.NIL)), node.sent());

        node.receive(node.prevote(hx0, 0, a.hash()), node.prevote(hx1, 0, a.hash()), node.prevote(hx2, 0, a.hash()));
        assertEquals(List.of(precommitOf(1, 0, Vote.NIL)), node.sent());

        node.receive(node.proposal(hx1, 1, b, -1, node.complaints(0, hx0, hx1, hx2)));
        assertEquals(List.of(prevoteOf(1, 1, b.hash())), node.sent(), "not locked on A, so B gets its prevote");
    }

    @Test
    void theProposalOfALeaderTheValidatorsComplainedAwayFromGetsNoVote() {
        node.receive(node.complaint(hx0, 0), node.complaint(hx1, 0), node.complaint(hx2, 0));
        assertEquals(List.of(), node.sent(), "moved to round 1, whose leader hx1 has not proposed");

        node.receive(node.proposal(hx0, 0, node.block(hx0), -1, null));

        assertEquals(List.of(), node.sent());
    }

    @Test
    void anEquivocatorsSecondPrevoteStillCountsTowardsTheQuorumOfItsBlock() {
        CandidateBlock a = node.block(hx0);
        node.receive(node.prevote(hx2, 0, Vote.NIL)); // hx2 lies: nil to hx3, A to the others
        node.receive(node.proposal(hx0, 0, a, -1, null), node.prevote(hx0, 0, a.hash()));
        assertEquals(List.of(prevoteOf(1, 0, a.hash())), node.sent(), "no quorum for A yet: hx2's nil came first");
        node.roundTimerFires(0);
        assertEquals(List.of(complaintOf(1, 0), prevoteOf(1, 0, a.hash())), node.sent(), "complains and re-sends");
        node.receive(node.proposal(hx1, 1, a, 0, node.complaints(0, hx0, hx1, hx2)));
        assertEquals(List.of(), node.sent(), "hx1 saw A's quorum in round 0; hx3 has not");

        node.receive(node.prevote(hx2, 0, a.hash())); // re-sent by hx1, which counted it

        assertEquals(List.of(prevoteOf(1, 1, a.hash())), node.sent());
        assertEquals(1, node.chain.equivocations.size(), "hx2's two prevotes are kept as evidence");
    }

    @Test
    void aPrevoteQuorumInALaterRoundMovesTheLockToItsBlock() {
        CandidateBlock a = lockedOnAInRoundZero();
        CandidateBlock b = node.block(hx1);
        node.receive(node.proposal(hx1, 1, b, -1, node.complaints(0, hx0, hx1, hx2)));
        assertEquals(List.of(prevoteOf(1, 1, Vote.NIL)), node.sent(), "locked on A");

        node.receive(node.prevote(hx0, 1, b.hash()), node.prevote(hx1, 1, b.hash()), node.prevote(hx2, 1, b.hash()));
        assertEquals(List.of(precommitOf(1, 1, b.hash())), node.sent(), "B's quorum in round 1 locks on B");

        node.receive(node.proposal(hx2, 2, a, -1, node.complaints(1, hx0, hx1, hx2)));

        assertEquals(List.of(prevoteOf(1, 2, Vote.NIL)), node.sent(), "now locked on B, A without a valid round gets nil");
    }
}
