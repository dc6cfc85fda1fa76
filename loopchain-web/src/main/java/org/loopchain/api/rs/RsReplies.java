package org.loopchain.api.rs;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.loopchain.api.ApiException;
import org.loopchain.core.json.Json;
import org.loopchain.radiostation.Refusal;

/** Radio Station answers: Python-{@code json.dumps} bodies, {@code {"response_code", "message"}} errors. */
final class RsReplies {

    private RsReplies() {
    }

    static Response ok(Map<String, Object> body) {
        return Response.ok(Json.pyDumps(body), MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")).build();
    }

    /** {@code {"response_code": 0, "data": data}}. */
    static Response data(Object data) {
        return ok(map("response_code", 0, "data", data));
    }

    static ApiException error(int status, int code, String message) {
        return new ApiException(status, map("response_code", code, "message", message), message);
    }

    static ApiException error(Refusal refusal, String message) {
        return error(refusal.httpStatus(), refusal.responseCode(), message);
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static String clip(String s) {
        String printable = s.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= 80 ? printable : printable.substring(0, 80) + "...";
    }
}
