package org.loopchain.health;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.loopchain.channel.Channel;
import org.loopchain.channel.PeerChannels;
import org.loopchain.messaging.ChannelFilterCheck;

/**
 * Ready when the node can do its work now: its database answers, the broker takes a connection, and
 * (on a peer) every channel agrees blocks with its validators, and the broker's filter of its
 * subscriptions lets every channel it serves through ({@link ChannelFilterCheck}). The data names each part, so an
 * operator sees which one is missing.
 */
@Readiness
@ApplicationScoped
public class NodeReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(NodeReadiness.class.getName());
    private static final int DATABASE_TIMEOUT_SECONDS = 2;
    /** How long a readiness call waits for the broker: a lost broker makes the connection attempt hang. */
    private static final long BROKER_WAIT_MILLIS = 2_000;

    @Resource(lookup = "java:app/jdbc/loopchain")
    private DataSource database;
    @Resource(lookup = "java:app/jms/loopchain")
    private ConnectionFactory broker;
    @EJB
    private PeerChannels channels;
    @Resource
    private ManagedExecutorService executor;
    /** The broker probe in flight: at most one at a time, so hung attempts never pile up. */
    private final AtomicReference<CompletableFuture<Boolean>> brokerProbe = new AtomicReference<>();

    @Override
    public HealthCheckResponse call() {
        boolean db = databaseAnswers();
        boolean jms = brokerConnects();
        boolean up = db && jms;
        HealthCheckResponseBuilder r = HealthCheckResponse.named("loopchain-ready")
                .withData("database", db).withData("broker", jms);
        List<String> served = new ArrayList<>();
        for (Channel c : channels.channels()) {
            String role = c.status().role();
            boolean agreeing = c.validators().isPresent() && !"loading".equals(role);
            r.withData("channel " + c.name(), agreeing ? role + " at height " + c.status().height() : role);
            up &= agreeing;
            served.add(c.name());
        }
        Optional<String> filter = ChannelFilterCheck.problem(served, System::getProperty);
        if (filter.isPresent()) { // a served channel whose messages the broker never delivers here: it cannot agree
            r.withData("broker filter", filter.get());
            up = false;
        }
        return r.status(up).build();
    }

    private boolean databaseAnswers() {
        try (Connection c = database.getConnection()) {
            return c.isValid(DATABASE_TIMEOUT_SECONDS);
        } catch (Exception e) {
            LOG.log(Level.FINE, "readiness: the database does not answer", e);
            return false;
        }
    }

    private boolean brokerConnects() {
        CompletableFuture<Boolean> probe = brokerProbe.updateAndGet(
                f -> f == null || f.isDone() ? CompletableFuture.supplyAsync(this::connect, executor) : f);
        try {
            return probe.get(BROKER_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean connect() {
        try (JMSContext context = broker.createContext()) {
            context.createTopic("loopchain.health");
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "readiness: no broker connection", e);
            return false;
        }
    }
}
