package org.loopchain.channel;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.loopchain.consensus.ChainHead;
import org.loopchain.consensus.CommittedBlock;
import org.loopchain.consensus.ConsensusCodec;
import org.loopchain.consensus.LftConfig;
import org.loopchain.consensus.LftStateMachine;
import org.loopchain.consensus.MessageSigner;
import org.loopchain.consensus.MessageType;
import org.loopchain.consensus.Network;
import org.loopchain.consensus.SignedMessage;
import org.loopchain.consensus.TimerKey;
import org.loopchain.consensus.TxRequest;
import org.loopchain.consensus.Validator;
import org.loopchain.consensus.ValidatorSet;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.tx.Transaction;
import org.loopchain.validators.AdminSignatures;
import org.loopchain.validators.StoredHistory;
import org.loopchain.validators.ValidatorHistory;

/**
 * One channel on a peer: its pool of waiting transactions, its stored chain and the LFT state
 * machine that agrees blocks with the channel's other validators.
 *
 * <p>Everything below the constructor's fields is confined to {@code loop}, the channel's one
 * ordered event queue: local and relayed transactions, consensus messages and timers all arrive
 * as tasks on it, so the state machine runs single-threaded; other threads read only the immutable
 * {@link ChannelStatus}. A block, its transactions and its certificate are stored in one
 * transaction; the acknowledged transactions that no block holds are reloaded into the pool on
 * start and relayed again, so an acknowledged transaction always ends in a later block.
 */
public final class Channel {

    private static final Logger LOG = Logger.getLogger(Channel.class.getName());
    private static final Duration PROBE_EVERY = Duration.ofSeconds(3);
    /**
     * Probes without a new block before waiting own transactions are relayed again regardless of
     * blocks with room ({@link Resends}); more than an overloaded network takes per block.
     */
    private static final int STALLED_PROBES_BEFORE_RESEND = 3;

    private final ChannelSettings settings;
    private final ChainStore store;
    private final PeerKey key;
    private final ChannelLoop loop;
    private final Transport transport;
    private final Clock clock;
    private final ConsensusCodec codec;
    private final TxPool pool = new TxPool();
    private final VerifiedTransactions verified = new VerifiedTransactions();
    private final ChannelChain chain;
    private final ProposalTxs proposalTxs;
    private final Resends resends;
    private final Relays relays;

    private LftStateMachine machine;
    private LftConfig config;
    private volatile ValidatorSet validators;
    private ValidatorSet genesis;
    private AdminSignatures admins;
    private volatile ValidatorHistory history;
    private Set<String> memberKeys = Set.of();
    private long madeBlockCount;
    private long totalTx;
    private long lastCommitMicros;
    private long leaderChanges;
    /** Complaints signed by the state machines a reload replaced. */
    private long earlierComplaints;
    private int probe;
    private long probedAtHeight = -1;
    private int stalledProbes;
    private volatile ChannelStatus status = ChannelStatus.loading();
    private final AtomicLong undecodable = new AtomicLong();

    public Channel(ChannelSettings settings, ChainStore store, PeerKey key, MicrosClock micros, Clock clock,
            ChannelLoop loop, Transport transport, ConsensusCodec codec) {
        this(settings, store, key, micros, clock, loop, transport, codec, BlockExecutor.NONE);
    }

    public Channel(ChannelSettings settings, ChainStore store, PeerKey key, MicrosClock micros, Clock clock,
            ChannelLoop loop, Transport transport, ConsensusCodec codec, BlockExecutor executor) {
        this.settings = settings;
        this.store = store;
        this.key = key;
        this.clock = clock;
        this.loop = loop;
        this.transport = transport;
        this.codec = codec;
        this.chain = new ChannelChain(settings, store, pool, key, micros, codec, k -> memberKeys.contains(k),
                this::committed, clock, executor, verified);
        this.proposalTxs = new ProposalTxs(pool::get, () -> machine == null ? 0 : machine.height(), loop::schedule,
                this::ask);
        this.resends = new Resends(settings.maxBlockTxNum(), PROBE_EVERY.toNanos() / 1000);
        this.relays = new Relays(() -> validators != null && validators.size() > 1, loop::schedule,
                text -> transport.transactions(name(), text));
    }

    public String name() {
        return settings.name();
    }

    public ChannelSettings settings() {
        return settings;
    }

    public ChannelStatus status() {
        return status;
    }

    /**
     * Loads the head (writing genesis on first start) and the pending pool, on the calling thread: call
     * it once, before the channel is handed to anything that queues work on its loop (the loop's first
     * task then sees what this wrote). Not on the loop and waited for: a server may hold the loop
     * thread's calls into the store until the caller, a starting bean, has returned (WildFly does).
     */
    public void load() {
        try {
            chain.load();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "channel " + name() + " failed to load", e);
            throw new IllegalStateException("cannot load channel " + name() + ": " + e, e);
        }
        store.pending(name()).forEach(pool::add);
        totalTx = store.committedTxCount(name());
        LOG.info(() -> "channel " + name() + ": height " + chain.head().height() + ", " + totalTx
                + " committed tx, " + pool.size() + " pending tx");
        publish();
    }

    /**
     * Starts agreeing blocks with {@code validators} (this peer among them, or alone). Relays the
     * pending transactions this peer acknowledged, then keeps probing the others for blocks it missed.
     */
    public void startConsensus(ValidatorSet validators, LftConfig config) {
        startConsensus(validators, config, new AdminSignatures(name(), List.of()));
    }

    /**
     * As {@link #startConsensus(ValidatorSet, LftConfig)}, with {@code genesis} as the validators of
     * height 1 and {@code admins} as the keys whose signed changes ({@link ValidatorHistory}) change
     * them later; the changes committed so far are read from the store.
     */
    public void startConsensus(ValidatorSet genesis, LftConfig config, AdminSignatures admins) {
        loop.execute(() -> {
            this.genesis = genesis;
            this.admins = admins;
            this.config = config;
            newMachine();
            relays.now(pool.oldest(Integer.MAX_VALUE).stream().filter(this::mine).toList());
            loop.schedule(this::probe, PROBE_EVERY);
            publish();
        });
    }

    /** The channel's validator history (every height's set, the committed changes); empty until consensus starts. */
    public Optional<ValidatorHistory> validatorHistory() {
        return Optional.ofNullable(history);
    }

    /** The validators of the height this channel is deciding; empty until consensus starts. */
    public Optional<ValidatorSet> validators() {
        return Optional.ofNullable(validators);
    }

    /** The transactions this channel has checked already (relays may be checked off its queue, in parallel). */
    public VerifiedTransactions verified() {
        return verified;
    }

    /** Transactions this peer acknowledged (already durable): pooled and relayed to the other peers. */
    public void accept(List<Transaction> txs) {
        txs.forEach(verified::remember);
        loop.execute(() -> {
            txs.forEach(pool::add);
            relays.soon(txs);
            workArrived();
            proposalsCompleted();
        });
    }

    /**
     * Transactions relayed by another peer: pooled unless a recent block holds them. No database
     * lookup here (it would hold up the queue once per transaction); a block that brings back an
     * older committed transaction is refused when validated.
     */
    public void acceptRelayed(List<Transaction> txs) {
        loop.execute(() -> {
            for (Transaction tx : txs) {
                if (tx.channel().equals(name()) && !chain.recentlyCommitted(tx.hash())) {
                    pool.add(tx);
                }
            }
            workArrived();
            proposalsCompleted();
        });
    }

    /**
     * A decoded consensus message from another peer. Proposals name their transactions by hash and
     * are completed from the pool first ({@link ProposalTxs}); requests for transactions are
     * answered here by relaying them.
     */
    public void onMessage(SignedMessage message) {
        loop.execute(() -> {
            if (machine == null) {
                return;
            }
            if (message.type() == MessageType.TX_REQUEST) {
                answer(message);
            } else {
                proposalTxs.admit(message, setFor(message)).ifPresent(m -> guarded(() -> machine.onMessage(m)));
            }
        });
    }

    /** The machine drops and counts a request from a non-member or with a bad signature; the target answers. */
    private void answer(SignedMessage request) {
        guarded(() -> machine.onMessage(request));
        if (request.payload() instanceof TxRequest r && r.targetPeerId().equals(settings.peerId())) {
            relays.now(proposalTxs.serve(request, setFor(request), settings.peerId(), settings.maxBlockTxNum()));
        }
    }

    /** The validators of the message's height, as far ahead as they are known (the height after the next). */
    private ValidatorSet setFor(SignedMessage message) {
        return history.at(Math.min(message.height(), chain.head().height() + 2));
    }

    private void ask(TxRequest request) {
        LOG.fine(() -> "channel " + name() + ": asking " + request.targetPeerId() + " for " + request.hashes().size()
                + " transactions of its proposal at height " + request.height());
        transport.consensus(name(), "tx_request", codec.encode(SignedMessage.sign(request,
                MessageSigner.of(settings.peerId(), key))));
    }

    private void proposalsCompleted() {
        if (machine != null) {
            proposalTxs.completed().forEach(m -> guarded(() -> machine.onMessage(m)));
        }
    }

    /**
     * Runs {@code read} on the channel's queue, between blocks, so it sees one committed state (SCORE
     * queries); the future completes with its answer.
     */
    public <T> CompletableFuture<T> between(Supplier<T> read) {
        return CompletableFuture.supplyAsync(read, loop::execute);
    }

    /** The committed head; only from the channel's queue (inside {@link #between}). */
    public ChainHead head() {
        return chain.head();
    }

    /** Counts a message for this channel that could not even be decoded (garbage on the topic). */
    public void droppedUndecodable() {
        undecodable.incrementAndGet();
    }

    /** Dropped consensus messages by reason (for the status and metrics). */
    public Map<String, Long> droppedCounts() {
        LftStateMachine m = machine;
        Map<String, Long> counts = new TreeMap<>(m == null ? Map.of() : m.droppedCounts());
        if (undecodable.get() > 0) {
            counts.put("undecodable", undecodable.get());
        }

        return counts;
    }

    private void workArrived() {
        if (machine != null) {
            guarded(machine::onWorkAvailable);
        }
        publish();
    }

    private void newMachine() {
        if (machine != null) {
            earlierComplaints += machine.complaintsSent();
        }
        history = StoredHistory.restore(new ValidatorHistory(name(), genesis, admins),
                store.state(name(), StoredHistory.KEY_HEX).orElse(null));
        chain.useValidators(history, config.maxMadeBlockCount());
        refreshValidators();
        machine = new LftStateMachine(config, history, chain, new LoopNetwork(), this::scheduleTimer, clock,
                MessageSigner.of(settings.peerId(), key));
        machine.start();
    }

    /**
     * Runs a state-machine step. If it fails (the store refused a commit, say), the channel starts
     * over from what the store holds, exactly as after a restart: nothing half-done survives.
     */
    private void guarded(Runnable step) {
        try {
            step.run();
        } catch (ExecutionDivergedException e) {
            LOG.severe(() -> e.getMessage() + "; reloading from the store");
            reload();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "channel " + name() + ": consensus step failed; reloading from the store", e);
            reload();
        }
        publish();
    }

    private void reload() {
        chain.load();
        pool.removeAll(store.committedAmong(name(),
                pool.oldest(Integer.MAX_VALUE).stream().map(Transaction::hash).toList()));
        newMachine();
    }

    private boolean mine(Transaction tx) {
        return tx.meta().peerId().equals(settings.peerId());
    }

    private void scheduleTimer(TimerKey timer, Duration delay) {
        LftStateMachine owner = machine;
        loop.schedule(() -> {
            if (machine == owner) {
                guarded(() -> machine.onTimeout(timer));
            }
        }, delay);
    }

    /**
     * Every few seconds: if the head has not moved for two probes, asks one other validator
     * (round robin) for blocks above it (a peer that commits needs no help, and an answer it does
     * not need is a whole block on the wire); and relays again this peer's own transactions whose
     * wait a lost relay would explain ({@link Resends}).
     */
    private void probe() {
        List<Validator> others = validators.validators().stream()
                .filter(v -> !v.peerId().equals(settings.peerId())).toList();
        if (!others.isEmpty()) {
            long height = chain.head().height();
            stalledProbes = height == probedAtHeight ? stalledProbes + 1 : 0;
            if (stalledProbes >= 2) {
                String target = others.get(probe++ % others.size()).peerId();
                guarded(() -> machine.requestSync(target));
            }
            probedAtHeight = height;
            relays.now(resends.due(pool.oldest(settings.maxBlockTxNum()).stream().filter(this::mine).toList(),
                    MicrosClock.micros(clock.instant()), stalledProbes >= STALLED_PROBES_BEFORE_RESEND));
        }
        loop.schedule(this::probe, PROBE_EVERY);
    }

    /** The validators of the next height, and the keys whose v1 transactions a block may hold. */
    private void refreshValidators() {
        validators = history.at(chain.head().height() + 1);
        memberKeys = validators.validators().stream().map(Validator::publicKeyBase64).collect(Collectors.toSet());
    }

    private void committed(CommittedBlock block) {
        refreshValidators();
        totalTx += block.txs().size();
        lastCommitMicros = block.block().timestampMicros();
        resends.committed(lastCommitMicros, block.txs().size());
        if (block.block().peerId().equals(settings.peerId())) {
            madeBlockCount++;
        }
    }


    /**
     * Publishes the status snapshot. A change of leader is counted here, between two snapshots (one
     * after every event), so leaders that came and went within one event (a catch-up of several
     * blocks) count as one change.
     */
    private void publish() {
        var head = chain.head();
        String leader = "";
        long round = 0;
        long complaints = earlierComplaints;
        if (machine != null) {
            round = machine.round();
            leader = machine.leader().peerId();
            complaints += machine.complaintsSent();
        }
        String before = status.leader();
        if (!before.isEmpty() && !leader.isEmpty() && !before.equals(leader)) {
            leaderChanges++;
        }
        status = new ChannelStatus(head.height(), head.block().hash(), totalTx, madeBlockCount, pool.size(),
                lastCommitMicros, round, leader, role(leader), leaderChanges, complaints, chain.verifyTimes(),
                chain.storeTimes());
    }

    private String role(String leader) {
        if (machine == null) {
            return "waiting for validators";
        }
        if (leader.equals(settings.peerId())) {
            return "leader";
        }
        if (validators.contains(settings.peerId())) {
            return "validator";
        }
        return validators.audits(settings.peerId()) ? "audit" : "observer";
    }

    /**
     * Consensus messages leave through the transport; sync traffic too (the target filters). A peer
     * that does not validate (an audit peer, an observer) only asks for blocks: it never votes.
     */
    private final class LoopNetwork implements Network {
        @Override
        public void broadcast(SignedMessage message) {
            boolean validates = validators.contains(settings.peerId());
            boolean alone = validates && validators.size() <= 1 && !validators.hasAuditors();
            if (alone || !validates && message.type() != MessageType.SYNC_REQUEST) {
                return; // nobody to tell; a non-validator has nothing to say but "send me blocks"
            }
            transport.consensus(name(), message.type().name().toLowerCase(Locale.ROOT), codec.encode(message));
        }

        @Override
        public void send(String peerId, SignedMessage message) {
            broadcast(message);
        }
    }
}
