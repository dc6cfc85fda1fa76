package org.loopchain.consensus.onenode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.loopchain.consensus.onenode.OneNode.commitCertificate;
import static org.loopchain.consensus.onenode.OneNode.complaintOf;
import static org.loopchain.consensus.onenode.OneNode.precommitOf;
import static org.loopchain.consensus.onenode.OneNode.prevoteOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopchain.consensus.CandidateBlock;
import org.loopchain.consensus.CommittedBlock;
import org.loopchain.consensus.Payload;
import org.loopchain.consensus.Proposal;
import org.loopchain.consensus.SyncRequest;
import org.loopchain.consensus.TimerKey;
import org.loopchain.consensus.Vote;

/**
 * Each rule of {@link org.loopchain.consensus.LftStateMachine}'s protocol on one validator, with
 * exactly the messages it sends: propose, prevote, precommit, commit, complaint and round change.
 * The locking rule has its own class ({@link LockingRuleTest}).
 */
class ProtocolRulesTest {

    @Test
    void theLeaderOfRoundZeroProposesANewBlockAtOnceAndPrevotesIt() {
        OneNode node = new OneNode(0);

        List<Payload> sent = node.sent();

        assertEquals(2, sent.size(), "a proposal and a prevote: " + sent);
        Proposal p = assertInstanceOf(Proposal.class, sent.get(0));
        assertEquals(List.of(1L, 0L, -1L), List.of(p.height(), p.round(), p.validRound()));
        assertEquals("hx0", p.candidate().block().peerId());
        assertEquals(null, p.previousCommit(), "height 1 follows genesis, which has no certificate");
        assertEquals(null, p.complaint(), "round 0 needs no complaints");
        assertEquals(prevoteOf(1, 0, p.blockHash()), sent.get(1));
    }

    @Test
    void aValidatorThatIsNotTheLeaderSendsNothingUntilAProposalArrives() {
        OneNode node = new OneNode(2);

        assertEquals(List.of(), node.sent());
    }

    @Test
    void aValidatorPrevotesTheLeadersProposal() {
        OneNode node = new OneNode(2);
        CandidateBlock a = node.block(node.peer(0));

        node.receive(node.proposal(node.peer(0), 0, a, -1, null));

        assertEquals(List.of(prevoteOf(1, 0, a.hash())), node.sent());
    }

    @Test
    void aProposalFromAValidatorThatDoesNotLeadTheRoundGetsNoVote() {
        OneNode node = new OneNode(2);

        node.receive(node.proposal(node.peer(1), 0, node.block(node.peer(1)), -1, null));

        assertEquals(List.of(), node.sent());
    }

    @Test
    void aPrevoteQuorumForTheBlockMakesTheValidatorPrecommitIt() {
        OneNode node = new OneNode(2);
        CandidateBlock a = node.block(node.peer(0));
        node.receive(node.proposal(node.peer(0), 0, a, -1, null));
        node.sent();

        node.receive(node.prevote(node.peer(0), 0, a.hash()));
        assertEquals(List.of(), node.sent(), "two prevotes of four are not a quorum");
        node.receive(node.prevote(node.peer(1), 0, a.hash()));

        assertEquals(List.of(precommitOf(1, 0, a.hash())), node.sent());
    }

    @Test
    void aNilPrevoteQuorumMakesTheValidatorPrecommitNil() {
        OneNode node = new OneNode(2);
        CandidateBlock a = node.block(node.peer(0));
        node.receive(node.proposal(node.peer(0), 0, a, -1, null));
        node.sent();

        node.receive(node.prevote(node.peer(0), 0, Vote.NIL), node.prevote(node.peer(1), 0, Vote.NIL),
                node.prevote(node.peer(3), 0, Vote.NIL));

        assertEquals(List.of(precommitOf(1, 0, Vote.NIL)), node.sent());
    }

    @Test
    void aPrecommitQuorumCommitsTheBlockWithThoseVotesAsItsCertificate() {
        OneNode node = new OneNode(2);
        CandidateBlock a = node.block(node.peer(0));
        node.receive(node.proposal(node.peer(0), 0, a, -1, null));

        node.receive(node.precommit(node.peer(0), 0, a.hash()), node.precommit(node.peer(1), 0, a.hash()),
                node.precommit(node.peer(3), 0, a.hash()));

        assertEquals(List.of(prevoteOf(1, 0, a.hash())), node.sent(), "commits without a vote of its own");
        CommittedBlock committed = node.chain.committed().get(0);
        assertEquals(a.hash(), committed.block().hash());
        assertEquals(List.of("hx0", "hx1", "hx3"),
                committed.certificate().precommits().stream().map(m -> m.sender()).toList());
        assertEquals(2, node.height(), "now deciding height 2");
    }

    @Test
    void theRoundTimerMakesTheValidatorComplainAndThenResendItsMessagesOfTheRound() {
        OneNode node = new OneNode(2);
        CandidateBlock a = node.block(node.peer(0));
        node.receive(node.proposal(node.peer(0), 0, a, -1, null));
        node.sent();

        node.roundTimerFires(0);
        assertEquals(List.of(complaintOf(1, 0), prevoteOf(1, 0, a.hash())), node.sent());
        node.roundTimerFires(0);

        assertEquals(List.of(prevoteOf(1, 0, a.hash()), complaintOf(1, 0)), node.sent(), "no new complaint, only re-sends");
    }

    @Test
    void aComplaintQuorumMovesToTheNextRoundWhoseLeaderProposesWithTheComplaintsAsCertificate() {
        OneNode node = new OneNode(1);
        node.roundTimerFires(0);
        assertEquals(List.of(complaintOf(1, 0)), node.sent());

        node.receive(node.complaint(node.peer(0), 0), node.complaint(node.peer(2), 0));

        List<Payload> sent = node.sent();
        assertEquals(2, sent.size(), "a proposal and a prevote: " + sent);
        Proposal p = assertInstanceOf(Proposal.class, sent.get(0));
        assertEquals(List.of(1L, 1L, -1L), List.of(p.height(), p.round(), p.validRound()));
        assertEquals(0, p.complaint().round());
        assertEquals(List.of("hx1", "hx0", "hx2"), p.complaint().complaints().stream().map(m -> m.sender()).toList());
        assertEquals(prevoteOf(1, 1, p.blockHash()), sent.get(1));
    }

    @Test
    void aValidatorThatComplainsAboutARoundAlreadyLeftIsSentTheComplaintsThatEndedItOnce() {
        OneNode node = new OneNode(1);
        node.roundTimerFires(0);
        node.receive(node.complaint(node.peer(0), 0), node.complaint(node.peer(2), 0));
        node.sent();
        assertEquals(List.of(), node.sentDirectly());

        node.receive(node.complaint(node.peer(3), 0));
        assertEquals(List.of("hx3 <- hx1 COMPLAINT r0", "hx3 <- hx0 COMPLAINT r0", "hx3 <- hx2 COMPLAINT r0"), node.sentDirectly(),
                "hx3 missed the complaints that ended round 0: it gets the certificate of round 1");
        node.receive(node.complaint(node.peer(3), 0));
        assertEquals(List.of(), node.sentDirectly(), "once per validator and round");
        node.receive(node.complaint(node.peer(2), 1));
        assertEquals(List.of(), node.sentDirectly(), "a complaint about the current round is no sign of lagging");
    }

    @Test
    void aLeaderWithAValidBlockProposesItAgainWithItsValidRound() {
        OneNode node = new OneNode(1);
        CandidateBlock a = node.block(node.peer(0));
        node.receive(node.proposal(node.peer(0), 0, a, -1, null), node.prevote(node.peer(0), 0, a.hash()),
                node.prevote(node.peer(2), 0, a.hash()));
        assertEquals(List.of(prevoteOf(1, 0, a.hash()), precommitOf(1, 0, a.hash())), node.sent());

        node.receive(node.complaint(node.peer(0), 0), node.complaint(node.peer(2), 0), node.complaint(node.peer(3), 0));

        List<Payload> sent = node.sent();
        Proposal p = assertInstanceOf(Proposal.class, sent.get(0));
        assertEquals(List.of(1L, 1L, 0L), List.of(p.height(), p.round(), p.validRound()));
        assertEquals(a.hash(), p.blockHash());
        assertEquals(List.of(p, prevoteOf(1, 1, a.hash())), sent);
    }

    @Test
    void theNextLeaderFollowsWhoMadeTheLastBlockNotTheRoundOfThisValidatorsCertificate() {
        OneNode node = new OneNode(3);
        Peer hx0 = node.peer(0);
        Peer hx1 = node.peer(1);
        Peer hx2 = node.peer(2);
        CandidateBlock a = node.block(hx0);
        node.receive(node.proposal(hx0, 0, a, -1, null), node.prevote(hx0, 0, a.hash()), node.prevote(hx1, 0, a.hash()));
        // hx0 commits A in round 0; hx3 misses those precommits and commits A in round 1, proposed again by hx1
        node.receive(node.proposal(hx1, 1, a, 0, node.complaints(0, hx1, hx2, hx0)), node.prevote(hx1, 1, a.hash()),
                node.prevote(hx2, 1, a.hash()), node.precommit(hx1, 1, a.hash()), node.precommit(hx2, 1, a.hash()));
        assertEquals(1, node.chain.head().certificate().round());
        node.sent();

        CandidateBlock b = node.block(hx0);
        node.receive(node.proposal(hx0, 0, b, -1, null, commitCertificate(1, 0, a.hash(), hx0, hx1, hx2)));

        assertEquals(List.of(prevoteOf(2, 0, b.hash())), node.sent(), "hx0 made A, so it still leads height 2 for all");
    }

    @Test
    void aNextHeightProposalCarryingTheCommitCertificateCommitsTheBlockThisValidatorKnowsAndIsVotedAtOnce() {
        OneNode node = new OneNode(3);
        Peer hx0 = node.peer(0);
        CandidateBlock a = node.block(hx0);
        node.receive(node.proposal(hx0, 0, a, -1, null));
        assertEquals(List.of(prevoteOf(1, 0, a.hash())), node.sent());

        CandidateBlock b = node.blockOn(a.block(), hx0);
        node.receive(node.proposalAt(2, hx0, 0, b, commitCertificate(1, 0, a.hash(), hx0, node.peer(1), node.peer(2))));

        assertEquals(a.hash(), node.chain.head().block().hash(), "height 1 committed with the proposal's certificate");
        assertEquals(List.of(prevoteOf(2, 0, b.hash())), node.sent());
    }

    @Test
    void theLeaderWaitsOneBlockIntervalAfterTheLastBlockWasMadeBeforeItProposesAgain() {
        OneNode node = new OneNode(0);
        Proposal p = assertInstanceOf(Proposal.class, node.sent().get(0));
        node.receive(node.prevote(node.peer(1), 0, p.blockHash()), node.prevote(node.peer(2), 0, p.blockHash()));
        node.timers();

        node.receive(node.precommit(node.peer(1), 0, p.blockHash()), node.precommit(node.peer(2), 0, p.blockHash()));

        assertEquals(List.of(precommitOf(1, 0, p.blockHash())), node.sent(), "no proposal for height 2 yet");
        assertEquals(2, node.height());
        assertEquals(true, node.timers().contains(new TimerKey(TimerKey.Kind.BLOCK_INTERVAL, 2, 0)));
    }

    @Test
    void aPrecommitQuorumOfALaterRoundCommitsTheBlockWithThatRoundsCertificate() {
        OneNode node = new OneNode(2);
        CandidateBlock a = node.block(node.peer(0));
        node.receive(node.proposal(node.peer(0), 0, a, -1, null));
        assertEquals(List.of(prevoteOf(1, 0, a.hash())), node.sent());

        node.receive(node.precommit(node.peer(0), 1, a.hash()), node.precommit(node.peer(1), 1, a.hash()),
                node.precommit(node.peer(3), 1, a.hash()));

        assertEquals(List.of(), node.sent(), "still in round 0, it commits without a vote of its own");
        CommittedBlock committed = node.chain.committed().get(0);
        assertEquals(a.hash(), committed.block().hash());
        assertEquals(1, committed.certificate().round());
    }

    @Test
    void aPrecommitQuorumForAnUnseenBlockAsksOneOfItsVotersForItOnceTheSyncCheckFires() {
        OneNode node = new OneNode(2);
        CandidateBlock a = node.block(node.peer(0));
        node.timers();

        node.receive(node.precommit(node.peer(0), 0, a.hash()), node.precommit(node.peer(1), 0, a.hash()),
                node.precommit(node.peer(3), 0, a.hash()));
        assertEquals(List.of(), node.sent(), "the proposal usually arrives first: it waits");
        assertEquals(true, node.timers().contains(new TimerKey(TimerKey.Kind.SYNC_CHECK, 1, 0)));

        node.syncCheckFires(0);

        assertEquals(List.of(new SyncRequest(OneNode.CHANNEL, 1, 4, "hx0")), node.sent());
        assertEquals(1, node.height(), "nothing committed before the block arrives");
    }
}
