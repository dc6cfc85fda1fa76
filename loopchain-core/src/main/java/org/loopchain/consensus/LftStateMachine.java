package org.loopchain.consensus;

import java.time.Clock;
import java.util.List;
import java.util.Map;
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
 * <p><b>Validator changes.</b> The validators of height {@code h} are {@link ValidatorSets#at}
 * {@code (h)}: a change committed in block {@code H} is in effect from {@code H + 2}, so the sets of
 * the height being decided and of the next are fixed by blocks already committed. The leader
 * schedule, the quorums, which senders are admitted and which commit certificate proves a block all
 * use the set of the message's or block's own height; a peer that replays or syncs the chain meets
 * each change at the same height as everyone else.
 *
 * <p>Single-threaded: every entry point must be called from the channel's one event queue.
 */
public final class LftStateMachine {

    private static final Logger LOG = Logger.getLogger(LftStateMachine.class.getName());

    private final LftConfig config;
    private final ValidatorSets validators;
    private final Chain chain;
    private final MessageSigner signer;
    private final DropCounter drops;
    private final MessageFilter filter;
    private final MessageRecorder recorder;
    private final CatchUp catchUp;
    private final RoundTimers timers;
    /** The height and round {@link #logRoundChange} last saw. */
    private long loggedHeight = -1;
    private long loggedRound;
    private final Outbox outbox;
    private final NextHeightBuffer nextHeight = new NextHeightBuffer();
    private ChainHead head;
    private HeightState state;
    private RoundRules rules;

    public LftStateMachine(LftConfig config, ValidatorSet validators, Chain chain, Network network,
            ConsensusScheduler scheduler, Clock clock, MessageSigner signer) {
        this(config, ValidatorSets.fixed(validators), chain, network, scheduler, clock, signer);
    }

    public LftStateMachine(LftConfig config, ValidatorSets validators, Chain chain, Network network,
            ConsensusScheduler scheduler, Clock clock, MessageSigner signer) {
        this.config = config;
        this.validators = validators;
        this.chain = chain;
        this.signer = signer;
        this.drops = new DropCounter(config.channel() + "/" + signer.peerId());
        this.filter = new MessageFilter(config.channel(), validators, drops);
        this.recorder = new MessageRecorder(chain, drops, new ProposalValidator(config, validators, chain, drops));
        this.catchUp = new CatchUp(config, validators, chain, network, clock, signer, drops, () -> head, this::commit);
        this.timers = new RoundTimers(config, scheduler, clock);
        this.outbox = new Outbox(config.channel(), signer, network);
    }

    /** Loads the head from the chain and starts deciding the next height. */
    public void start() {
        head = chain.head();
        enterHeight();
        afterEvent();
    }

    /** A message from the network: validated, then recorded, then the protocol rules run. */
    public void onMessage(SignedMessage message) {
        if (state == null || !filter.admit(message, state.height())) {
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
        if (state == null || !timers.fired(key, state.height(), state.round().round())) {
            return;
        }
        if (key.kind() == TimerKey.Kind.ROUND) {
            outbox.roundTimedOut(state);
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

    /** The validators of the height being decided. */
    public ValidatorSet validators() {
        return validators.at(state == null ? 1 : state.height());
    }

    /** The leader of the height and round being decided. */
    public Validator leader() {
        return schedule(state.height()).leader(state.height(), head.roundShift(), state.round().round());
    }

    /** Dropped-message counts by reason label, for a metric. */
    public Map<String, Long> droppedCounts() {
        return drops.snapshot();
    }

    /** The complaints about a leader this validator signed (once per round its timer ran out in). */
    public long complaintsSent() {
        return outbox.complaints();
    }

    private void route(SignedMessage m) {
        long height = state.height();
        if (m.height() < height) {
            drops.drop(DropReason.TOO_OLD, m, "height " + height + " is being decided");
            if (needsBlocks(m.height())) {
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
            recorder.recordVote(state, m, v);
            if (v.type() == MessageType.COMPLAINT && m.round() < state.round().round()) {
                outbox.certifyRound(state, m.sender());
            }
        }
    }

    private void bufferForNextHeight(SignedMessage m) {
        if (m.payload() instanceof Proposal p && certifiesAKnownBlockOfThisHeight(p.previousCommit())) {
            CandidateBlock b = state.block(p.previousCommit().blockHash()).orElseThrow();
            commit(new CommittedBlock(b.block(), b.txs(), p.previousCommit()));
            route(m);
        } else if (!nextHeight.hold(m)) {
            drops.drop(DropReason.TOO_FAR_AHEAD, m, "next-height buffer full for " + m.sender());
        }
    }

    /**
     * Whether a validator that speaks of {@code theirHeight}, below the one being decided, should be
     * sent blocks: one height behind is the normal race right after this peer's commit (this peer's
     * precommit lets it commit too), so only once a sync interval has passed.
     */
    private boolean needsBlocks(long theirHeight) {
        return theirHeight < state.height() - 1 || !timers.committedLately();
    }

    private boolean certifiesAKnownBlockOfThisHeight(CommitCertificate c) {
        return c != null && state.knows(c.blockHash()) && c.height() == state.height()
                && c.verify(validators.at(c.height())).isEmpty();
    }

    private void onProposal(SignedMessage m, Proposal p) {
        if (recorder.recordProposal(state, head, m, p) && p.round() > state.round().round()) {
            state.enterRound(p.round(), p.complaint());
        }
    }

    /**
     * Runs the protocol rules until none applies (a rule that commits replaces them with the next
     * height's), then makes sure the round timer runs if it should.
     */
    private void afterEvent() {
        while (rules.applyOne()) {
            continue;
        }
        if (heightUnderWay()) {
            timers.armRoundTimer(state.height(), state.round().round());
        }
        logRoundChange();
    }

    /**
     * One INFO line when this peer moves to a later round of a height: rare (a leader that did not get
     * its block agreed in time), and what a slow recovery is read from afterwards.
     */
    private void logRoundChange() {
        long h = state.height();
        long r = state.round().round();
        if (h != loggedHeight) {
            loggedHeight = h;
            loggedRound = r;
        }
        if (r > loggedRound) {
            long from = loggedRound;
            loggedRound = r;
            ComplaintCertificate opened = state.round().certificate();
            LOG.info(() -> "channel " + config.channel() + ": h=" + h + " round " + from + " -> " + r + " (leader "
                    + leader().peerId() + ", patience " + config.roundTimeout(r).toMillis() / 1000.0 + " s)"
                    + (opened == null ? "" : ": complaints about round " + opened.round() + " from "
                    + opened.complaints().stream().map(SignedMessage::sender).sorted().toList()));
        }
    }

    /** Whether the height has begun: past round 0, a proposal seen, or work to propose. */
    private boolean heightUnderWay() {
        return state.round().round() > 0 || state.hasProposals() || chain.hasWork();
    }

    private void commit(CommittedBlock block) {
        ChainHead next = head.next(block, schedule(block.height()));
        chain.commit(block);
        validators.committed(block);
        head = next;
        timers.committed(block);
        LOG.fine(() -> signer.peerId() + " commits " + block.block().hash() + " at h=" + block.height()
                + " r=" + block.certificate().round());
        enterHeight();
    }

    private void enterHeight() {
        long height = head.height() + 1;
        state = new HeightState(height);
        ValidatorSet set = validators.at(height);
        outbox.votes(set.contains(signer.peerId()));
        rules = new RoundRules(state, set, config.channel(), new Proposer(schedule(height), chain, head, signer.peerId()),
                timers, outbox, new RulesHost());
        nextHeight.release().forEach(this::route);
    }

    private LeaderSchedule schedule(long height) {
        return new LeaderSchedule(validators.at(height).validators(), config.maxMadeBlockCount());
    }

    /** The state machine as {@link RoundRules} sees it. */
    private final class RulesHost implements RoundRules.Host {

        @Override
        public void commit(CommittedBlock block) {
            LftStateMachine.this.commit(block);
        }

        /** Asks a voter once the sync check has fired (the proposal usually arrives first), else arms it. */
        @Override
        public void requestSyncFrom(List<SignedMessage> votes) {
            if (timers.syncDue(state.height())) {
                votes.stream().map(SignedMessage::sender).filter(s -> !s.equals(signer.peerId())).findFirst()
                        .ifPresent(catchUp::request);
            } else {
                timers.armSyncCheck(state.height(), state.round().round());
            }
        }
    }
}
