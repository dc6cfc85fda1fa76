package org.loopchain.score.sdk.codec;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import score.Address;
import score.ByteArrayObjectWriter;
import score.ObjectWriter;

/**
 * Writes ICON's "RLPn" (see {@link Rlp}). Integers of every width, chars and booleans are written
 * as the minimal big-endian two's complement of their value; floats and doubles as their IEEE 754
 * bits (4 and 8 bytes); strings as UTF-8; addresses as their 21 bytes. An open list buffers its
 * elements until {@link #end} knows its length.
 */
final class RlpnWriter implements ByteArrayObjectWriter {

    /** An open container (or the top level): its encoded elements and how many there are. */
    private static final class Frame {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        int count;
    }

    private final Deque<Frame> frames = new ArrayDeque<>();
    private boolean invalid;

    RlpnWriter() {
        frames.push(new Frame());
    }

    @Override
    public void write(boolean v) {
        writeInteger(BigInteger.valueOf(v ? 1 : 0));
    }

    @Override
    public void write(byte v) {
        writeInteger(BigInteger.valueOf(v));
    }

    @Override
    public void write(short v) {
        writeInteger(BigInteger.valueOf(v));
    }

    @Override
    public void write(char v) {
        writeInteger(BigInteger.valueOf(v));
    }

    @Override
    public void write(int v) {
        writeInteger(BigInteger.valueOf(v));
    }

    @Override
    public void write(float v) {
        int bits = Float.floatToRawIntBits(v);
        writeString(new byte[] {(byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8), (byte) bits});
    }

    @Override
    public void write(long v) {
        writeInteger(BigInteger.valueOf(v));
    }

    @Override
    public void write(double v) {
        long bits = Double.doubleToRawLongBits(v);
        byte[] bytes = new byte[8];
        for (int i = 7; i >= 0; i--) {
            bytes[i] = (byte) bits;
            bits >>>= 8;
        }
        writeString(bytes);
    }

    @Override
    public void write(BigInteger v) {
        writeInteger(requireNonNull(v));
    }

    @Override
    public void write(String v) {
        writeString(requireNonNull(v).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(byte[] v) {
        writeString(requireNonNull(v).clone());
    }

    @Override
    public void write(Address v) {
        writeString(requireNonNull(v).toByteArray());
    }

    @Override
    public void write(Object v) {
        requireNonNull(v);
        if (v instanceof Boolean) {
            write((boolean) (Boolean) v);
        } else if (v instanceof Character) {
            write((char) (Character) v);
        } else if (v instanceof Float) {
            write((float) (Float) v);
        } else if (v instanceof Double) {
            write((double) (Double) v);
        } else if (v instanceof Byte || v instanceof Short || v instanceof Integer || v instanceof Long) {
            writeInteger(BigInteger.valueOf(((Number) v).longValue()));
        } else if (v instanceof BigInteger) {
            write((BigInteger) v);
        } else if (v instanceof String) {
            write((String) v);
        } else if (v instanceof byte[]) {
            write((byte[]) v);
        } else if (v instanceof Address) {
            write((Address) v);
        } else {
            writeCustom(v);
        }
    }

    @Override
    public void writeNullable(Object v) {
        if (v == null) {
            writeNull();
        } else {
            write(v);
        }
    }

    @Override
    public void write(Object... v) {
        for (Object element : requireNonNull(v)) {
            write(element);
        }
    }

    @Override
    public void writeNullable(Object... v) {
        for (Object element : requireNonNull(v)) {
            writeNullable(element);
        }
    }

    @Override
    public void writeNull() {
        append(Rlp.NULL);
    }

    @Override
    public void beginList(int l) {
        checkValid();
        frames.push(new Frame());
    }

    @Override
    public void beginNullableList(int l) {
        beginList(l);
    }

    @Override
    public void writeListOf(Object... v) {
        beginList(v.length);
        write(v);
        end();
    }

    @Override
    public void writeListOfNullable(Object... v) {
        beginList(v.length);
        writeNullable(v);
        end();
    }

    @Override
    public void beginMap(int l) {
        beginList(2 * l);
    }

    @Override
    public void beginNullableMap(int l) {
        beginMap(l);
    }

    @Override
    public void end() {
        checkValid();
        if (frames.size() == 1) {
            invalid = true;
            throw new IllegalStateException("end() without an open list or map");
        }
        byte[] payload = frames.pop().out.toByteArray();
        append(concat(header(Rlp.SHORT_LIST, Rlp.LONG_LIST, payload.length), payload));
    }

    @Override
    public byte[] toByteArray() {
        checkValid();
        if (frames.size() != 1) {
            throw new IllegalStateException((frames.size() - 1) + " list(s) or map(s) not ended");
        }
        return frames.peek().out.toByteArray();
    }

    private void writeInteger(BigInteger value) {
        writeString(value.toByteArray());
    }

    private void writeString(byte[] bytes) {
        if (bytes.length == 1 && (bytes[0] & 0xff) < Rlp.SHORT_STRING) {
            append(bytes);
        } else {
            append(concat(header(Rlp.SHORT_STRING, Rlp.LONG_STRING, bytes.length), bytes));
        }
    }

    private void append(byte[] encoded) {
        checkValid();
        Frame frame = frames.peek();
        frame.out.writeBytes(encoded);
        frame.count++;
    }

    /** Calls the class's {@code public static void writeObject(ObjectWriter, T)}; it must write one object. */
    private void writeCustom(Object v) {
        Method method = writeObjectMethod(v.getClass());
        Frame frame = frames.peek();
        int before = frame.count;
        try {
            method.invoke(null, this, v);
        } catch (InvocationTargetException e) {
            invalid = true;
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalArgumentException(v.getClass().getName() + ".writeObject failed", e.getCause());
        } catch (IllegalAccessException e) {
            invalid = true;
            throw new IllegalArgumentException(v.getClass().getName() + ".writeObject is not accessible", e);
        }
        if (frames.peek() != frame || frame.count != before + 1) {
            invalid = true;
            throw new IllegalArgumentException(v.getClass().getName() + ".writeObject must write exactly one object");
        }
    }

    private Method writeObjectMethod(Class<?> type) {
        for (Method method : type.getMethods()) {
            Class<?>[] parameters = method.getParameterTypes();
            if (method.getName().equals("writeObject") && Modifier.isStatic(method.getModifiers())
                    && parameters.length == 2 && parameters[0] == ObjectWriter.class
                    && parameters[1].isAssignableFrom(type)) {
                return method;
            }
        }
        invalid = true;
        throw new IllegalArgumentException("cannot write a " + type.getName()
                + ": it has no public static void writeObject(ObjectWriter, " + type.getSimpleName() + ")");
    }

    private static byte[] header(int shortBase, int longBase, int length) {
        if (length <= Rlp.MAX_SHORT_LENGTH) {
            return new byte[] {(byte) (shortBase + length)};
        }
        byte[] size = BigInteger.valueOf(length).toByteArray();
        int skip = size[0] == 0 ? 1 : 0;
        byte[] header = new byte[1 + size.length - skip];
        header[0] = (byte) (longBase + size.length - skip);
        System.arraycopy(size, skip, header, 1, size.length - skip);
        return header;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = new byte[a.length + b.length];
        System.arraycopy(a, 0, joined, 0, a.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    private <T> T requireNonNull(T value) {
        checkValid();
        if (value == null) {
            invalid = true;
            throw new NullPointerException("use writeNullable or writeNull to write null");
        }
        return value;
    }

    private void checkValid() {
        if (invalid) {
            throw new IllegalStateException("the writer failed earlier and cannot be used");
        }
    }
}
