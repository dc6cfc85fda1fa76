package org.loopchain.core.icon.rpc;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.loopchain.core.icon.IconAddress;
import org.loopchain.core.icon.IconFormatException;
import org.loopchain.core.icon.IconHex;

/** Reads a method's params in ICON's value types; any fault is a -32602 naming the param. */
final class RpcValues {

    private static final Pattern HASH = Pattern.compile("0x[0-9a-f]{64}");

    private RpcValues() {
    }

    /** Refuses params other than {@code allowed}. */
    static void only(Map<String, Object> params, Set<String> allowed) {
        for (String key : params.keySet()) {
            if (!allowed.contains(key)) {
                throw RpcError.invalidParams("unknown param \"" + clip(key) + "\"");
            }
        }
    }

    /** A {@code 0x} + 64 lowercase hex hash, returned without {@code 0x}. */
    static String hash(Map<String, Object> params, String name) {
        Object value = required(params, name);
        if (!(value instanceof String s) || !HASH.matcher(s).matches()) {
            throw RpcError.invalidParams(name + " must be 0x and 64 lowercase hex digits, not " + describe(value));
        }
        return s.substring(2);
    }

    static IconAddress address(Map<String, Object> params, String name) {
        try {
            return IconAddress.parse(name, required(params, name));
        } catch (IconFormatException e) {
            throw RpcError.invalidParams(e.getMessage());
        }
    }

    static long height(Map<String, Object> params, String name) {
        try {
            return IconHex.parseLong(name, required(params, name));
        } catch (IconFormatException e) {
            throw RpcError.invalidParams(e.getMessage());
        }
    }

    static Object required(Map<String, Object> params, String name) {
        if (!params.containsKey(name)) {
            throw RpcError.invalidParams("param \"" + name + "\" is missing");
        }
        return params.get(name);
    }

    static String describe(Object value) {
        return value instanceof String s ? "\"" + clip(s) + "\"" : String.valueOf(value == null ? "null" : value.getClass().getSimpleName());
    }

    /** Client input echoed back: printable and at most 80 characters. */
    static String clip(String s) {
        String printable = s.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}]", "?");
        return printable.length() <= 80 ? printable : printable.substring(0, 80) + "...";
    }
}
