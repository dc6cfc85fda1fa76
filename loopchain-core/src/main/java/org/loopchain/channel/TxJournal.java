package org.loopchain.channel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.loopchain.core.tx.Transaction;

/**
 * Makes acknowledged transactions durable before the client hears "0": submissions queue here and
 * one writer thread stores them in batches (group commit), then hands each batch to its channel
 * and completes the submitters' futures. A transaction that could not be stored is never
 * acknowledged and never reaches a channel.
 */
public final class TxJournal implements Runnable {

    private static final Logger LOG = Logger.getLogger(TxJournal.class.getName());

    private record Entry(Channel channel, Transaction tx, CompletableFuture<Transaction> done) {
    }

    private final PendingTxStore store;
    private final int maxBatch;
    private final BlockingQueue<Entry> queue;
    private volatile boolean running = true;

    public TxJournal(PendingTxStore store, int maxBatch, int capacity) {
        this.store = store;
        this.maxBatch = maxBatch;
        this.queue = new LinkedBlockingQueue<>(capacity);
    }

    /** Queues a transaction; the future completes once it is durable, or fails if it cannot be stored. */
    public CompletableFuture<Transaction> append(Channel channel, Transaction tx) {
        CompletableFuture<Transaction> done = new CompletableFuture<>();
        if (!running || !queue.offer(new Entry(channel, tx, done))) {
            done.completeExceptionally(new RejectedExecutionException("the transaction queue is full"));
        }
        return done;
    }

    public void stop() {
        running = false;
    }

    /** The writer loop; run it on one dedicated thread. */
    @Override
    public void run() {
        List<Entry> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Entry first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } finally {
                batch.clear();
            }
        }
        failRemaining();
    }

    private void write(List<Entry> batch) {
        List<Transaction> txs = new ArrayList<>(batch.size());
        batch.forEach(e -> txs.add(e.tx()));
        try {
            store.appendPending(txs);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not store " + txs.size() + " transactions; none acknowledged", e);
            batch.forEach(entry -> entry.done().completeExceptionally(e));
            return;
        }
        Map<Channel, List<Transaction>> byChannel = new LinkedHashMap<>();
        batch.forEach(e -> byChannel.computeIfAbsent(e.channel(), c -> new ArrayList<>()).add(e.tx()));
        byChannel.forEach(Channel::accept);
        batch.forEach(e -> e.done().complete(e.tx()));
    }

    private void failRemaining() {
        Entry e;
        while ((e = queue.poll()) != null) {
            e.done().completeExceptionally(new RejectedExecutionException("the node is stopping"));
        }
    }
}
