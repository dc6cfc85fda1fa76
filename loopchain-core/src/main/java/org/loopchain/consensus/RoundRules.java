package org.loopchain.consensus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The "upon" rules of {@link LftStateMachine}, checked in order against one height's state: commit,
 * round change, propose, prevote, precommit. {@link #applyOne()} fires the first rule that applies;
 * the state machine calls it until none does. One instance serves one height; a rule asks the
 * {@link Proposer} what to propose, sends through the {@link Outbox}, waits for the block interval
 * through the {@link RoundTimers}, and reaches the state machine (commit, sync) only through its
 * {@link Host}.
 */
final class RoundRules {

    /** What the rules need from the state machine beyond the height. */
    interface Host {

        /** Commits the block and moves to the next height. */
        void commit(CommittedBlock block);

        /** A precommit quorum for a block not seen: asks one of its voters for it, in time. */
        void requestSyncFrom(List<SignedMessage> votes);
    }

    private final HeightState s;
    private final ValidatorSet validators;
    private final String channel;
    private final Proposer proposer;
    private final RoundTimers timers;
    private final Outbox outbox;
    private final Host host;

    RoundRules(HeightState state, ValidatorSet validators, String channel, Proposer proposer, RoundTimers timers,
            Outbox outbox, Host host) {
        this.s = state;
        this.validators = validators;
        this.channel = channel;
        this.proposer = proposer;
        this.timers = timers;
        this.outbox = outbox;
        this.host = host;
    }

    boolean applyOne() {
        return commit() || changeRound() || propose() || prevote() || precommit();
    }

    /** A precommit quorum for a block in any round decides the height (syncing the block if it is unknown). */
    private boolean commit() {
        VoteTally tally = s.tally();
        for (long round : new ArrayList<>(tally.rounds(MessageType.PRECOMMIT))) {
            Optional<String> hash = tally.quorumHash(MessageType.PRECOMMIT, round, validators).filter(h -> !h.isEmpty());
            if (hash.isEmpty()) {
                continue;
            }
            List<SignedMessage> votes = tally.votesFor(MessageType.PRECOMMIT, round, hash.get());
            Optional<CandidateBlock> block = s.block(hash.get());
            if (block.isEmpty()) {
                host.requestSyncFrom(votes);
                continue;
            }
            String root = block.get().block().resultRoot();
            votes = votes.stream().filter(v -> v.vote().resultRoot().equals(root)).toList();
            if (!validators.isQuorum(votes.stream().map(SignedMessage::sender).toList())) {
                continue;
            }
            CommitCertificate certificate = new CommitCertificate(channel, s.height(), round, hash.get(), root, votes);
            host.commit(new CommittedBlock(block.get().block(), block.get().txs(), certificate));
            return true;
        }
        return false;
    }

    /** A complaint quorum for round {@code r >= current} moves to {@code r + 1}. */
    private boolean changeRound() {
        VoteTally tally = s.tally();
        List<Long> rounds = new ArrayList<>(tally.rounds(MessageType.COMPLAINT));
        Collections.reverse(rounds);
        for (long round : rounds) {
            if (round < s.round().round()) {
                return false;
            }
            if (tally.hasQuorum(MessageType.COMPLAINT, round, Vote.NIL, validators)) {
                List<SignedMessage> complaints = tally.votesFor(MessageType.COMPLAINT, round, Vote.NIL);
                s.enterRound(round + 1, new ComplaintCertificate(channel, s.height(), round, complaints));
                return true;
            }
        }
        return false;
    }

    /** The leader proposes its valid block, or a new one when the interval has passed and there is work. */
    private boolean propose() {
        RoundState r = s.round();
        if (!r.isAt(RoundState.Step.PROPOSE) || r.hasProposed() || r.hasComplained()
                || s.proposalIn(r.round()).isPresent() || !proposer.leads(r.round())) {
            return false;
        }
        Optional<CandidateBlock> valid = s.locking().validBlock();
        CandidateBlock block = valid.orElse(null);
        if (block == null) {
            if (r.round() == 0) {
                if (!proposer.hasWork()) {
                    return false;
                }
                Duration left = timers.untilIntervalPassed();
                if (!left.isZero()) {
                    timers.waitForInterval(s.height(), r.round(), left);
                    return false;
                }
            }
            block = proposer.buildBlock(r.round()).orElse(null);
            if (block == null) {
                return false;
            }
        }
        r.proposed();
        outbox.send(s, new Proposal(channel, s.height(), r.round(), block, valid.isEmpty() ? -1 : s.locking().validRound(),
                proposer.previousCommit(), r.certificate()));
        return true;
    }

    /**
     * Prevotes the round's proposal if the lock allows it and this validator has not complained about
     * its leader, else nil; a proposal with a valid round waits for that round's prevote quorum.
     */
    private boolean prevote() {
        RoundState r = s.round();
        Optional<HeightState.SignedProposal> proposal = s.proposalIn(r.round());
        if (!r.isAt(RoundState.Step.PROPOSE) || proposal.isEmpty()) {
            return false;
        }
        Proposal p = proposal.get().proposal();
        String hash = p.blockHash();
        if (p.validRound() >= 0 && !s.tally().hasQuorum(MessageType.PREVOTE, p.validRound(), hash, validators)) {
            return false;
        }
        String vote = s.locking().allows(p) && !r.hasComplained() ? hash : Vote.NIL;
        r.stepTo(RoundState.Step.PREVOTE);
        outbox.send(s, Vote.prevote(channel, s.height(), r.round(), vote, s.resultRootOf(vote)));
        return true;
    }

    /** On a prevote quorum: for a known block, remember it as valid, lock on it and precommit it; for nil, precommit nil. */
    private boolean precommit() {
        RoundState r = s.round();
        if (!r.isAt(RoundState.Step.PREVOTE)) {
            return false;
        }
        Optional<String> quorum = s.tally().quorumHash(MessageType.PREVOTE, r.round(), validators);
        if (quorum.isEmpty() || (!quorum.get().isEmpty() && !s.knows(quorum.get()))) {
            return false;
        }
        String vote = quorum.get();
        if (!vote.isEmpty()) {
            s.locking().rememberValid(s.block(vote).orElseThrow(), r.round());
            if (r.hasComplained()) {
                vote = Vote.NIL;
            } else {
                s.locking().lockOn(vote, r.round());
            }
        }
        r.stepTo(RoundState.Step.PRECOMMIT);
        outbox.send(s, Vote.precommit(channel, s.height(), r.round(), vote, s.resultRootOf(vote)));
        return true;
    }
}
