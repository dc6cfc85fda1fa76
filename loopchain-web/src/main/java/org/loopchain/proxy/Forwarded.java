package org.loopchain.proxy;

/**
 * What came of forwarding one request to one peer: the peer's answer (status, content type, body
 * as it sent them), or why there is none.
 *
 * @param failure null when the peer answered
 * @param detail  what went wrong, for the log and the client's message; empty when the peer answered
 */
public record Forwarded(String peerId, int status, String contentType, byte[] body, Failure failure, String detail) {

    /** Why a peer gave no answer the proxy can pass on. */
    public enum Failure {
        /** No connection (refused, reset, connect timeout) or the connection broke before the whole answer. */
        UNREACHABLE,
        /** The peer did not send its whole answer within {@code PROXY_TIMEOUT}. */
        TIMEOUT,
        /** The answer is longer than the proxy passes on. */
        TOO_LARGE
    }

    public static Forwarded answer(String peerId, int status, String contentType, byte[] body) {
        return new Forwarded(peerId, status, contentType, body, null, "");
    }

    public static Forwarded failed(String peerId, Failure failure, String detail) {
        return new Forwarded(peerId, 0, null, new byte[0], failure, detail);
    }

    public boolean answered() {
        return failure == null;
    }

    /**
     * Whether another peer may serve the request instead: this one gave no answer, or answered that it
     * could not serve it now (a 5xx: nothing acknowledged). A too-large answer would be as large elsewhere.
     */
    public boolean retryable() {
        return answered() ? status >= 500 : failure != Failure.TOO_LARGE;
    }
}
