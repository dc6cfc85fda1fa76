package org.loopchain.api.rs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.config.NodeIdentity;
import org.loopchain.proxy.Failover;
import org.loopchain.proxy.Forwarded;
import org.loopchain.proxy.PeerForwarder;
import org.loopchain.proxy.ProxyRequest;
import org.loopchain.proxy.RoundRobin;
import org.loopchain.proxy.Target;

/**
 * The proxy's forwarding client (made on first use, on the Radio Station): {@code PROXY_TIMEOUT} for
 * a peer's whole answer, {@code PROXY_CONNECT_TIMEOUT} to connect, at most
 * {@code PROXY_MAX_ANSWER_BYTES}, on a few threads of the server's managed thread factory; and the
 * round-robin turn of the requests that name no peer.
 */
@ApplicationScoped
public class PeerProxy {

    private static final int THREADS = 4;

    @EJB
    private NodeIdentity node;
    @Resource
    private ManagedThreadFactory threads;

    private ExecutorService pool;
    private PeerForwarder forwarder;
    private Failover failover;
    private final RoundRobin turns = new RoundRobin();

    @PostConstruct
    void start() {
        pool = Executors.newFixedThreadPool(THREADS, threads);
        forwarder = new PeerForwarder(pool, ConfigKeys.Http.PROXY_CONNECT_TIMEOUT, node.config().get(ConfigKeys.Http.PROXY_TIMEOUT),
                ConfigKeys.Http.PROXY_MAX_ANSWER_BYTES);
        failover = new Failover(forwarder);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** Forwards to that peer only. */
    public CompletableFuture<Forwarded> toPeer(Target peer, ProxyRequest request) {
        return forwarder.forward(peer, request);
    }

    /** Forwards to the next of {@code takers} in turn, then to the others while they fail (at least one taker). */
    public CompletableFuture<Forwarded> toAny(List<Target> takers, ProxyRequest request) {
        return failover.first(turns.order(takers), request);
    }

    /** {@code PROXY_TIMEOUT}, for messages. */
    public String timeoutText() {
        return node.config().get(ConfigKeys.Http.PROXY_TIMEOUT).toMillis() / 1000.0 + " s";
    }
}
