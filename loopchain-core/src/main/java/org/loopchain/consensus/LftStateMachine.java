package org.loopchain.consensus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * LFT for one channel: Tendermint's two-vote BFT agreement (Buchman, Kwon, Milosevic, "The latest
 * gossip on BFT consensus", 2018) with loopchain's leader complaints in place of round timeouts.
 *
 * <p><b>Phases.</b> Height {@code h = head + 1} is decided in rounds {@code 0, 1, ...}. In round
 * {@code r} the {@link LeaderSchedule} leader proposes a block (at most once per block interval
 * after the last block was made, and only when the host has work), or re-proposes its valid block. Each
 * validator then PREVOTEs the proposal or nil; on a prevote quorum for block B it locks on
 * {@code (B, r)} and PRECOMMITs B (on a nil quorum it precommits nil); a precommit quorum for B in
 * any round commits B with that quorum as its {@link CommitCertificate}. If the round's timer
 * ({@code TIMEOUT_FOR_LEADER_COMPLAIN}, doubling per round) fires before the height commits, the
 * validator sends a COMPLAINT and from then on votes nil in that round. A complaint quorum for
 * {@code (h, r)}, seen one by one or as a certificate in a later proposal, moves everyone to round
 * {@code r + 1}, whose leader's proposal carries that {@link ComplaintCertificate}.
 *
 * <p><b>Locking rule.</b> A validator locked on {@code (B, lr)} prevotes a proposal for another
 * block only if the proposal's valid round {@code vr} satisfies {@code lr <= vr < r} and it has seen
 * a prevote quorum for that block in round {@code vr}; a proposal with {@code vr = -1} it prevotes
 * only if unlocked or locked on the same block. Locks move only forward. A quorum is counted over
 * signed votes for one block, so a validator that equivocates counts towards each block it signed
 * ({@link VoteTally}); otherwise a liar could keep a peer from ever seeing the quorum that locked
 * another.
 *
 * <p><b>Quorums.</b> Every quorum of the {@link ValidatorSet} weighs more than {@code rW} of the total
 * weight {@code W}, with {@code r >= 2/3}, whatever the groups say (groups only take quorums away).
 * So two quorums share more than {@code (2r - 1)W >= W/3}: with faulty weight below {@code W/3}, an
 * honest validator is in both, and a quorum's honest part alone weighs more than {@code W/3}.
 *
 * <p><b>Invariant (safety).</b> If faulty weight stays below a third (so two quorums share an honest
 * validator), no two honest validators commit different blocks at one height: a commit of B in
 * round r needs a precommit quorum, so more than a third of honest weight is locked on
 * {@code (B, r)}; no later round can gather a prevote quorum for another block, since that needs one
 * of them to prevote it, which the locking rule forbids unless a prevote quorum for that block
 * existed in a round {@code >= r}, and by induction none did. Complaints only change who proposes,
 * never what may be voted, so they cannot break this. Commits are final; there is no rollback.
 *
 * <p><b>Liveness.</b> After the network stabilises, the round timer of a stuck round fires again and
 * again, re-sending this peer's messages of the round and the certificate that opened it, until a
 * round with an honest leader commits. Heights ahead of this peer's make it sync committed blocks
 * ({@link CatchUp}); a peer that speaks about a committed height is sent the blocks it misses.
 *
 * <p>Single-threaded: every entry point must be called from the channel's one event queue.
 */
public final class LftStateMachine {

    private static final Logger LOG = Logger.getLogger(LftStateMachine.class.getName());
    private static final int FUTURE_BUFFER_PER_VALIDATOR = 8;

    private final LftConfig config;
    private final ValidatorSet validators;
    private final LeaderSchedule schedule;
    private final Chain chain;
    private final Network network;
    private final ConsensusScheduler scheduler;
    private final Clock clock;
    private final MessageSigner signer;
    private final DropCounter drops;
    private final MessageFilter filter;
    private final ProposalValidator proposalValidator;
    private final CatchUp catchUp;
    private final List<SignedMessage> nextHeight = new ArrayList<>();
    private ChainHead head;
    private HeightState state;
    private RoundRules rules;
    private Instant lastCommitAt = Instant.MIN;
    /** When the block interval before the next proposal started ({@link #untilIntervalPassed}). */
    private Instant intervalFrom = Instant.MIN;

    public LftStateMachine(LftConfig config, ValidatorSet validators, Chain chain, Network network,
            ConsensusScheduler scheduler, Clock clock, MessageSigner signer) {
        this.config = config;
        this.validators = validators;
        this.schedule = new LeaderSchedule(validators.validators(), config.maxMadeBlockCount());
        this.chain = chain;
        this.network = network;
        this.scheduler = scheduler;
        this.clock = clock;
        this.signer = signer;
        this.drops = new DropCounter(config.channel() + "/" + signer.peerId());
        this.filter = new MessageFilter(config.channel(), validators, drops);
        this.proposalValidator = new ProposalValidator(config, validators, schedule, chain, drops);
        this.catchUp = new CatchUp(config, validators, chain, network, clock, signer, drops, () -> head, this::commit);
    }

    /** Loads the head from the chain and starts deciding the next height. */
    public void start() {
        head = chain.head();
        enterHeight();
        afterEvent();
    }

    /** A message from the network: validated, then recorded, then the protocol rules run. */
    public void onMessage(SignedMessage message) {
        if (state == null || !filter.admit(message)) {
            return;
        }
        switch (message.type()) {
            case SYNC_REQUEST -> catchUp.serve(message);
            case SYNC_RESPONSE -> catchUp.apply(message);
            case TX_REQUEST -> { } // answered by the channel, from its pool
            default -> route(message);
        }
        afterEvent();
    }

    /** A timer set through {@link ConsensusScheduler} fired; stale ones are ignored. */
    public void onTimeout(TimerKey key) {
        if (state != null && key.kind() == TimerKey.Kind.SYNC_CHECK && key.height() == state.height()) {
            state.syncCheckFired();
            afterEvent();
            return;
        }
        if (state == null || key.height() != state.height() || key.round() != state.round().round()) {
            return;
        }
        if (key.kind() == TimerKey.Kind.BLOCK_INTERVAL) {
            state.round().intervalTimerFired();
        } else {
            state.round().roundTimerFired();
            onRoundTimeout();
        }
        afterEvent();
    }

    /** The host has transactions waiting (or empty blocks became allowed). */
    public void onWorkAvailable() {
        if (state != null) {
            afterEvent();
        }
    }

    /**
     * Asks {@code target} for committed blocks above the head (rate-limited): how a peer that
     * restarted behind an idle network learns what it missed.
     */
    public void requestSync(String target) {
        if (state != null) {
            catchUp.request(target);
        }
    }

    public ChainHead head() {
        return head;
    }

    public long height() {
        return state.height();
    }

    public long round() {
        return state.round().round();
    }

    /** Dropped-message counts by reason label, for a metric. */
    public Map<String, Long> droppedCounts() {
        return drops.snapshot();
    }

    private void route(SignedMessage m) {
        long height = state.height();
        if (m.height() < height) {
            drops.drop(DropReason.TOO_OLD, m, "height " + height + " is being decided");
            // one height behind right after our commit is the normal race: our precommit lets it commit
            if (m.height() < height - 1 || clock.instant().isAfter(lastCommitAt.plus(config.syncInterval()))) {
                catchUp.offer(m.sender(), m.height());
            }
        } else if (m.height() > height + 1) {
            drops.drop(DropReason.TOO_FAR_AHEAD, m, "height " + height + " is being decided; syncing");
            catchUp.request(m.sender());
        } else if (m.height() == height + 1) {
            bufferForNextHeight(m);
        } else if (m.round() > state.round().round() + config.roundWindow()) {
            drops.drop(DropReason.TOO_FAR_AHEAD, m, "round " + state.round().round() + " is current");
        } else if (m.payload() instanceof Proposal p) {
            onProposal(m, p);
        } else if (m.payload() instanceof Vote v) {
            onVote(m, v);
        }
    }

    private void bufferForNextHeight(SignedMessage m) {
        if (m.payload() instanceof Proposal p && p.previousCommit() != null
                && state.knows(p.previousCommit().blockHash())
                && p.previousCommit().height() == state.height() && p.previousCommit().verify(validators).isEmpty()) {
            CandidateBlock b = state.block(p.previousCommit().blockHash()).orElseThrow();
            commit(new CommittedBlock(b.block(), b.txs(), p.previousCommit()));
            route(m);
        } else if (nextHeight.stream().filter(o -> o.sender().equals(m.sender())).count() < FUTURE_BUFFER_PER_VALIDATOR) {
            nextHeight.add(m);
        } else {
            drops.drop(DropReason.TOO_FAR_AHEAD, m, "next-height buffer full for " + m.sender());
        }
    }

    private void onProposal(SignedMessage m, Proposal p) {
        Optional<HeightState.SignedProposal> first = state.proposalIn(p.round());
        if (first.isPresent()) {
            boolean same = first.get().proposal().blockHash().equals(p.blockHash());
            if (!same && first.get().message().sender().equals(m.sender())) {
                chain.equivocation(new Equivocation(first.get().message(), m));
            }
            drops.drop(same ? DropReason.DUPLICATE : DropReason.EQUIVOCATION, m, "a proposal for this round is known");
            return;
        }
        if (!proposalValidator.valid(m, head, state.knownBlocks())) {
            return;
        }
        state.addProposal(m, p);
        if (p.round() > state.round().round()) {
            enterRound(p.round(), p.complaint());
        }
    }

    /** A prevote, precommit or complaint: counted in the height's tally. */
    private void onVote(SignedMessage m, Vote v) {
        Optional<HeightState.SignedProposal> proposal = state.proposalIn(v.round());
        if (!v.isNil() && !state.knows(v.blockHash()) && proposal.isPresent()) {
            drops.drop(DropReason.UNKNOWN_BLOCK, m, "the round's proposal is " + proposal.get().proposal().blockHash());
            return;
        }
        VoteTally tally = state.tally();
        switch (tally.add(m)) {
            case DUPLICATE -> drops.drop(DropReason.DUPLICATE, m, "already counted");
            case EQUIVOCATION -> {
                chain.equivocation(new Equivocation(tally.first(m).orElseThrow(), m));
                if (v.isNil() || state.knows(v.blockHash())) {
                    tally.addConflicting(m); // counts for its own block, as Tendermint counts votes
                }
                drops.drop(DropReason.EQUIVOCATION, m, "a different vote was counted first");
            }
            default -> { }
        }
    }

    private void onRoundTimeout() {
        RoundState r = state.round();
        List<SignedMessage> resend = new ArrayList<>(r.sent());
        if (r.complain()) {
            LOG.fine(() -> signer.peerId() + " complains about the leader of h=" + state.height() + " r=" + r.round());
            send(Vote.complaint(config.channel(), state.height(), r.round()));
        }
        if (r.certificate() != null) {
            resend.addAll(r.certificate().complaints());
        }
        state.validBlock().ifPresent(valid ->
                resend.addAll(state.tally().votesFor(MessageType.PREVOTE, state.validRound(), valid.hash())));
        resend.forEach(network::broadcast);
    }

    /** Runs the protocol rules until none applies, then makes sure the round timer runs if it should. */
    private void afterEvent() {
        while (rules.applyOne()) {
            // each rule may commit, and so replace the rules with the next height's
        }
        armTimers();
    }

    private void armTimers() {
        RoundState r = state.round();
        boolean busy = r.round() > 0 || state.hasProposals() || chain.hasWork();
        if (busy && r.armRoundTimer()) {
            Duration patience = config.roundTimeout(r.round());
            scheduler.schedule(new TimerKey(TimerKey.Kind.ROUND, state.height(), r.round()),
                    r.round() == 0 ? patience.plus(config.blockInterval()) : patience);
        }
    }

    private boolean leads(long round) {
        return schedule.leader(state.height(), head.roundShift(), round).peerId().equals(signer.peerId());
    }

    /**
     * The time until the leader may propose at round 0, zero if it may now: one block interval after
     * the last block was made, as its timestamp says. The timestamp is clamped to the interval before
     * this peer committed it, so a skewed clock moves the next proposal by at most one interval, and
     * a block that took longer than an interval to agree is followed at once.
     */
    private Duration untilIntervalPassed() {
        if (intervalFrom.equals(Instant.MIN)) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), intervalFrom.plus(config.blockInterval()));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private void waitForInterval(Duration left) {
        RoundState r = state.round();
        if (r.armIntervalTimer()) {
            scheduler.schedule(new TimerKey(TimerKey.Kind.BLOCK_INTERVAL, state.height(), r.round()), left);
        }
    }

    /** Signs, records as if received, and broadcasts one of this peer's own messages. */
    private void send(Payload payload) {
        SignedMessage m = SignedMessage.sign(payload, signer);
        state.round().recordSent(m);
        if (payload instanceof Proposal p) {
            state.addProposal(m, p);
        } else {
            state.tally().add(m);
        }
        network.broadcast(m);
    }

    /**
     * A precommit quorum for a block this peer does not have: asks one of its voters for it once the
     * sync check has fired (the proposal usually arrives first), else schedules that check.
     */
    private void requestSyncFrom(List<SignedMessage> votes) {
        if (state.syncDue()) {
            votes.stream().map(SignedMessage::sender).filter(s -> !s.equals(signer.peerId())).findFirst()
                    .ifPresent(catchUp::request);
        } else if (state.armSyncCheck()) {
            scheduler.schedule(new TimerKey(TimerKey.Kind.SYNC_CHECK, state.height(), state.round().round()),
                    config.syncInterval());
        }
    }

    private void commit(CommittedBlock block) {
        chain.commit(block);
        head = head.next(block, schedule);
        Instant now = clock.instant();
        lastCommitAt = now;
        intervalFrom = clamp(Instant.EPOCH.plus(block.block().timestampMicros(), ChronoUnit.MICROS),
                now.minus(config.blockInterval()), now);
        LOG.fine(() -> signer.peerId() + " commits " + block.block().hash() + " at h=" + block.height()
                + " r=" + block.certificate().round());
        enterHeight();
    }

    private static Instant clamp(Instant t, Instant min, Instant max) {
        return t.isBefore(min) ? min : t.isAfter(max) ? max : t;
    }

    private void enterRound(long round, ComplaintCertificate certificate) {
        state.enterRound(round, certificate);
    }

    private void enterHeight() {
        state = new HeightState(head.height() + 1);
        rules = new RoundRules(state, validators, config.channel(), new RulesHost());
        List<SignedMessage> replay = new ArrayList<>(nextHeight);
        nextHeight.clear();
        replay.forEach(this::route);
    }

    /** The state machine as {@link RoundRules} sees it. */
    private final class RulesHost implements RoundRules.Host {

        @Override
        public boolean leads(long round) {
            return LftStateMachine.this.leads(round);
        }

        @Override
        public boolean hasWork() {
            return chain.hasWork();
        }

        @Override
        public Duration untilIntervalPassed() {
            return LftStateMachine.this.untilIntervalPassed();
        }

        @Override
        public void waitForInterval(Duration left) {
            LftStateMachine.this.waitForInterval(left);
        }

        @Override
        public Optional<CandidateBlock> buildBlock(long round) {
            return chain.buildBlock(state.height(), round, head.block());
        }

        @Override
        public CommitCertificate previousCommit() {
            return head.certificate();
        }

        @Override
        public void send(Payload payload) {
            LftStateMachine.this.send(payload);
        }

        @Override
        public void commit(CommittedBlock block) {
            LftStateMachine.this.commit(block);
        }

        @Override
        public void enterRound(long round, ComplaintCertificate certificate) {
            LftStateMachine.this.enterRound(round, certificate);
        }

        @Override
        public void requestSyncFrom(List<SignedMessage> votes) {
            LftStateMachine.this.requestSyncFrom(votes);
        }
    }
}
