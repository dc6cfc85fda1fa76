package org.loopchain.score.engine;

import java.lang.reflect.Array;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import score.Address;

/**
 * Converts between parsed JSON values and contract values with ICON JSON-RPC conventions: integers
 * as {@code "0x1f"} (decimal strings and JSON numbers accepted on input), booleans as
 * {@code "0x1"}/{@code "0x0"}, bytes as {@code "0x…"}, addresses as {@code "hx…"}/{@code "cx…"}.
 */
final class JsonValues {

    private JsonValues() {
    }

    /** The contract value of JSON {@code json} for a parameter of type {@code type}. */
    static Object toJava(Object json, Type type) {
        if (json == null) {
            if (type instanceof Class<?> c && c.isPrimitive()) {
                throw new IllegalArgumentException("null for a " + c.getName());
            }
            return null;
        }
        if (type instanceof ParameterizedType p) {
            return toJavaContainer(json, (Class<?>) p.getRawType(), p.getActualTypeArguments());
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return cast(json, String.class);
        }
        if (c == boolean.class || c == Boolean.class) {
            return toBoolean(json);
        }
        if (c == BigInteger.class) {
            return toInteger(json);
        }
        if (c == long.class || c == Long.class) {
            return toInteger(json).longValueExact();
        }
        if (c == int.class || c == Integer.class) {
            return toInteger(json).intValueExact();
        }
        if (c == short.class || c == Short.class) {
            return toInteger(json).shortValueExact();
        }
        if (c == byte.class || c == Byte.class) {
            return toInteger(json).byteValueExact();
        }
        if (c == char.class || c == Character.class) {
            return (char) toInteger(json).intValueExact();
        }
        if (c == Address.class) {
            return Address.fromString(cast(json, String.class));
        }
        if (c == byte[].class) {
            return HexFormat.of().parseHex(strip0x(cast(json, String.class)));
        }
        if (c.isArray()) {
            List<?> list = cast(json, List.class);
            Object array = Array.newInstance(c.getComponentType(), list.size());
            for (int i = 0; i < list.size(); i++) {
                Array.set(array, i, toJava(list.get(i), c.getComponentType()));
            }
            return array;
        }
        if (c == List.class || c == Map.class || c == Object.class) {
            return toJavaContainer(json, c, null);
        }
        throw new IllegalArgumentException("unsupported parameter type " + c.getName());
    }

    /** The JSON form of a contract value (returns and event logs). */
    static Object toJson(Object value) {
        if (value == null || value instanceof String) {
            return value;
        }
        if (value instanceof Boolean b) {
            return b ? "0x1" : "0x0";
        }
        if (value instanceof Character ch) {
            return hex(BigInteger.valueOf(ch));
        }
        if (value instanceof BigInteger || value instanceof Long || value instanceof Integer
                || value instanceof Short || value instanceof Byte) {
            return hex(new BigInteger(value.toString()));
        }
        if (value instanceof Address) {
            return value.toString();
        }
        if (value instanceof byte[] bytes) {
            return "0x" + HexFormat.of().formatHex(bytes);
        }
        if (value.getClass().isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                list.add(toJson(Array.get(value, i)));
            }
            return list;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(element -> out.add(toJson(element)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new TreeMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), toJson(v)));
            return out;
        }
        throw new IllegalArgumentException("a value of type " + value.getClass().getName()
                + " cannot be returned or logged");
    }

    /** The string form of an event log value. */
    static String toEventValue(Object value) {
        Object json = toJson(value);
        if (json == null || json instanceof String) {
            return (String) json;
        }
        throw new IllegalArgumentException("an event log value cannot be a " + value.getClass().getName());
    }

    private static Object toJavaContainer(Object json, Class<?> raw, Type[] args) {
        if (raw == List.class) {
            List<Object> out = new ArrayList<>();
            for (Object element : cast(json, List.class)) {
                out.add(args == null ? element : toJava(element, args[0]));
            }
            return out;
        }
        if (raw == Map.class) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) cast(json, Map.class)).entrySet()) {
                out.put(String.valueOf(e.getKey()), args == null ? e.getValue() : toJava(e.getValue(), args[1]));
            }
            return out;
        }
        if (raw == Object.class) {
            return json;
        }
        throw new IllegalArgumentException("unsupported parameter type " + raw.getName());
    }

    private static boolean toBoolean(Object json) {
        if (json instanceof Boolean b) {
            return b;
        }
        String s = cast(json, String.class);
        return switch (s) {
            case "0x1", "true" -> true;
            case "0x0", "false" -> false;
            default -> throw new IllegalArgumentException("not a boolean: " + s);
        };
    }

    private static BigInteger toInteger(Object json) {
        if (json instanceof BigInteger b) {
            return b;
        }
        if (json instanceof Long || json instanceof Integer || json instanceof Short || json instanceof Byte) {
            return BigInteger.valueOf(((Number) json).longValue());
        }
        if (json instanceof BigDecimal d) {
            return d.toBigIntegerExact();
        }
        String s = cast(json, String.class);
        boolean negative = s.startsWith("-");
        String digits = negative ? s.substring(1) : s;
        BigInteger magnitude = digits.startsWith("0x") || digits.startsWith("0X")
                ? new BigInteger(digits.substring(2), 16)
                : new BigInteger(digits, 10);
        return negative ? magnitude.negate() : magnitude;
    }

    private static String hex(BigInteger value) {
        return value.signum() < 0 ? "-0x" + value.negate().toString(16) : "0x" + value.toString(16);
    }

    private static String strip0x(String s) {
        if (!s.startsWith("0x")) {
            throw new IllegalArgumentException("bytes must start with 0x");
        }
        return s.substring(2);
    }

    private static <T> T cast(Object json, Class<T> type) {
        if (!type.isInstance(json)) {
            throw new IllegalArgumentException("expected a " + type.getSimpleName().toLowerCase()
                    + ", got " + json.getClass().getSimpleName());
        }
        return type.cast(json);
    }
}
