package org.loopchain.channel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.loopchain.core.block.Block;
import org.loopchain.core.block.Blocks;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.tx.Transaction;

/**
 * One channel on a peer that leads it: keeps the pool of acknowledged transactions and cuts a block
 * from it on every {@link #tick()}, which the node schedules once per
 * {@link ChannelSettings#blockInterval()}.
 *
 * <p>Every field below the constructor's is confined to {@code loop}, the channel's single-thread
 * event queue: transactions arrive through {@link #accept}, block production is queued by
 * {@link #tick()}, and only the immutable {@link ChannelStatus} snapshot is read from other
 * threads. A block and the marking of its transactions commit in one store call, so after a crash
 * the pool is rebuilt exactly from the acknowledged transactions that no block holds
 * ({@link ChainStore#pending}): an acknowledged transaction always ends in a later block.
 */
public final class Channel {

    private static final Logger LOG = Logger.getLogger(Channel.class.getName());

    private final ChannelSettings settings;
    private final ChainStore store;
    private final PeerKey key;
    private final MicrosClock clock;
    private final Executor loop;

    private final ArrayDeque<Transaction> pool = new ArrayDeque<>();
    private Block head;
    private long madeBlockCount;
    private long totalTx;
    private long lastCommitMicros;
    private volatile ChannelStatus status = new ChannelStatus(-1, "", 0, 0, 0, 0);

    public Channel(ChannelSettings settings, ChainStore store, PeerKey key, MicrosClock clock,
            Executor loop) {
        this.settings = settings;
        this.store = store;
        this.key = key;
        this.clock = clock;
        this.loop = loop;
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
     * Loads the head (writing the genesis block on first start) and the pending pool. Returns once
     * the channel is loaded, so a failure stops the node's start.
     */
    public void start() {
        try {
            CompletableFuture.runAsync(this::recover, loop).join();
        } catch (CompletionException e) {
            throw new IllegalStateException("cannot load channel " + name() + ": " + e.getCause(), e.getCause());
        }
    }

    /** Queues one round of block production: a block is cut if transactions wait (or empty blocks are allowed). */
    public void tick() {
        loop.execute(this::produceSafely);
    }

    /** Hands over transactions that are already durable in the store; they wait for the next block. */
    public void accept(List<Transaction> txs) {
        loop.execute(() -> {
            pool.addAll(txs);
            publish();
        });
    }

    private void recover() {
        head = store.lastBlock(name()).orElseGet(() -> {
            Block genesis = Blocks.genesis(name());
            store.commitBlock(genesis, List.of());
            return genesis;
        });
        pool.addAll(store.pending(name()));
        totalTx = store.committedTxCount(name());
        LOG.info(() -> "channel " + name() + ": height " + head.height() + ", " + totalTx
                + " committed tx, " + pool.size() + " pending tx");
        publish();
    }

    private void produceSafely() {
        try {
            produce();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "channel " + name() + ": block at height " + (head.height() + 1)
                    + " not committed, its transactions stay pending: " + e, e);
        }
    }

    private void produce() {
        if (pool.isEmpty() && !settings.allowEmptyBlock()) {
            return;
        }
        List<Transaction> txs = new ArrayList<>(Math.min(pool.size(), settings.maxBlockTxNum()));
        var it = pool.iterator();
        while (it.hasNext() && txs.size() < settings.maxBlockTxNum()) {
            txs.add(it.next());
        }
        long ts = Math.max(clock.next(), head.timestampMicros() + 1);
        Block block = Blocks.build(head, txs, ts, settings.peerId(), key);
        store.commitBlock(block, txs);
        for (int i = 0; i < txs.size(); i++) {
            pool.removeFirst();
        }
        head = block;
        madeBlockCount++;
        totalTx += txs.size();
        lastCommitMicros = ts;
        publish();
    }

    private void publish() {
        status = new ChannelStatus(head == null ? -1 : head.height(), head == null ? "" : head.hash(),
                totalTx, madeBlockCount, pool.size(), lastCommitMicros);
    }
}
