package org.loopchain.core.json;

/**
 * Entry point of the package: {@link #parse} reads strict JSON, {@link #pyDumps} writes it the way
 * Python 3's {@code json.dumps(value)} does with default arguments.
 *
 * <p>Value model, both ways: {@code Map<String, Object>} (parsed as {@link java.util.LinkedHashMap},
 * key order kept), {@code List<Object>} ({@link java.util.ArrayList}), {@link String},
 * {@link java.math.BigInteger} for integers of any size (the writer also takes {@link Integer},
 * {@link Long}, {@link Short} and {@link Byte}), {@link Double} for numbers with a fraction or an
 * exponent (the writer widens a {@link Float}), {@link Boolean} and {@code null}.
 */
public final class Json {

    private Json() {
    }

    /**
     * Parses one JSON text (RFC 8259, strict).
     *
     * <p>Rejected: trailing text, {@code NaN}/{@code Infinity}, leading zeros, raw control
     * characters in strings, unknown escapes, numbers that overflow a double, nesting deeper
     * than 64, and integer literals longer than 4300 digits (Python's own default limit, which
     * also keeps a hostile body from costing quadratic time). A duplicated object key keeps its
     * first position and takes the last value, as a Python dict does.
     *
     * @throws JsonException with a short message naming the character offset
     */
    public static Object parse(String text) {
        return new JsonParser(text).parseDocument();
    }

    /**
     * Serialises {@code value} exactly as Python 3's {@code json.dumps(value)} does: separators
     * {@code ", "} and {@code ": "}, key order kept, {@code ensure_ascii} (every character outside
     * {@code ' '..'~'} escaped per UTF-16 unit as a backslash, {@code u} and four lowercase hex
     * digits, except the short escapes {@code \" \\ \n \r \t \b \f}), floats as Python's
     * {@code repr}.
     *
     * <p>Like Python with {@code allow_nan=True}, non-finite doubles print as {@code NaN},
     * {@code Infinity} and {@code -Infinity}. Map keys that are not strings are converted as
     * Python converts them (numbers, booleans, {@code null}).
     *
     * @throws JsonException for a value Python could not serialise (any other type)
     */
    public static String pyDumps(Object value) {
        StringBuilder out = new StringBuilder();
        PyJsonWriter.write(value, out);
        return out.toString();
    }
}
