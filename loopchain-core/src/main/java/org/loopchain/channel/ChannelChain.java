package org.loopchain.channel;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.loopchain.consensus.CandidateBlock;
import org.loopchain.consensus.Chain;
import org.loopchain.consensus.ChainHead;
import org.loopchain.consensus.CommitCertificate;
import org.loopchain.consensus.CommittedBlock;
import org.loopchain.consensus.ConsensusCodec;
import org.loopchain.consensus.Equivocation;
import org.loopchain.consensus.LeaderSchedule;
import org.loopchain.core.block.Block;
import org.loopchain.core.block.Blocks;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxKind;
import org.loopchain.validators.GenesisRecord;
import org.loopchain.validators.ValidatorHistory;

/**
 * The consensus host of one channel: its stored chain ({@link ChainStore}) and its pool. Builds the
 * leader's blocks from the pool, objects to blocks whose transactions are already committed or
 * signed by a non-member, and stores each final block with its certificate in one transaction.
 */
final class ChannelChain implements Chain {

    private static final Logger LOG = Logger.getLogger(ChannelChain.class.getName());
    private static final ThreadMXBean THREAD_CPU = ManagementFactory.getThreadMXBean();

    private final ChannelSettings settings;
    private final ChainStore store;
    private final TxPool pool;
    private final PeerKey key;
    private final MicrosClock clock;
    private final ConsensusCodec codec;
    private final Predicate<String> memberKey;
    private final Consumer<CommittedBlock> committed;
    private final Clock wallClock;
    private final BlockExecutor executor;
    private final VerifiedTransactions verified;
    /** Executions of this height's candidate blocks, by block hash: computed once, stored at commit. */
    private final Map<String, Execution> executions = new HashMap<>();
    private long validateMillis;
    private ChannelStatus.Timing verifyTimes = ChannelStatus.Timing.NONE;
    private ChannelStatus.Timing storeTimes = ChannelStatus.Timing.NONE;
    /** Hashes of the transactions of the latest blocks, oldest first: what a late relay must not bring back. */
    private final LinkedHashSet<String> recent = new LinkedHashSet<>();
    private static final int RECENT = 200_000;
    private ChainHead head;
    /** The validators of each height: who leads when (each block's made round is stored, summed at load). */
    private ValidatorHistory validators;
    private long maxMadeBlockCount;

    ChannelChain(ChannelSettings settings, ChainStore store, TxPool pool, PeerKey key, MicrosClock clock,
            ConsensusCodec codec, Predicate<String> memberKey, Consumer<CommittedBlock> committed, Clock wallClock,
            BlockExecutor executor, VerifiedTransactions verified) {
        this.settings = settings;
        this.executor = executor;
        this.verified = verified;
        this.store = store;
        this.pool = pool;
        this.key = key;
        this.clock = clock;
        this.wallClock = wallClock;
        this.codec = codec;
        this.memberKey = memberKey;
        this.committed = committed;
    }

    /**
     * The validator history, known once consensus starts (before the first commit): it gives each
     * block's leader schedule, and a block that commits a change stores the new history with it.
     */
    void useValidators(ValidatorHistory history, long maxMadeBlockCount) {
        this.validators = history;
        this.maxMadeBlockCount = maxMadeBlockCount;
    }

    /** Reads the head from the store, writing the genesis block on first start. */
    void load() {
        String channel = settings.name();
        Block last = store.lastBlock(channel).orElseGet(() -> {
            Block genesis = Blocks.genesis(channel);
            store.commitBlock(genesis, List.of(), 0, "");
            return genesis;
        });
        CommitCertificate cert = last.isGenesis() ? null
                : codec.decodeCertificate(store.certificateOf(channel, last.height()).orElseThrow());
        head = new ChainHead(last, cert, store.roundsUpTo(channel, last.height()));
        if (recent.isEmpty()) {
            List<String> latest = new ArrayList<>(store.recentlyCommitted(channel, RECENT));
            Collections.reverse(latest); // oldest first, as commits add them
            remember(latest);
        }
    }

    @Override
    public ChainHead head() {
        return head;
    }

    @Override
    public Optional<CandidateBlock> buildBlock(long height, long round, Block parent) {
        List<Transaction> txs = new ArrayList<>();
        for (Transaction tx : pool.oldest(settings.maxBlockTxNum())) {
            if (recent.contains(tx.hash())) {
                pool.remove(tx.hash()); // brought back by a late relay or a resend
                continue;
            }
            if (!executor.canRun(tx)) {
                continue; // a SCORE call waits in the pool until this peer runs the channel's SCORE
            }
            if (tx.meta().peerId().equals(settings.peerId()) || verified.check(tx).isEmpty() && signedByMember(tx)) {
                txs.add(tx);
            } else {
                pool.remove(tx.hash()); // a relayed transaction that does not verify never goes into a block
            }
        }
        if (txs.isEmpty() && !settings.allowEmptyBlock()) {
            return Optional.empty();
        }
        long ts = Math.max(clock.next(), parent.timestampMicros() + 1);
        Execution execution = execute(height, ts, txs);
        if (execution.isRefused()) {
            LOG.warning(() -> "channel " + settings.name() + ": not proposing at height " + height + ": " + execution.refusal());
            return Optional.empty();
        }
        Block block = Blocks.build(parent, txs, ts, settings.peerId(), key).withResultRoot(execution.resultRoot());
        executions.put(block.hash(), execution);
        return Optional.of(new CandidateBlock(block, txs));
    }

    @Override
    public List<String> validate(Block block, List<Transaction> txs, Block parent) {
        long start = wallClock.millis();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Transaction tx : txs) {
            if (!signedByMember(tx)) {
                problems.add("tx " + tx.hash() + " is signed by a key that is not a member of " + settings.name());
            } else if (recent.contains(tx.hash()) || !pool.contains(tx.hash()) && store.transaction(settings.name(),
                    tx.hash()).map(s -> !s.pending()).orElse(false)) {
                problems.add("tx " + tx.hash() + " is already in a block");
            } else if (!seen.add(tx.hash())) {
                problems.add("tx " + tx.hash() + " is in the block twice");
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(executionProblems(block, txs));
        }
        validateMillis = wallClock.millis() - start;
        verifyTimes = verifyTimes.plus(validateMillis);
        return problems;
    }

    /** A v1 transaction is signed by a member peer; a v3 one by its client (checked as {@link #txProblems}). */
    private boolean signedByMember(Transaction tx) {
        return tx.kind() != TxKind.V1 || memberKey.test(tx.publicKey());
    }

    /** The SCORE (and coin) execution of a block, and its validator changes. */
    private Execution execute(long height, long timestampMicros, List<Transaction> txs) {
        return ValidatorChangeExecution.extend(executor.execute(settings.name(), height, timestampMicros, txs), validators,
                height, txs);
    }

    /** This peer's execution of the block must give the root the block carries. */
    private List<String> executionProblems(Block block, List<Transaction> txs) {
        Execution execution = executions.computeIfAbsent(block.hash(),
                h -> execute(block.height(), block.timestampMicros(), txs));
        if (execution.isRefused()) {
            executions.remove(block.hash());
            return List.of("this peer does not vote on it: " + execution.refusal());
        }
        if (!execution.resultRoot().equals(block.resultRoot())) {
            executions.remove(block.hash());
            return List.of("result root " + block.resultRoot() + " differs from this peer's execution ("
                    + execution.resultRoot() + ")");
        }
        return List.of();
    }

    @Override
    public List<String> txProblems(Transaction tx) {
        return verified.check(tx);
    }

    @Override
    public boolean hasWork() {
        return !pool.isEmpty() || settings.allowEmptyBlock();
    }

    @Override
    public void commit(CommittedBlock block) {
        long start = wallClock.millis();
        long startCpu = THREAD_CPU.getCurrentThreadCpuTime();
        Execution execution = executions.get(block.block().hash());
        if (execution == null || !execution.resultRoot().equals(block.block().resultRoot())) {
            execution = execute(block.height(), block.block().timestampMicros(), block.txs());
        }
        if (execution.isRefused() || !execution.resultRoot().equals(block.block().resultRoot())) {
            throw new ExecutionDivergedException("channel " + settings.name() + " cannot commit height " + block.height()
                    + " as certified: " + (execution.isRefused() ? execution.refusal()
                    : "this peer's execution gives result root " + execution.resultRoot() + ", the block carries "
                    + block.block().resultRoot()));
        }
        executions.clear();
        if (block.height() == 1) {
            execution = execution.withWrite(GenesisRecord.KEY_HEX, GenesisRecord.toBytes(validators.at(1)));
        }
        ChainHead next = head.next(block, new LeaderSchedule(validators.at(block.height()).validators(), maxMadeBlockCount));
        validators.committed(block); // the execution holds the history it leaves, stored with the block
        store.commitBlock(block.block(), block.txs(), (int) (next.roundShift() - head.roundShift()),
                codec.encodeCertificate(block.certificate()), execution);
        executor.committed(settings.name(), execution);
        long stored = wallClock.millis() - start;
        storeTimes = storeTimes.plus(stored);
        long storedCpu = (THREAD_CPU.getCurrentThreadCpuTime() - startCpu) / 1_000_000;
        long validated = validateMillis;
        LOG.info(() -> "channel " + settings.name() + ": committed height " + block.height() + " round "
                + block.certificate().round() + " (" + block.txs().size() + " tx, made "
                + (wallClock.millis() - block.block().timestampMicros() / 1000) + " ms ago): checked in " + validated
                + " ms, stored in " + stored + " ms (" + storedCpu + " ms of this thread's CPU)");
        validateMillis = 0;
        pool.removeAll(block.block().txHashes());
        remember(block.block().txHashes());
        head = next;
        committed.accept(block);
    }

    /** The candidate blocks {@link #validate} checked, and how long that took. */
    ChannelStatus.Timing verifyTimes() {
        return verifyTimes;
    }

    /** The blocks {@link #commit} executed (unless done when checked) and stored, and how long that took. */
    ChannelStatus.Timing storeTimes() {
        return storeTimes;
    }

    /**
     * Whether one of the channel's latest {@link #RECENT} committed transactions is this one: those of
     * the blocks stored since this peer started, and from its start, those the store had (a peer
     * restarted after a transaction was committed must still keep a late relay of it out of its
     * pool and out of the blocks it makes and agrees).
     */
    boolean recentlyCommitted(String hash) {
        return recent.contains(hash);
    }

    private void remember(List<String> hashes) {
        recent.addAll(hashes);
        var it = recent.iterator();
        while (recent.size() > RECENT && it.hasNext()) {
            it.next();
            it.remove();
        }
    }

    /** Stores the evidence with both signed messages in their wire form (the store keeps the first per kind). */
    @Override
    public void equivocation(Equivocation evidence) {
        var first = evidence.first();
        LOG.warning(() -> "channel " + settings.name() + ": " + first.sender() + " equivocated: two " + first.type()
                + " at height " + first.height() + " round " + first.round() + "; evidence stored");
        store.recordEquivocation(new EquivocationRecord(settings.name(), first.sender(), first.height(), first.round(),
                first.type().name(), codec.encode(first), codec.encode(evidence.second())));
    }

    @Override
    public List<CommittedBlock> committedBlocks(long fromHeight, long toHeight) {
        List<CommittedBlock> out = new ArrayList<>();
        for (long h = Math.max(1, fromHeight); h <= toHeight; h++) {
            Optional<Block> block = store.blockByHeight(settings.name(), h);
            Optional<String> cert = store.certificateOf(settings.name(), h);
            if (block.isEmpty() || cert.isEmpty() || cert.get().isEmpty()) {
                break;
            }
            out.add(new CommittedBlock(block.get(), store.transactionsOf(settings.name(), h),
                    codec.decodeCertificate(cert.get())));
        }
        return out;
    }
}
