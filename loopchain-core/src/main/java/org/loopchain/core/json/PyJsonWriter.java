package org.loopchain.core.json;

import java.math.BigInteger;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The serialiser behind {@link Json#pyDumps}, mirroring CPython's {@code json.encoder}. */
final class PyJsonWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out;
    private final Set<Object> open = Collections.newSetFromMap(new IdentityHashMap<>());

    private PyJsonWriter(StringBuilder out) {
        this.out = out;
    }

    static void write(Object value, StringBuilder out) {
        new PyJsonWriter(out).value(value);
    }

    private void value(Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String) {
            string((String) value);
        } else if (value instanceof Boolean) {
            out.append(((Boolean) value) ? "true" : "false");
        } else if (isInteger(value)) {
            out.append(value);
        } else if (value instanceof Double || value instanceof Float) {
            out.append(floatText(((Number) value).doubleValue()));
        } else if (value instanceof Map) {
            enter(value);
            object((Map<?, ?>) value);
            open.remove(value);
        } else if (value instanceof List) {
            enter(value);
            array((List<?>) value);
            open.remove(value);
        } else {
            throw new JsonException("Object of type " + value.getClass().getSimpleName() + " is not JSON serializable");
        }
    }

    private void object(Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            string(keyText(e.getKey()));
            out.append(": ");
            value(e.getValue());
        }
        out.append('}');
    }

    private void array(List<?> list) {
        out.append('[');
        boolean first = true;
        for (Object item : list) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            value(item);
        }
        out.append(']');
    }

    private void enter(Object container) {
        if (!open.add(container)) {
            throw new JsonException("Circular reference detected");
        }
    }

    /** Python turns non-string keys into strings before quoting them. */
    private static String keyText(Object key) {
        if (key instanceof String) {
            return (String) key;
        }
        if (key == null) {
            return "null";
        }
        if (key instanceof Boolean) {
            return ((Boolean) key) ? "true" : "false";
        }
        if (isInteger(key)) {
            return key.toString();
        }
        if (key instanceof Double || key instanceof Float) {
            return floatText(((Number) key).doubleValue());
        }
        throw new JsonException("keys must be str, int, float, bool or None, not " + key.getClass().getSimpleName());
    }

    private static String floatText(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        return PyFloat.repr(d);
    }

    private static boolean isInteger(Object value) {
        return value instanceof BigInteger || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte;
    }

    /** {@code ensure_ascii=True}: only ' '..'~' are written raw. */
    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                default:
                    if (c >= ' ' && c <= '~') {
                        out.append(c);
                    } else {
                        out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
                                .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
                    }
            }
        }
        out.append('"');
    }
}
