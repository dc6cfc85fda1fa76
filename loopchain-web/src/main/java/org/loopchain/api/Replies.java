package org.loopchain.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.loopchain.core.json.Json;

/** Builds responses: a JSON body written as Python's {@code json.dumps} writes it, as the original did. */
final class Replies {

    private Replies() {
    }

    static Response ok(Map<String, Object> body) {
        return json(200, body);
    }

    static Response json(int status, Map<String, Object> body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8"))
                .entity(Json.pyDumps(body)).build();
    }

    /** An ordered map from alternating keys and values. */
    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** The common error shape: {@code {"response_code": code, "message": ...}}. */
    static ApiException error(int status, int code, String message) {
        return new ApiException(status, map("response_code", code, "message", message), message);
    }
}
