package org.loopchain.score.sdk.codec;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.function.Supplier;
import score.Address;
import score.ObjectReader;

/**
 * Reads ICON's "RLPn" (see {@link Rlp} and {@link RlpnWriter}). It keeps a stack of the end
 * offsets of the lists it is in; every read checks it stays inside the current one. Any failure
 * invalidates the reader.
 */
final class RlpnReader implements ObjectReader {

    /** One encoded item: a byte string or a list, its payload range and where the next item starts. */
    private record Item(boolean list, int start, int length, int next) {
        byte[] payload(byte[] bytes) {
            return Arrays.copyOfRange(bytes, start, start + length);
        }
    }

    private final byte[] bytes;
    private final Deque<Integer> ends = new ArrayDeque<>();
    private int position;
    private boolean invalid;

    RlpnReader(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public boolean readBoolean() {
        return guarded(() -> {
            BigInteger value = integer();
            if (value.signum() != 0 && !value.equals(BigInteger.ONE)) {
                throw new IllegalStateException("not a boolean: " + value);
            }
            return value.signum() != 0;
        });
    }

    @Override
    public byte readByte() {
        return guarded(() -> exact(() -> integer().byteValueExact()));
    }

    @Override
    public short readShort() {
        return guarded(() -> exact(() -> integer().shortValueExact()));
    }

    @Override
    public char readChar() {
        return guarded(() -> {
            int value = exact(() -> integer().intValueExact());
            if (value < Character.MIN_VALUE || value > Character.MAX_VALUE) {
                throw new IllegalStateException("not a char: " + value);
            }
            return (char) value;
        });
    }

    @Override
    public int readInt() {
        return guarded(() -> exact(() -> integer().intValueExact()));
    }

    @Override
    public float readFloat() {
        return guarded(() -> Float.intBitsToFloat((int) fixedWidth(4)));
    }

    @Override
    public long readLong() {
        return guarded(() -> exact(() -> integer().longValueExact()));
    }

    @Override
    public double readDouble() {
        return guarded(() -> Double.longBitsToDouble(fixedWidth(8)));
    }

    @Override
    public BigInteger readBigInteger() {
        return guarded(this::integer);
    }

    @Override
    public String readString() {
        return guarded(() -> new String(string(), StandardCharsets.UTF_8));
    }

    @Override
    public byte[] readByteArray() {
        return guarded(this::string);
    }

    @Override
    public Address readAddress() {
        return guarded(() -> {
            byte[] raw = string();
            try {
                return new Address(raw);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("not an address", e);
            }
        });
    }

    @Override
    public <T> T read(Class<T> c) {
        return guarded(() -> c.cast(readValue(c)));
    }

    @Override
    public <T> T readOrDefault(Class<T> c, T def) {
        return hasNext() ? read(c) : def;
    }

    @Override
    public <T> T readNullable(Class<T> c) {
        return guarded(() -> {
            if (atNull()) {
                position += Rlp.NULL.length;
                return null;
            }
            return c.cast(readValue(c));
        });
    }

    @Override
    public <T> T readNullableOrDefault(Class<T> c, T def) {
        return hasNext() ? readNullable(c) : def;
    }

    @Override
    public void beginList() {
        guarded(() -> {
            Item item = next();
            if (!item.list()) {
                throw new IllegalStateException("expected a list at offset " + position);
            }
            ends.push(item.start() + item.length());
            position = item.start();
            return null;
        });
    }

    @Override
    public boolean beginNullableList() {
        return guarded(() -> {
            if (atNull()) {
                position += Rlp.NULL.length;
                return false;
            }
            beginList();
            return true;
        });
    }

    @Override
    public void beginMap() {
        beginList();
    }

    @Override
    public boolean beginNullableMap() {
        return beginNullableList();
    }

    @Override
    public boolean hasNext() {
        checkValid();
        return position < limit();
    }

    @Override
    public void end() {
        guarded(() -> {
            if (ends.isEmpty()) {
                throw new IllegalStateException("end() without an open list or map");
            }
            position = ends.pop();
            return null;
        });
    }

    @Override
    public void skip() {
        skip(1);
    }

    @Override
    public void skip(int count) {
        guarded(() -> {
            for (int i = 0; i < count; i++) {
                position = atNull() ? position + Rlp.NULL.length : item().next();
            }
            return null;
        });
    }

    private Object readValue(Class<?> c) {
        if (c == Boolean.class || c == boolean.class) {
            return readBoolean();
        } else if (c == Byte.class || c == byte.class) {
            return readByte();
        } else if (c == Short.class || c == short.class) {
            return readShort();
        } else if (c == Character.class || c == char.class) {
            return readChar();
        } else if (c == Integer.class || c == int.class) {
            return readInt();
        } else if (c == Float.class || c == float.class) {
            return readFloat();
        } else if (c == Long.class || c == long.class) {
            return readLong();
        } else if (c == Double.class || c == double.class) {
            return readDouble();
        } else if (c == BigInteger.class) {
            return readBigInteger();
        } else if (c == String.class) {
            return readString();
        } else if (c == byte[].class) {
            return readByteArray();
        } else if (c == Address.class) {
            return readAddress();
        }
        return readCustom(c);
    }

    /** Calls the class's {@code public static T readObject(ObjectReader)}; it must read one object. */
    private Object readCustom(Class<?> c) {
        Method method;
        try {
            method = c.getMethod("readObject", ObjectReader.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("cannot read a " + c.getName()
                    + ": it has no public static readObject(ObjectReader)", e);
        }
        if (!Modifier.isStatic(method.getModifiers()) || !c.isAssignableFrom(method.getReturnType())) {
            throw new IllegalArgumentException(c.getName() + ".readObject must be static and return " + c.getSimpleName());
        }
        int depth = ends.size();
        int expectedEnd = atNull() ? position + Rlp.NULL.length : item().next();
        Object value;
        try {
            value = method.invoke(null, this);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalArgumentException(c.getName() + ".readObject failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException(c.getName() + ".readObject is not accessible", e);
        }
        if (ends.size() != depth || position != expectedEnd) {
            throw new IllegalStateException(c.getName() + ".readObject must read exactly one object");
        }
        return value;
    }

    private BigInteger integer() {
        byte[] payload = string();
        return payload.length == 0 ? BigInteger.ZERO : new BigInteger(payload);
    }

    private long fixedWidth(int width) {
        byte[] payload = string();
        if (payload.length != width) {
            throw new IllegalStateException("expected " + width + " bytes, found " + payload.length);
        }
        long bits = 0;
        for (byte b : payload) {
            bits = bits << 8 | (b & 0xff);
        }
        return bits;
    }

    private byte[] string() {
        Item item = next();
        if (item.list()) {
            throw new IllegalStateException("expected a value, found a list");
        }
        return item.payload(bytes);
    }

    /** The next non-null item; the position moves past it. */
    private Item next() {
        if (atNull()) {
            throw new IllegalStateException("found null where a non-nullable value was written");
        }
        Item item = item();
        position = item.next();
        return item;
    }

    private boolean atNull() {
        return position + 1 < limit() && bytes[position] == Rlp.NULL[0] && bytes[position + 1] == Rlp.NULL[1];
    }

    /** Parses the header at the current position without moving. */
    private Item item() {
        int limit = limit();
        if (position >= limit) {
            throw new IllegalStateException("no more objects in the current " + (ends.isEmpty() ? "stream" : "list"));
        }
        int first = bytes[position] & 0xff;
        if (first < Rlp.SHORT_STRING) {
            return checked(new Item(false, position, 1, position + 1), limit);
        }
        if (first <= Rlp.LONG_STRING) {
            int length = first - Rlp.SHORT_STRING;
            return checked(new Item(false, position + 1, length, position + 1 + length), limit);
        }
        if (first < Rlp.SHORT_LIST) {
            return longForm(false, first - Rlp.LONG_STRING, limit);
        }
        if (first <= Rlp.LONG_LIST) {
            int length = first - Rlp.SHORT_LIST;
            return checked(new Item(true, position + 1, length, position + 1 + length), limit);
        }
        return longForm(true, first - Rlp.LONG_LIST, limit);
    }

    private Item longForm(boolean list, int sizeBytes, int limit) {
        if (position + 1 + sizeBytes > limit) {
            throw new IllegalStateException("corrupt stream: truncated length at offset " + position);
        }
        long length = 0;
        for (int i = 0; i < sizeBytes; i++) {
            length = length << 8 | (bytes[position + 1 + i] & 0xff);
        }
        if (sizeBytes > 4 || length > Integer.MAX_VALUE) {
            throw new UnsupportedOperationException("object too long: " + length + " bytes");
        }
        int start = position + 1 + sizeBytes;
        return checked(new Item(list, start, (int) length, start + (int) length), limit);
    }

    private static Item checked(Item item, int limit) {
        if (item.next() > limit || item.next() < item.start()) {
            throw new IllegalStateException("corrupt stream: an object runs past its container");
        }
        return item;
    }

    private int limit() {
        return ends.isEmpty() ? bytes.length : ends.peek();
    }

    private static <T> T exact(Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (ArithmeticException e) {
            throw new IllegalStateException("the value does not fit the type read", e);
        }
    }

    /** Runs {@code read}; any exception invalidates the reader. */
    private <T> T guarded(Supplier<T> read) {
        checkValid();
        try {
            return read.get();
        } catch (RuntimeException e) {
            invalid = true;
            throw e;
        }
    }

    private void checkValid() {
        if (invalid) {
            throw new IllegalStateException("the reader failed earlier and cannot be used");
        }
    }
}
