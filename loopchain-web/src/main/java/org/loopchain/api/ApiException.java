package org.loopchain.api;

import java.util.Map;

/**
 * A request that cannot be served, with the HTTP status and the JSON body (in the endpoint's own
 * shape) to answer. Thrown by resources, written by {@link ApiExceptionMapper}.
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Map<String, Object> body;

    public ApiException(int status, Map<String, Object> body, String message) {
        super(message, null, false, false);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public Map<String, Object> body() {
        return body;
    }
}
