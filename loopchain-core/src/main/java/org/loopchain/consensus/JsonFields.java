package org.loopchain.consensus;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** Typed reads from a parsed JSON object; a missing or mistyped field is a {@link MalformedMessageException}. */
final class JsonFields {

    private final Map<?, ?> map;
    private final String where;

    JsonFields(Object value, String where) {
        if (!(value instanceof Map<?, ?> m)) {
            throw new MalformedMessageException(where + " is not a JSON object");
        }
        this.map = m;
        this.where = where;
    }

    String string(String key) {
        if (!(map.get(key) instanceof String s)) {
            throw new MalformedMessageException(where + "." + key + " is missing or not a string");
        }
        return s;
    }

    /** The string at {@code key}, or {@code ""} if the key is absent. */
    String optionalString(String key) {
        return map.containsKey(key) ? string(key) : "";
    }

    long number(String key) {
        if (!(map.get(key) instanceof BigInteger n) || n.bitLength() > 63) {
            throw new MalformedMessageException(where + "." + key + " is missing or not a 64-bit integer");
        }
        return n.longValue();
    }

    List<?> list(String key) {
        if (!(map.get(key) instanceof List<?> l)) {
            throw new MalformedMessageException(where + "." + key + " is missing or not a list");
        }
        return l;
    }

    Object raw(String key) {
        return map.get(key);
    }

    JsonFields object(String key) {
        return new JsonFields(map.get(key), where + "." + key);
    }
}
