package org.loopchain.proxy;

import java.util.Map;
import java.util.Objects;

/**
 * What the proxy forwards: a checked path under {@code /api/v1} ({@link ProxyPath}), the raw query,
 * the end-to-end headers ({@link HopHeaders}) and the body.
 *
 * @param method {@code GET} or {@code POST}
 * @param path   relative to {@code /api/v1}, e.g. {@code transactions/result}
 * @param query  the raw query string without {@code ?}, or null
 * @param body   the body (empty for a GET)
 */
public record ProxyRequest(String method, String path, String query, Map<String, String> headers, byte[] body) {

    public ProxyRequest {
        if (!method.equals("GET") && !method.equals("POST")) {
            throw new IllegalArgumentException("the proxy forwards GET and POST, not " + method);
        }
        Objects.requireNonNull(path, "path");
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }
}
