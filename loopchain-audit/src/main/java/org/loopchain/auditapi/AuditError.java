package org.loopchain.auditapi;

import java.util.LinkedHashMap;
import java.util.Map;

/** A refusal of the audit API: its HTTP status, a stable code and a message for the caller. */
class AuditError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    AuditError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    /** The JSON body every refusal of the audit API carries. */
    static Map<String, Object> body(String code, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("message", message);
        return m;
    }

    Map<String, Object> body() {
        return body(code, getMessage());
    }
}
