package org.loopchain.core.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Recursive-descent RFC 8259 parser behind {@link Json#parse}; one instance per text. */
final class JsonParser {

    static final int MAX_DEPTH = 64;
    /** Python 3.11's default {@code sys.int_max_str_digits}. */
    static final int MAX_INTEGER_DIGITS = 4300;

    private final JsonCursor in;
    private int depth;

    JsonParser(String text) {
        if (text == null) {
            throw new JsonException("no JSON text (null)");
        }
        this.in = new JsonCursor(text);
    }

    Object parseDocument() {
        in.skipWhitespace();
        Object value = value();
        in.skipWhitespace();
        if (!in.atEnd()) {
            throw in.error("unexpected text after the JSON value");
        }
        return value;
    }

    private Object value() {
        if (in.atEnd()) {
            throw in.error("unexpected end of input");
        }
        char c = in.peek();
        switch (c) {
            case '{': return object();
            case '[': return array();
            case '"': return in.string();
            case 't': return in.literal("true", Boolean.TRUE);
            case 'f': return in.literal("false", Boolean.FALSE);
            case 'n': return in.literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return in.number(MAX_INTEGER_DIGITS);
                }
                throw in.error("unexpected character " + JsonCursor.describe(c));
        }
    }

    private Map<String, Object> object() {
        enter();
        Map<String, Object> map = new LinkedHashMap<>();
        in.skipWhitespace();
        if (in.peek() == '}') {
            in.advance();
            depth--;
            return map;
        }
        while (true) {
            if (in.peek() != '"') {
                throw in.error("expected a string key");
            }
            String key = in.string();
            in.skipWhitespace();
            in.expect(':');
            in.skipWhitespace();
            map.put(key, value());
            if (endOfContainer('}')) {
                return map;
            }
        }
    }

    private List<Object> array() {
        enter();
        List<Object> list = new ArrayList<>();
        in.skipWhitespace();
        if (in.peek() == ']') {
            in.advance();
            depth--;
            return list;
        }
        while (true) {
            list.add(value());
            if (endOfContainer(']')) {
                return list;
            }
        }
    }

    /** After a member: consumes {@code close} (true) or a comma and the whitespace after it (false). */
    private boolean endOfContainer(char close) {
        in.skipWhitespace();
        char c = in.peek();
        if (c == close) {
            in.advance();
            depth--;
            return true;
        }
        if (c != ',') {
            throw in.error("expected ',' or '" + close + "'");
        }
        in.advance();
        in.skipWhitespace();
        return false;
    }

    /** Consumes the opening bracket, counting the depth. */
    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw in.error("nesting deeper than " + MAX_DEPTH);
        }
        in.advance();
    }
}
