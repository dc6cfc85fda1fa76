package org.loopchain.score.engine;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import score.Address;

/**
 * What a contract returns to another that called it, as ICON hands it over: {@code null},
 * {@code String}, {@code Boolean}, {@code Address} as they are, every integer type as a
 * {@code BigInteger}, a {@code byte[]} copied, other arrays and lists as unmodifiable lists, maps
 * as unmodifiable maps, their elements converted alike. So the caller shares no mutable object with
 * the callee. Anything else (a contract's own class) fails the call.
 */
final class CallReturns {

    private CallReturns() {
    }

    static Object copy(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof BigInteger
                || value instanceof Address) {
            return value;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        if (value instanceof Character ch) {
            return BigInteger.valueOf(ch);
        }
        if (value instanceof byte[] bytes) {
            return bytes.clone();
        }
        if (value.getClass().isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                list.add(copy(Array.get(value, i)));
            }
            return Collections.unmodifiableList(list);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(element -> out.add(copy(element)));
            return Collections.unmodifiableList(out);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(copy(k), copy(v)));
            return Collections.unmodifiableMap(out);
        }
        throw new CallFailure(ResultCodes.UNKNOWN_FAILURE, "a value of type " + value.getClass().getName()
                + " cannot be returned to another contract");
    }
}
