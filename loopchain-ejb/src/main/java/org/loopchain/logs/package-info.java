/**
 * The log collector. Every node ships its {@code org.loopchain} log records to the Radio Station
 * over the broker; the Radio Station keeps the newest ones in its database and answers
 * {@code GET /api/v1/logs} ({@code ./loopchain logs}). A node's own {@code server.log} is untouched.
 *
 * <p>Plain Java, tested without a server: {@link org.loopchain.logs.LogEntry} (one record, its JSON,
 * the channel, height and round read from its message), {@link org.loopchain.logs.LogShipper} (the
 * {@code java.util.logging} handler: a bounded queue, counted drops, no records of its own path),
 * {@link org.loopchain.logs.LogBatch} (one broker message) and {@link org.loopchain.logs.LogQuery}
 * (the query's filters, checked). The EE adapters: {@link org.loopchain.logs.LogShipping} (installs
 * the handler and sends batches, on every node), {@link org.loopchain.logs.LogCollectorListener} and
 * {@link org.loopchain.logs.LogCollector} (the Radio Station's receiving end) and
 * {@link org.loopchain.logs.JpaLogStore} (table {@code LC_LOG}).
 */
package org.loopchain.logs;
