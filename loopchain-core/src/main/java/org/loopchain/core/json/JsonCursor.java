package org.loopchain.core.json;

import java.math.BigInteger;
import org.loopchain.core.crypto.Hex;

/**
 * The lexical half of {@link JsonParser}: a position in the text, and the scanners for strings,
 * numbers and literals. Errors name the character offset.
 */
final class JsonCursor {

    private final String text;
    private int pos;

    JsonCursor(String text) {
        this.text = text;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    /** The current character, or {@code '\0'} at the end (never valid where it is tested). */
    char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    void advance() {
        pos++;
    }

    void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    void skipWhitespace() {
        char c = peek();
        while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            pos++;
            c = peek();
        }
    }

    Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("invalid literal (expected " + word + ")");
        }
        pos += word.length();
        return value;
    }

    String string() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (atEnd()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c < 0x20) {
                throw error("control character " + describe(c) + " in string");
            }
            if (c == '\\') {
                sb.append(escape());
            } else {
                sb.append(c);
                pos++;
            }
        }
    }

    private char escape() {
        char e = pos + 1 < text.length() ? text.charAt(pos + 1) : '\0';
        switch (e) {
            case '"': case '\\': case '/':
                pos += 2;
                return e;
            case 'b': pos += 2; return '\b';
            case 'f': pos += 2; return '\f';
            case 'n': pos += 2; return '\n';
            case 'r': pos += 2; return '\r';
            case 't': pos += 2; return '\t';
            case 'u':
                int value = 0;
                for (int i = 2; i < 6; i++) {
                    int digit = pos + i < text.length() ? Hex.digit(text.charAt(pos + i)) : -1;
                    if (digit < 0) {
                        throw error("invalid \\u escape");
                    }
                    value = value * 16 + digit;
                }
                pos += 6;
                return (char) value;
            default:
                throw error(pos + 1 < text.length() ? "invalid escape \\" + describe(e) : "unterminated string");
        }
    }

    /** A number: {@link BigInteger} if it has neither fraction nor exponent, else a finite {@link Double}. */
    Object number(int maxIntegerDigits) {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
            if (isDigit(peek())) {
                throw error("leading zero in number");
            }
        } else if (!digits()) {
            throw error("expected a digit");
        }
        boolean integral = true;
        if (peek() == '.') {
            pos++;
            integral = false;
            if (!digits()) {
                throw error("expected a digit after the decimal point");
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            integral = false;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!digits()) {
                throw error("expected a digit in the exponent");
            }
        }
        String literal = text.substring(start, pos);
        if (integral) {
            if (literal.length() - (literal.charAt(0) == '-' ? 1 : 0) > maxIntegerDigits) {
                throw error(start, "integer longer than " + maxIntegerDigits + " digits");
            }
            return new BigInteger(literal);
        }
        double d = Double.parseDouble(literal);
        if (Double.isInfinite(d)) {
            throw error(start, "number out of range of a double");
        }
        return d;
    }

    private boolean digits() {
        int start = pos;
        while (isDigit(peek())) {
            pos++;
        }
        return pos > start;
    }

    JsonException error(String message) {
        return error(pos, message);
    }

    private JsonException error(int offset, String message) {
        String where = offset >= text.length() ? "end of input (offset " + offset + ")" : "offset " + offset;
        return new JsonException("bad JSON at " + where + ": " + message);
    }

    static String describe(char c) {
        return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
