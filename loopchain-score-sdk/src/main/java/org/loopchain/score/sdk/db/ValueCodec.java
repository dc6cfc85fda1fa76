package org.loopchain.score.sdk.db;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import score.Address;

/**
 * The byte form of storable values and keys. It does not depend on the Java type: every integer
 * (Byte, Short, Integer, Long, BigInteger, Character, and Boolean as 0 or 1) is its minimal
 * big-endian two's complement, a String its UTF-8 bytes, a byte[] itself and an Address its
 * {@value Address#LENGTH} bytes. Reading decodes with the class the container was created with.
 */
public final class ValueCodec {

    private static final Set<Class<?>> VALUE_CLASSES = Set.of(Boolean.class, Byte.class, Short.class,
            Character.class, Integer.class, Long.class, BigInteger.class, String.class, byte[].class,
            Address.class);

    private ValueCodec() {
    }

    /** True for the classes a container, a key or an event log can hold. */
    public static boolean isValueClass(Class<?> type) {
        return VALUE_CLASSES.contains(type);
    }

    /**
     * Checks that a container can hold {@code type}.
     *
     * @throws IllegalArgumentException naming the class otherwise (Float and Double included: use
     *     integers or BigInteger for amounts)
     */
    public static void requireValueClass(Class<?> type) {
        if (type == null) {
            throw new NullPointerException("value class");
        }
        if (!isValueClass(type)) {
            throw new IllegalArgumentException("a SCORE container cannot hold " + type.getName()
                    + "; use Boolean, Byte, Short, Character, Integer, Long, BigInteger, String, byte[] or Address");
        }
    }

    /**
     * The byte form of {@code value}.
     *
     * @throws IllegalArgumentException if {@code value} is not of a storable class
     */
    public static byte[] encode(Object value) {
        if (value instanceof Boolean) {
            return new byte[] {(byte) ((Boolean) value ? 1 : 0)};
        }
        if (value instanceof Character) {
            return BigInteger.valueOf((Character) value).toByteArray();
        }
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
            return BigInteger.valueOf(((Number) value).longValue()).toByteArray();
        }
        if (value instanceof BigInteger) {
            return ((BigInteger) value).toByteArray();
        }
        if (value instanceof String) {
            return ((String) value).getBytes(StandardCharsets.UTF_8);
        }
        if (value instanceof byte[]) {
            return ((byte[]) value).clone();
        }
        if (value instanceof Address) {
            return ((Address) value).toByteArray();
        }
        throw new IllegalArgumentException("cannot store a "
                + (value == null ? "null key" : value.getClass().getName()));
    }

    /**
     * Decodes {@code bytes} as {@code type}.
     *
     * @throws IllegalStateException if the bytes do not fit {@code type}
     */
    public static <T> T decode(byte[] bytes, Class<T> type) {
        return type.cast(decodeValue(bytes, type));
    }

    private static Object decodeValue(byte[] bytes, Class<?> type) {
        if (type == String.class) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (type == byte[].class) {
            return bytes.clone();
        }
        if (type == Address.class) {
            try {
                return new Address(bytes);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("stored value is not an address", e);
            }
        }
        BigInteger number = bytes.length == 0 ? BigInteger.ZERO : new BigInteger(bytes);
        try {
            if (type == BigInteger.class) {
                return number;
            }
            if (type == Long.class) {
                return number.longValueExact();
            }
            if (type == Integer.class) {
                return number.intValueExact();
            }
            if (type == Short.class) {
                return number.shortValueExact();
            }
            if (type == Byte.class) {
                return number.byteValueExact();
            }
            if (type == Character.class) {
                return (char) charValue(number);
            }
            if (type == Boolean.class) {
                return booleanValue(number);
            }
        } catch (ArithmeticException e) {
            throw new IllegalStateException("stored value " + number + " does not fit " + type.getSimpleName(), e);
        }
        throw new IllegalArgumentException("a SCORE container cannot hold " + type.getName());
    }

    private static int charValue(BigInteger number) {
        int value = number.intValueExact();
        if (value < Character.MIN_VALUE || value > Character.MAX_VALUE) {
            throw new ArithmeticException("not a char");
        }
        return value;
    }

    private static boolean booleanValue(BigInteger number) {
        if (number.signum() == 0) {
            return false;
        }
        if (number.equals(BigInteger.ONE)) {
            return true;
        }
        throw new ArithmeticException("not a boolean");
    }
}
