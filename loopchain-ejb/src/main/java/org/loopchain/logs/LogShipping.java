package org.loopchain.logs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.jms.ConnectionFactory;
import java.nio.file.Path;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.loopchain.appserver.AppServer;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.config.NodeIdentity;
import org.loopchain.messaging.TopicSender;
import org.loopchain.messaging.Topics;

/**
 * Ships this node's log records to the collector, on every node (peers and the Radio Station). At
 * start it adds a {@link LogShipper} at {@code LOG_SHIP_LEVEL} to the {@code org.loopchain} logger
 * (the server's own handlers, and so server.log, stay as they are); every
 * {@link ConfigKeys.Logs#SHIP_INTERVAL} one task of the server's scheduler sends what is queued,
 * {@link ConfigKeys.Logs#SHIP_BATCH_RECORDS} records to a message, on {@link Topics#LOG_ADDRESS}. A
 * batch the broker does not take is counted as dropped, and the next try waits 1, 3, 7, ... up to 31
 * ticks (one warning each in server.log, not one a second). At undeploy the handler is removed.
 *
 * <p>The node's name in the records is its domain's directory name (the launcher's {@code peer0},
 * {@code rs}), else its peer id.
 */
@Singleton
@Startup
@DependsOn("NodeRuntime")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LogShipping {

    /** The logger whose records (and its children's) are shipped. */
    public static final String ROOT_LOGGER = "org.loopchain";

    private static final Logger LOG = Logger.getLogger(LogShipping.class.getName());

    @EJB
    private NodeIdentity node;
    @Resource(lookup = "java:app/jms/loopchain")
    private ConnectionFactory factory;
    @Resource
    private ManagedScheduledExecutorService scheduler;

    /** Held here: the log manager keeps loggers only weakly, and a collected logger would lose the handler. */
    private Logger root;
    private LogShipper shipper;
    private TopicSender sender;
    private ScheduledFuture<?> task;
    /** Sends refused in a row, and ticks still to wait before the next try (a broker outage is not retried every second). */
    private int failures;
    private int waiting;

    @PostConstruct
    void start() {
        String level = node.config().get(ConfigKeys.Logs.LOG_SHIP_LEVEL);
        if ("OFF".equals(level)) {
            LOG.info("log shipping off (LOG_SHIP_LEVEL=OFF)");
            return;
        }
        String name = nodeName(AppServer.instanceDir().map(Path::toString).orElse(null), node.peerId());
        shipper = new LogShipper(name, node.peerId(), Level.parse(level), ConfigKeys.Logs.SHIP_QUEUE_CAPACITY);
        sender = new TopicSender(factory, node.peerId());
        root = Logger.getLogger(ROOT_LOGGER);
        root.addHandler(shipper);
        long every = ConfigKeys.Logs.SHIP_INTERVAL.toMillis();
        task = scheduler.scheduleWithFixedDelay(this::ship, every, every, TimeUnit.MILLISECONDS);
        LOG.info(() -> "shipping " + ROOT_LOGGER + " log records at " + level + " and above as node " + name + " to the collector");
    }

    /** The domain directory's name, else the peer id. */
    static String nodeName(String instanceRoot, String peerId) {
        if (instanceRoot != null && !instanceRoot.isBlank()) {
            Path dir = Path.of(instanceRoot).getFileName();
            if (dir != null && dir.toString().matches("[A-Za-z0-9_.-]{1," + LogEntry.MAX_NAME + "}")) {
                return dir.toString();
            }
        }
        return peerId;
    }

    /** Sends the records queued now; records logged meanwhile on this thread are not shipped. */
    synchronized void ship() {
        if (sender == null) {
            return;
        }
        if (waiting > 0) {
            waiting--;
            return;
        }
        try {
            shipper.whileShipping(() -> {
                // what is queued now, and no more: a node logging faster than the broker takes keeps the task short
                int batches = shipper.queued() / ConfigKeys.Logs.SHIP_BATCH_RECORDS + 1;
                LogBatch batch;
                while (batches-- > 0 && (batch = shipper.drain(ConfigKeys.Logs.SHIP_BATCH_RECORDS)) != null) {
                    if (!sender.publishTo(Topics.LOG_ADDRESS, "", Topics.LOG, LogBatch.TYPE, batch.toJson())) {
                        shipper.lost(batch.entries().size() + batch.dropped());
                        failures++;
                        waiting = backoff(failures); // the broker is away: try again later
                        return null;
                    }
                    failures = 0;
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "log shipping failed; trying again in " + ConfigKeys.Logs.SHIP_INTERVAL.toMillis() + " ms", e);
        }
    }

    /** Ticks to skip after {@code failures} refused sends in a row: 1, 3, 7, ... up to 31. */
    static int backoff(int failures) {
        return (1 << Math.min(failures, 5)) - 1;
    }

    @PreDestroy
    void stop() {
        if (root == null) {
            return;
        }
        root.removeHandler(shipper);
        task.cancel(false);
        ship(); // what was queued before the handler went
        synchronized (this) {
            sender.close();
            sender = null;
        }
        shipper.close();
    }
}
