package org.loopchain.logs;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.config.NodeIdentity;

/**
 * The Radio Station's end of the log collector: checks each batch ({@link LogBatch#parse}), stores its
 * records (and a record of the drops it reports), and once {@link ConfigKeys.Logs#PRUNE_BATCH} records
 * have arrived since it last did, deletes all but the newest {@code LOG_STORE_RECORDS}. On a peer it
 * stores nothing (the MDB's selector keeps batches from peers anyway). Malformed batches are dropped
 * with a line in server.log; the broker is not trusted for anything but carrying them.
 */
@Singleton
@DependsOn("NodeRuntime")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LogCollector {

    private static final Logger LOG = Logger.getLogger(LogCollector.class.getName());

    @EJB
    private NodeIdentity node;
    @EJB
    private LogStore store;

    private final Clock clock = Clock.systemUTC();
    private final AtomicInteger sincePrune = new AtomicInteger(ConfigKeys.Logs.PRUNE_BATCH); // prune once at the first batch
    private boolean active;
    private int keep;

    @PostConstruct
    void start() {
        active = node.config().isRadioStation();
        keep = node.config().get(ConfigKeys.Logs.LOG_STORE_RECORDS);
    }

    /** One message from the broker: a {@link LogBatch}'s text. */
    public void onBatch(String text) {
        if (!active) {
            return;
        }
        LogBatch batch;
        try {
            batch = LogBatch.parse(text);
        } catch (IllegalArgumentException e) {
            LOG.info(() -> "dropped a log batch: " + e.getMessage());
            return;
        }
        List<LogEntry> entries = batch.toStore(clock.millis());
        store.append(entries);
        if (sincePrune.addAndGet(entries.size()) >= ConfigKeys.Logs.PRUNE_BATCH) {
            sincePrune.set(0);
            int deleted = store.prune(keep);
            if (deleted > 0) {
                LOG.fine(() -> "deleted the " + deleted + " oldest collected log records (keeping " + keep + ")");
            }
        }
    }
}
