package org.loopchain.score.host;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.loopchain.core.json.Json;
import org.loopchain.core.json.JsonException;

/**
 * Which transactions call the channel's SCORE: those whose data is a JSON object with a string
 * {@code "method"} and, optionally, an object {@code "params"}. Any other data is a plain v1
 * transaction, stored but not executed.
 */
public final class ScoreCalls {

    /** A call's method and its parameters by name (parsed JSON values). */
    public record Call(String method, Map<String, Object> params) {
    }

    private ScoreCalls() {
    }

    /** The call {@code data} (a tx's data string) makes, if it is one. */
    public static Optional<Call> of(String data) {
        if (data.indexOf("\"method\"") < 0) {
            return Optional.empty();
        }
        try {
            return of(Json.parse(data));
        } catch (JsonException e) {
            return Optional.empty();
        }
    }

    /** The call a parsed request body makes, if it is one. */
    public static Optional<Call> of(Object body) {
        if (body instanceof Map<?, ?> m && m.get("method") instanceof String method
                && (m.get("params") == null || m.get("params") instanceof Map<?, ?>)) {
            Map<String, Object> params = new LinkedHashMap<>();
            if (m.get("params") instanceof Map<?, ?> p) {
                p.forEach((k, v) -> params.put((String) k, v));
            }
            return Optional.of(new Call(method, params));
        }
        return Optional.empty();
    }

    /**
     * Why {@code body} is a malformed call ({@code "method"} present but not a string, or
     * {@code "params"} not an object), or empty if it is a well-formed call or no call at all.
     */
    public static Optional<String> malformed(Object body) {
        if (!(body instanceof Map<?, ?> m) || !m.containsKey("method")) {
            return Optional.empty();
        }
        if (!(m.get("method") instanceof String s) || s.isEmpty()) {
            return Optional.of("\"method\" must be a non-empty string");
        }
        if (m.get("params") != null && !(m.get("params") instanceof Map<?, ?>)) {
            return Optional.of("\"params\" must be a JSON object of parameters by name");
        }
        return Optional.empty();
    }
}
