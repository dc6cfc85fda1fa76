package org.loopchain.core.icon;

import java.math.BigInteger;

/**
 * ICON's hexadecimal value types, read strictly. {@code T_INT} is {@code "0x"} and lowercase hex
 * digits without zero padding ({@code 0x0}, {@code 0x1a}; never {@code 0x}, {@code 0x01},
 * {@code 0X1}, {@code 0x1A} or a sign). {@code T_BIN_DATA} is {@code "0x"} and an even number of
 * lowercase hex digits.
 *
 * <p>goloop would read some of the rejected spellings, but it hashes the canonical one, so a
 * client that signed {@code 0x01} signed a different text from the one the node checks. Taking
 * only the canonical form keeps the hash of the params a client sent equal to goloop's.
 */
public final class IconHex {

    /** Longest T_INT read: 256 bits (ICX amounts in loop fit in far fewer). */
    private static final int MAX_INT_DIGITS = 64;

    private IconHex() {
    }

    /** @throws IconFormatException naming {@code field} if {@code value} is not a canonical T_INT */
    public static BigInteger parseInt(String field, Object value) {
        if (!(value instanceof String text)) {
            throw new IconFormatException(field + " must be a string \"0x...\" (T_INT), not " + IconSerializer.describe(value));
        }
        if (!text.startsWith("0x") || text.length() == 2) {
            throw new IconFormatException(field + " must start with 0x and have hex digits (T_INT): \"" + clip(text) + "\"");
        }
        if (text.length() - 2 > MAX_INT_DIGITS) {
            throw new IconFormatException(field + " has more than " + MAX_INT_DIGITS + " hex digits");
        }
        for (int i = 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!lowerHexDigit(c)) {
                throw new IconFormatException(field + " has '" + c + "' at index " + i
                        + ": a T_INT is 0x and lowercase hex digits (\"" + clip(text) + "\")");
            }
        }
        if (text.length() > 3 && text.charAt(2) == '0') {
            throw new IconFormatException(field + " has a leading zero: \"" + clip(text) + "\" (T_INT has no zero padding)");
        }
        return new BigInteger(text.substring(2), 16);
    }

    /** A T_INT that fits a signed 64-bit long. */
    public static long parseLong(String field, Object value) {
        BigInteger n = parseInt(field, value);
        if (n.bitLength() > 63) {
            throw new IconFormatException(field + " does not fit 63 bits: " + value);
        }
        return n.longValue();
    }

    /** The canonical T_INT of a non-negative {@code n}. */
    public static String format(BigInteger n) {
        if (n.signum() < 0) {
            throw new IllegalArgumentException("a T_INT is not negative: " + n);
        }
        return "0x" + n.toString(16);
    }

    /** @throws IconFormatException naming {@code field} if {@code value} is not T_BIN_DATA */
    public static void checkBytes(String field, Object value) {
        if (!(value instanceof String text)) {
            throw new IconFormatException(field + " must be a string \"0x...\" (T_BIN_DATA), not " + IconSerializer.describe(value));
        }
        if (!text.startsWith("0x") || text.length() % 2 != 0) {
            throw new IconFormatException(field + " must be 0x and an even number of hex digits (T_BIN_DATA)");
        }
        for (int i = 2; i < text.length(); i++) {
            if (!lowerHexDigit(text.charAt(i))) {
                throw new IconFormatException(field + " has '" + text.charAt(i) + "' at index " + i
                        + ": T_BIN_DATA is 0x and lowercase hex digits");
            }
        }
    }

    static boolean lowerHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }

    static String clip(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
