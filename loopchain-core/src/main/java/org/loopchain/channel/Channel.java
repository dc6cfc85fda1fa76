package org.loopchain.channel;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.loopchain.consensus.ChainHead;
import org.loopchain.consensus.CommittedBlock;
import org.loopchain.consensus.ConsensusCodec;
import org.loopchain.consensus.LftConfig;
import org.loopchain.consensus.LftStateMachine;
import org.loopchain.consensus.MessageSigner;
import org.loopchain.consensus.Network;
import org.loopchain.consensus.SignedMessage;
import org.loopchain.consensus.TimerKey;
import org.loopchain.consensus.Validator;
import org.loopchain.consensus.ValidatorSet;
import org.loopchain.consensus.faults.TestFaults;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.tx.Transaction;
import org.loopchain.validators.AdminSignatures;
import org.loopchain.validators.GenesisRecord;
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

    private final ChannelSettings settings;
    private final ChainStore store;
    private final MessageSigner signer;
    private final ChannelLoop loop;
    private final Clock clock;
    private final TxPool pool = new TxPool();
    private final VerifiedTransactions verified = new VerifiedTransactions();
    private final ChannelValidators validators;
    private final StatusBoard board;
    private final ConsensusOutbox outbox;
    /** The outbox, or a test node's byzantine network around it. */
    private final Network network;
    private final ChannelChain chain;
    private final HeadProbe headProbe;
    private final Relays relays;
    private final MessageIntake intake;

    private LftStateMachine machine;
    private LftConfig config;

    public Channel(ChannelSettings settings, ChainStore store, PeerKey key, MicrosClock micros, Clock clock,
            ChannelLoop loop, Transport transport, ConsensusCodec codec) {
        this(settings, store, key, micros, clock, loop, transport, codec, BlockExecutor.NONE);
    }

    public Channel(ChannelSettings settings, ChainStore store, PeerKey key, MicrosClock micros, Clock clock,
            ChannelLoop loop, Transport transport, ConsensusCodec codec, BlockExecutor executor) {
        this(settings, store, key, micros, clock, loop, transport, codec, executor, TestFaults.NONE);
    }

    /** @param faults a test node's own faults: its consensus messages go through their byzantine network, if any */
    public Channel(ChannelSettings settings, ChainStore store, PeerKey key, MicrosClock micros, Clock clock,
            ChannelLoop loop, Transport transport, ConsensusCodec codec, BlockExecutor executor, TestFaults faults) {
        this.settings = settings;
        this.store = store;
        this.signer = MessageSigner.of(settings.peerId(), key);
        this.clock = clock;
        this.loop = loop;
        this.validators = new ChannelValidators(settings.name(), settings.peerId());
        this.board = new StatusBoard(settings.peerId());
        this.outbox = new ConsensusOutbox(settings.name(), transport, codec, signer, validators);
        this.network = faults.network(outbox, signer, () -> validators.current().isEmpty() ? List.of()
                : validators.others().stream().map(Validator::peerId).toList(), settings.peerId().hashCode());
        this.chain = new ChannelChain(settings, store, pool, key, micros, codec, validators::memberKey,
                this::committed, clock, executor, verified);
        this.headProbe = new HeadProbe(settings.maxBlockTxNum());
        this.relays = new Relays(validators::haveOthers, loop::schedule,
                text -> transport.transactions(name(), text));
        ProposalTxs proposalTxs = new ProposalTxs(pool::get, () -> machine == null ? 0 : machine.height(), loop::schedule,
                outbox::ask);
        this.intake = new MessageIntake(settings, proposalTxs, validators, () -> chain.head().height(), relays);
    }

    public String name() {
        return settings.name();
    }

    public ChannelSettings settings() {
        return settings;
    }

    public ChannelStatus status() {
        return board.status();
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
        board.loaded(store.committedTxCount(name()));
        publish();
        LOG.info(() -> "channel " + name() + ": height " + chain.head().height() + ", " + status().totalTx()
                + " committed tx, " + pool.size() + " pending tx");
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
     * them later; the changes committed so far are read from the store. A stored chain that began with
     * another set is refused: the channel's status says why and it never agrees a block.
     */
    public void startConsensus(ValidatorSet genesis, LftConfig config, AdminSignatures admins) {
        loop.execute(() -> {
            Optional<String> refusal = GenesisRecord.difference(genesis, store.state(name(), GenesisRecord.KEY_HEX).orElse(null));
            if (refusal.isPresent()) {
                LOG.severe(() -> "channel " + name() + " does not start: " + refusal.get());
                board.refused(refusal.get());
                publish();
                return;
            }
            validators.start(genesis, admins);
            this.config = config;
            newMachine();
            relays.now(ownWaiting(Integer.MAX_VALUE));
            loop.schedule(this::probe, HeadProbe.EVERY);
            publish();
        });
    }

    /** The channel's validator history (every height's set, the committed changes); empty until consensus starts. */
    public Optional<ValidatorHistory> validatorHistory() {
        return validators.history();
    }

    /** The validators of the height this channel is deciding; empty until consensus starts. */
    public Optional<ValidatorSet> validators() {
        return validators.current();
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
            poolGrew();
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
            poolGrew();
        });
    }

    /**
     * A decoded consensus message from another peer. Proposals name their transactions by hash and
     * are completed from the pool first; requests for transactions are answered by relaying them
     * ({@link MessageIntake}).
     */
    public void onMessage(SignedMessage message) {
        loop.execute(() -> {
            if (machine != null) {
                intake.received(message, this::step);
            }
        });
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
        board.droppedUndecodable();
    }

    /** Dropped consensus messages by reason (for the status and metrics). */
    public Map<String, Long> droppedCounts() {
        return board.droppedCounts(machine);
    }

    private void poolGrew() {
        if (machine != null) {
            guarded(machine::onWorkAvailable);
            intake.poolGrew(this::step);
        }
        publish();
    }

    private void step(SignedMessage message) {
        guarded(() -> machine.onMessage(message));
    }

    private void newMachine() {
        if (machine != null) {
            board.replaced(machine);
        }
        ValidatorHistory history = validators.restore(store);
        chain.useValidators(history, config.maxMadeBlockCount());
        validators.headAt(chain.head().height());
        machine = new LftStateMachine(config, history, chain, network, this::scheduleTimer, clock, signer);
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

    private List<Transaction> ownWaiting(int oldest) {
        return pool.oldest(oldest).stream().filter(tx -> tx.meta().peerId().equals(settings.peerId())).toList();
    }

    private void scheduleTimer(TimerKey timer, Duration delay) {
        LftStateMachine owner = machine;
        loop.schedule(() -> {
            if (machine == owner) {
                guarded(() -> machine.onTimeout(timer));
            }
        }, delay);
    }

    private void probe() {
        List<Validator> others = validators.others();
        if (!others.isEmpty()) {
            headProbe.syncTarget(chain.head().height(), others).ifPresent(target -> guarded(() -> machine.requestSync(target)));
            relays.now(headProbe.resendsDue(ownWaiting(settings.maxBlockTxNum()), MicrosClock.micros(clock.instant())));
        }
        loop.schedule(this::probe, HeadProbe.EVERY);
    }

    private void committed(CommittedBlock block) {
        validators.headAt(chain.head().height());
        board.committed(block);
        headProbe.committed(block.block().timestampMicros(), block.txs().size());
    }

    private void publish() {
        board.publish(chain, pool.size(), machine, validators);
    }
}
