package org.loopchain.core.icon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * ICON's v3 serialisation of an {@code icx_sendTransaction} params object, the text whose
 * SHA3-256 is the transaction hash a client signs:
 * {@code "icx_sendTransaction." + serialise(params without "signature")}.
 *
 * <ul>
 *   <li>an object: its entries sorted by key, each {@code key.value}, joined by {@code .};
 *       nested, wrapped in {@code { }} (the top level is not wrapped);</li>
 *   <li>a list: its values joined by {@code .}, wrapped in {@code [ ]};</li>
 *   <li>a string: as it is, with {@code \ . { } [ ]} each preceded by a backslash; keys too;</li>
 *   <li>null: the two characters {@code \0}.</li>
 * </ul>
 *
 * <p>Keys sort by Unicode code point, which is the byte order of their UTF-8 that goloop's
 * {@code sort.Strings} uses. The text is hashed as UTF-8.
 *
 * <p>Only strings, objects, lists and null are allowed, as ICON's signing guide says; every value
 * ICON's SDKs send is a string. Numbers and booleans are refused (goloop would print a number as
 * an integer, making {@code 1} and {@code "1"} the same text), and so is a string holding
 * U+0000.
 */
public final class IconSerializer {

    /** What precedes the serialised params. */
    public static final String PREFIX = "icx_sendTransaction";

    /** The params key that is not hashed. */
    public static final String SIGNATURE = "signature";

    private static final Comparator<String> BY_CODE_POINT = IconSerializer::compareCodePoints;

    private IconSerializer() {
    }

    /**
     * The text a client signs for {@code params} (a {@link org.loopchain.core.json.Json#parse}
     * object): every entry but {@code signature}.
     *
     * @throws IconFormatException for a value that is not a string, object, list or null
     */
    public static String serialize(Map<String, ?> params) {
        StringBuilder body = new StringBuilder();
        appendEntries(params, true, "", body);
        return body.isEmpty() ? PREFIX : PREFIX + "." + body;
    }

    /** The serialised form of one value (a nested object is wrapped in braces). */
    public static String serializeValue(Object value) {
        StringBuilder out = new StringBuilder();
        appendValue(value, "value", out);
        return out.toString();
    }

    private static void appendEntries(Map<?, ?> object, boolean topLevel, String path, StringBuilder out) {
        List<String> keys = new ArrayList<>(object.size());
        for (Object key : object.keySet()) {
            if (!(key instanceof String k)) {
                throw new IconFormatException("object key " + key + " at " + where(path) + " is not a string");
            }
            if (!(topLevel && SIGNATURE.equals(k))) {
                keys.add(k);
            }
        }
        keys.sort(BY_CODE_POINT);
        boolean first = true;
        for (String key : keys) {
            if (!first) {
                out.append('.');
            }
            first = false;
            String at = path.isEmpty() ? key : path + "." + key;
            appendString(key, at, out);
            out.append('.');
            appendValue(object.get(key), at, out);
        }
    }

    private static void appendValue(Object value, String path, StringBuilder out) {
        if (value == null) {
            out.append("\\0");
        } else if (value instanceof String s) {
            appendString(s, path, out);
        } else if (value instanceof Map<?, ?> object) {
            out.append('{');
            appendEntries(object, false, path, out);
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append('.');
                }
                appendValue(list.get(i), path + "[" + i + "]", out);
            }
            out.append(']');
        } else {
            throw new IconFormatException(where(path) + " is " + describe(value)
                    + ": ICON v3 values are strings (numbers as \"0x...\"), objects, lists or null");
        }
    }

    private static void appendString(String s, String path, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '.', '{', '}', '[', ']' -> out.append('\\').append(c);
                case '\0' -> throw new IconFormatException(where(path) + " holds the character U+0000, which ICON does not allow");
                default -> out.append(c);
            }
        }
    }

    /** A short description of a JSON value's type for error messages. */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof Boolean b) {
            return "the boolean " + b;
        }
        if (value instanceof Number n) {
            return "the number " + n;
        }
        return "a " + value.getClass().getSimpleName();
    }

    private static String where(String path) {
        return path.isEmpty() ? "the params" : path;
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
