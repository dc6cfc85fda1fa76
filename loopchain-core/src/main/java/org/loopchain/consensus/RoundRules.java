package org.loopchain.consensus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The "upon" rules of {@link LftStateMachine}, checked in order against the current height's state:
 * commit, round change, propose, prevote, precommit. {@link #applyOne()} fires the first rule that
 * applies; the state machine calls it until none does.
 */
final class RoundRules {

    private final LftStateMachine machine;
    private final HeightState s;
    private final ValidatorSet validators;
    private final String channel;

    RoundRules(LftStateMachine machine) {
        this.machine = machine;
        this.s = machine.state();
        this.validators = machine.validators();
        this.channel = machine.config().channel();
    }

    boolean applyOne() {
        return commit() || changeRound() || propose() || prevote() || precommit();
    }

    /** A precommit quorum for a block in any round decides the height (syncing the block if it is unknown). */
    private boolean commit() {
        for (long round : new ArrayList<>(s.tally.rounds(MessageType.PRECOMMIT))) {
            Optional<String> hash = s.tally.quorumHash(MessageType.PRECOMMIT, round, validators).filter(h -> !h.isEmpty());
            if (hash.isEmpty()) {
                continue;
            }
            List<SignedMessage> votes = s.tally.votesFor(MessageType.PRECOMMIT, round, hash.get());
            CandidateBlock block = s.knownBlocks.get(hash.get());
            if (block == null) {
                machine.requestSyncFrom(votes);
                continue;
            }
            String root = block.block().resultRoot();
            votes = votes.stream().filter(v -> v.vote().resultRoot().equals(root)).toList();
            if (!validators.isQuorum(votes.stream().map(SignedMessage::sender).toList())) {
                continue;
            }
            CommitCertificate certificate = new CommitCertificate(channel, s.height, round, hash.get(), root, votes);
            machine.commit(new CommittedBlock(block.block(), block.txs(), certificate));
            return true;
        }
        return false;
    }

    /** A complaint quorum for round {@code r >= current} moves to {@code r + 1}. */
    private boolean changeRound() {
        List<Long> rounds = new ArrayList<>(s.tally.rounds(MessageType.COMPLAINT));
        Collections.reverse(rounds);
        for (long round : rounds) {
            if (round < s.round) {
                return false;
            }
            if (s.tally.hasQuorum(MessageType.COMPLAINT, round, Vote.NIL, validators)) {
                List<SignedMessage> complaints = s.tally.votesFor(MessageType.COMPLAINT, round, Vote.NIL);
                machine.enterRound(round + 1, new ComplaintCertificate(channel, s.height, round, complaints));
                return true;
            }
        }
        return false;
    }

    /** The leader proposes its valid block, or a new one when the interval has passed and there is work. */
    private boolean propose() {
        if (s.step != HeightState.Step.PROPOSE || s.proposed || s.hasComplained() || s.proposals.containsKey(s.round)
                || !machine.isLeader()) {
            return false;
        }
        CandidateBlock block = s.validBlock;
        if (block == null) {
            if (s.round == 0) {
                if (!machine.chain().hasWork()) {
                    return false;
                }
                Duration left = machine.untilIntervalPassed();
                if (!left.isZero()) {
                    machine.waitForInterval(left);
                    return false;
                }
            }
            block = machine.buildBlock().orElse(null);
            if (block == null) {
                return false;
            }
        }
        s.proposed = true;
        machine.send(new Proposal(channel, s.height, s.round, block, s.validBlock == null ? -1 : s.validRound,
                machine.currentHead().certificate(), s.roundCertificate));
        return true;
    }

    /** Prevote the round's proposal unless locked against it (the locking rule), else nil. */
    private boolean prevote() {
        SignedMessage m = s.proposals.get(s.round);
        if (s.step != HeightState.Step.PROPOSE || m == null) {
            return false;
        }
        Proposal p = (Proposal) m.payload();
        String hash = p.blockHash();
        boolean lockAllows = s.lockedRound == -1 || hash.equals(s.lockedHash);
        if (p.validRound() >= 0) {
            if (!s.tally.hasQuorum(MessageType.PREVOTE, p.validRound(), hash, validators)) {
                return false;
            }
            lockAllows = lockAllows || s.lockedRound <= p.validRound();
        }
        String vote = lockAllows && !s.hasComplained() ? hash : Vote.NIL;
        s.step = HeightState.Step.PREVOTE;
        machine.send(Vote.prevote(channel, s.height, s.round, vote, rootOf(vote)));
        return true;
    }

    /** On a prevote quorum: for a known block, remember it as valid, lock on it and precommit it; for nil, precommit nil. */
    private boolean precommit() {
        if (s.step != HeightState.Step.PREVOTE) {
            return false;
        }
        Optional<String> quorum = s.tally.quorumHash(MessageType.PREVOTE, s.round, validators);
        if (quorum.isEmpty() || (!quorum.get().isEmpty() && !s.knownBlocks.containsKey(quorum.get()))) {
            return false;
        }
        String vote = quorum.get();
        if (!vote.isEmpty()) {
            s.validBlock = s.knownBlocks.get(vote);
            s.validRound = s.round;
            if (s.hasComplained()) {
                vote = Vote.NIL;
            } else {
                s.lockedHash = vote;
                s.lockedRound = s.round;
            }
        }
        s.step = HeightState.Step.PRECOMMIT;
        machine.send(Vote.precommit(channel, s.height, s.round, vote, rootOf(vote)));
        return true;
    }

    /** The result root of the known block {@code hash}; {@code ""} for nil. */
    private String rootOf(String hash) {
        CandidateBlock block = hash.isEmpty() ? null : s.knownBlocks.get(hash);
        return block == null ? "" : block.block().resultRoot();
    }
}
