package org.loopchain.proxy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

/**
 * Serves a request that names no peer: tries the peers in the given order, one at a time, until
 * one answers with anything but a failure another peer could avoid ({@link Forwarded#retryable()}:
 * no answer, or a 5xx). The client sees the first such answer unchanged, or the last outcome when
 * every peer failed.
 *
 * <p>A v1 transaction is built and signed by the peer that receives it, so a peer that stored a
 * transaction and went away before answering leaves it stored, and the next peer stores the same
 * data again as another transaction (another hash): delivery is at least once, never lost once
 * acknowledged. No peer answers "already known" to a v1 submission, so none is counted as accepted.
 */
public final class Failover {

    private static final Logger LOG = Logger.getLogger(Failover.class.getName());

    private final Forwarder forwarder;

    public Failover(Forwarder forwarder) {
        this.forwarder = forwarder;
    }

    /** @param peers at least one, in the order to try */
    public CompletableFuture<Forwarded> first(List<Target> peers, ProxyRequest request) {
        if (peers.isEmpty()) {
            throw new IllegalArgumentException("no peer to forward to");
        }
        return attempt(List.copyOf(peers), 0, request);
    }

    private CompletableFuture<Forwarded> attempt(List<Target> peers, int index, ProxyRequest request) {
        return forwarder.forward(peers.get(index), request).thenCompose(outcome -> {
            if (!outcome.retryable() || index + 1 == peers.size()) {
                return CompletableFuture.completedFuture(outcome);
            }
            Target next = peers.get(index + 1);
            LOG.info(() -> "proxy: " + request.method() + " " + request.path() + " to peer " + outcome.peerId() + " "
                    + (outcome.answered() ? "answered " + outcome.status() : "failed (" + outcome.failure() + ", " + outcome.detail() + ")")
                    + ", trying peer " + next.peerId());
            return attempt(peers, index + 1, request);
        });
    }
}
