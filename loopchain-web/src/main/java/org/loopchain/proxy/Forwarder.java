package org.loopchain.proxy;

import java.util.concurrent.CompletableFuture;

/** Forwards one request to one peer; the future always completes normally, with the answer or the failure. */
@FunctionalInterface
public interface Forwarder {

    CompletableFuture<Forwarded> forward(Target peer, ProxyRequest request);
}
