package org.loopchain.core.icon.rpc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.loopchain.core.json.Json;
import org.loopchain.core.json.JsonException;

/**
 * One JSON-RPC 2.0 request: {@code {"jsonrpc": "2.0", "method": …, "params": {…}, "id": …}}. The id
 * is a string, a number or null (absent = a notification, answered all the same, as ICON does);
 * {@code params} is an object or absent.
 */
public record RpcRequest(Object id, String method, Map<String, Object> params) {

    /** The most requests one batch may hold. */
    public static final int MAX_BATCH = 100;

    private static final Set<String> FIELDS = Set.of("jsonrpc", "method", "params", "id");

    /** A request body: one request or a batch of them, each element still to be read by {@link #of}. */
    public record Body(boolean batch, List<Object> elements) {
    }

    /**
     * Reads a body's JSON.
     *
     * @throws RpcError -32700 if it is not JSON, -32600 if it is neither an object nor a non-empty
     *                  array of at most {@link #MAX_BATCH}
     */
    public static Body body(String text) {
        Object parsed;
        try {
            parsed = Json.parse(text);
        } catch (JsonException e) {
            throw new RpcError(RpcError.PARSE_ERROR, "Parse error: " + e.getMessage());
        }
        if (parsed instanceof List<?> list) {
            if (list.isEmpty() || list.size() > MAX_BATCH) {
                throw new RpcError(RpcError.INVALID_REQUEST, "a batch holds 1 to " + MAX_BATCH + " requests, not " + list.size());
            }
            return new Body(true, List.copyOf(list));
        }
        if (parsed instanceof Map<?, ?>) {
            return new Body(false, List.of(parsed));
        }
        throw new RpcError(RpcError.INVALID_REQUEST, "the request must be a JSON object or an array of them");
    }

    /** The id of an element, as far as it can be read (for the error reply of a bad request). */
    public static Object idOf(Object element) {
        return element instanceof Map<?, ?> m && validId(m.get("id")) ? m.get("id") : null;
    }

    /**
     * Reads one element of a body.
     *
     * @throws RpcError -32600 if it is not a JSON-RPC 2.0 request, -32602 if its params are not an object
     */
    public static RpcRequest of(Object element) {
        if (!(element instanceof Map<?, ?> m)) {
            throw new RpcError(RpcError.INVALID_REQUEST, "a request must be a JSON object");
        }
        for (Object key : m.keySet()) {
            if (!FIELDS.contains(key)) {
                throw new RpcError(RpcError.INVALID_REQUEST, "unknown request field \"" + RpcValues.clip(String.valueOf(key)) + "\"");
            }
        }
        if (!"2.0".equals(m.get("jsonrpc"))) {
            throw new RpcError(RpcError.INVALID_REQUEST, "jsonrpc must be \"2.0\"");
        }
        if (!(m.get("method") instanceof String method) || method.isEmpty()) {
            throw new RpcError(RpcError.INVALID_REQUEST, "method must be a non-empty string");
        }
        if (!validId(m.get("id"))) {
            throw new RpcError(RpcError.INVALID_REQUEST, "id must be a string, a number or null");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        Object p = m.get("params");
        if (p instanceof Map<?, ?> pm) {
            pm.forEach((k, v) -> params.put((String) k, v));
        } else if (p != null) {
            throw RpcError.invalidParams("params must be an object");
        }
        return new RpcRequest(m.get("id"), method, params);
    }

    private static boolean validId(Object id) {
        return id == null || id instanceof String || id instanceof Number;
    }

    /** The reply to this request with {@code result}. */
    public Map<String, Object> reply(Object result) {
        return reply(id, "result", result);
    }

    /** The error reply to a request with {@code id}. */
    public static Map<String, Object> error(Object id, RpcError error) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("code", error.code());
        e.put("message", error.getMessage());
        return reply(id, "error", e);
    }

    private static Map<String, Object> reply(Object id, String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jsonrpc", "2.0");
        m.put(key, value);
        m.put("id", id);
        return m;
    }
}
