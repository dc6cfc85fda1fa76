package org.loopchain.core.icon;

import java.math.BigInteger;
import java.util.Map;
import java.util.Set;

/**
 * What {@code data} must hold for each {@code dataType} of a v3 transaction, as goloop checks it:
 * {@code call} an object with a {@code method} string and optional {@code params} object;
 * {@code deploy} an object with {@code contentType} {@code application/zip} or
 * {@code application/java}, a T_BIN_DATA {@code content} and optional {@code params} object, and
 * no value; {@code message} a T_BIN_DATA string. Without a {@code dataType} there is no data.
 */
final class V3Data {

    static final Set<String> TYPES = Set.of("call", "deploy", "message");
    static final Set<String> DEPLOY_CONTENT_TYPES = Set.of("application/zip", "application/java");

    private V3Data() {
    }

    /** @throws IconFormatException if {@code data} does not fit {@code dataType} */
    static void check(String dataType, boolean hasData, Object data, BigInteger value) {
        if (dataType == null) {
            if (hasData) {
                throw new IconFormatException("data is given without a dataType (call, deploy or message)");
            }
            return;
        }
        if (!TYPES.contains(dataType)) {
            throw new IconFormatException("dataType must be call, deploy or message, not \"" + IconHex.clip(dataType) + "\"");
        }
        if (!hasData) {
            throw new IconFormatException("dataType " + dataType + " needs data");
        }
        switch (dataType) {
            case "call" -> {
                Map<?, ?> call = object("data", data);
                if (!(call.get("method") instanceof String method) || method.isEmpty()) {
                    throw new IconFormatException("data.method must be a non-empty string (the SCORE method to call)");
                }
                optionalObject("data.params", call);
            }
            case "deploy" -> {
                Map<?, ?> deploy = object("data", data);
                Object contentType = deploy.get("contentType");
                if (!(contentType instanceof String) || !DEPLOY_CONTENT_TYPES.contains(contentType)) {
                    throw new IconFormatException("data.contentType must be application/zip or application/java");
                }
                IconHex.checkBytes("data.content", deploy.get("content"));
                if ("0x".equals(deploy.get("content"))) {
                    throw new IconFormatException("data.content is empty");
                }
                optionalObject("data.params", deploy);
                if (value != null && value.signum() != 0) {
                    throw new IconFormatException("a deploy transaction has no value (or 0x0), not " + IconHex.format(value));
                }
            }
            default -> IconHex.checkBytes("data (a message)", data);
        }
    }

    private static Map<?, ?> object(String field, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IconFormatException(field + " must be an object, not " + IconSerializer.describe(value));
        }
        return map;
    }

    private static void optionalObject(String field, Map<?, ?> parent) {
        String key = field.substring(field.lastIndexOf('.') + 1);
        if (parent.containsKey(key)) {
            object(field, parent.get(key));
        }
    }
}
