package org.loopchain.proxy;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Forwards requests to registered peers over HTTP/1.1 ({@link HttpClient}) with bounded time and
 * size: a connect timeout, a timeout on the whole answer (headers and body), and a largest answer.
 * It follows no redirect and uses no system proxy, so a request reaches the registered peer's
 * address and nothing else; a redirect a peer answers is passed back as its status and body.
 */
public final class PeerForwarder implements Forwarder {

    private final HttpClient http;
    private final Duration timeout;
    private final int maxAnswerBytes;

    /**
     * @param executor       runs the client's work and the completions (the server's managed threads)
     * @param timeout        how long one peer may take to send its whole answer
     * @param maxAnswerBytes the longest answer passed on
     */
    public PeerForwarder(Executor executor, Duration connectTimeout, Duration timeout, int maxAnswerBytes) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).proxy(HttpClient.Builder.NO_PROXY).executor(executor).build();
        this.timeout = timeout;
        this.maxAnswerBytes = maxAnswerBytes;
    }

    @Override
    public CompletableFuture<Forwarded> forward(Target peer, ProxyRequest request) {
        HttpRequest httpRequest;
        try {
            URI uri = ProxyPath.target(peer, request);
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout);
            request.headers().forEach(b::header);
            httpRequest = b.method(request.method(), request.method().equals("GET") ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(request.body())).build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(Forwarded.failed(peer.peerId(), Forwarded.Failure.UNREACHABLE,
                    "cannot forward to " + peer.restUrl() + ": " + e.getMessage()));
        }
        return http.sendAsync(httpRequest, info -> new BoundedBody(maxAnswerBytes))
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .handle((answer, failure) -> failure == null
                        ? Forwarded.answer(peer.peerId(), answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(null),
                                answer.body())
                        : Forwarded.failed(peer.peerId(), kind(failure), describe(failure)));
    }

    /** What a failure of the exchange was: a timeout, a too-long answer, else an unreachable peer. */
    static Forwarded.Failure kind(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BoundedBody.TooLarge) {
                return Forwarded.Failure.TOO_LARGE;
            }
            if (t instanceof HttpConnectTimeoutException) {
                return Forwarded.Failure.UNREACHABLE;
            }
            if (t instanceof HttpTimeoutException || t instanceof TimeoutException) {
                return Forwarded.Failure.TIMEOUT;
            }
        }
        return Forwarded.Failure.UNREACHABLE;
    }

    /** The failure in a client's words (no class names: they read as a server's stack trace). */
    static String describe(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof ConnectException) {
            return "connection refused";
        }
        if (t instanceof BoundedBody.TooLarge) {
            return "its answer is over the proxy's limit";
        }
        String message = t.getMessage();
        return message == null || message.isBlank() || message.contains("Exception") ? "the connection failed" : message;
    }
}
