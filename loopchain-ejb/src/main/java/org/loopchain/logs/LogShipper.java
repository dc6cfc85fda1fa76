package org.loopchain.logs;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * The {@code java.util.logging} handler that queues a node's log records for the collector. It never
 * blocks the thread that logs: a record is formatted and offered to a bounded queue, and when the
 * queue is full it is dropped and counted ({@link #drain} reports the count with the next batch).
 *
 * <p>Records are not shipped when they would feed on themselves: those of the loggers under
 * {@link #NOT_SHIPPED} (this package, whose collector stores what arrives, and the messaging that
 * carries the batches), and every record logged on a thread while it ships ({@link #whileShipping}:
 * a broker failure the send logs, the JMS client's own records).
 */
public final class LogShipper extends Handler {

    /** Logger name prefixes whose records stay in server.log only. */
    public static final List<String> NOT_SHIPPED = List.of("org.loopchain.logs", "org.loopchain.messaging");

    private final String node;
    private final String nodeId;
    private final BlockingQueue<LogEntry> queue;
    private final AtomicLong dropped = new AtomicLong();
    /** Set on a thread while it ships (or queues a record): what it logs then is not shipped. */
    private final ThreadLocal<Boolean> busy = ThreadLocal.withInitial(() -> Boolean.FALSE);

    public LogShipper(String node, String nodeId, Level level, int capacity) {
        this.node = node;
        this.nodeId = nodeId;
        this.queue = new ArrayBlockingQueue<>(capacity);
        setLevel(level);
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record) || busy.get() || notShipped(record.getLoggerName())) {
            return;
        }
        busy.set(Boolean.TRUE);
        try {
            LogEntry entry = LogEntry.of(record.getMillis(), node, nodeId, LogQuery.standardName(record.getLevel()), record.getLoggerName(),
                    message(record), record.getThrown());
            if (!queue.offer(entry)) {
                dropped.incrementAndGet();
            }
        } catch (RuntimeException e) {
            dropped.incrementAndGet(); // a message whose formatting fails is lost, never thrown at the caller
        } finally {
            busy.set(Boolean.FALSE);
        }
    }

    /** The record's message with its parameters put in, as {@code java.util.logging}'s formatters do ({@code {0}}). */
    static String message(LogRecord record) {
        String m = record.getMessage();
        Object[] parameters = record.getParameters();
        if (m == null || parameters == null || parameters.length == 0 || !m.contains("{")) {
            return m;
        }
        try {
            return MessageFormat.format(m, parameters);
        } catch (IllegalArgumentException e) {
            return m;
        }
    }

    static boolean notShipped(String logger) {
        if (logger == null) {
            return false;
        }
        for (String prefix : NOT_SHIPPED) {
            if (logger.equals(prefix) || logger.startsWith(prefix + ".")) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code shipping} with this thread's records kept out of the queue. */
    public <T> T whileShipping(Supplier<T> shipping) {
        boolean outer = busy.get();
        busy.set(Boolean.TRUE);
        try {
            return shipping.get();
        } finally {
            busy.set(outer);
        }
    }

    /**
     * The next batch: up to {@code max} queued records and the drops counted since the last batch
     * (taken, so each is reported once); {@code null} when there is neither.
     */
    public LogBatch drain(int max) {
        List<LogEntry> entries = new ArrayList<>(Math.min(max, queue.size()));
        queue.drainTo(entries, max);
        long lost = dropped.getAndSet(0);
        return entries.isEmpty() && lost == 0 ? null : new LogBatch(node, nodeId, lost, entries);
    }

    /** Counts {@code n} records as dropped (a batch the broker did not take); reported with the next batch. */
    public void lost(long n) {
        dropped.addAndGet(n);
    }

    /** How many records wait. */
    public int queued() {
        return queue.size();
    }

    @Override
    public void flush() {
        // batches leave from the shipping task
    }

    @Override
    public void close() {
        setLevel(Level.OFF);
        queue.clear();
    }
}
