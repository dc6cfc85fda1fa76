package org.loopchain.score.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import score.Address;

/**
 * Keeps a contract instance's fields between calls: every instance field of the classes of the
 * archive in its hierarchy, superclass first, then by field name. A value is a primitive, a box,
 * {@code String}, {@code BigInteger}, {@code Address}, {@code byte[]}, {@code null} or an SDK
 * container; anything else cannot be kept and fails the install.
 */
final class FieldSnapshot {

    private FieldSnapshot() {
    }

    static byte[] take(Object instance, Predicate<Class<?>> inArchive) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (Field field : fields(instance.getClass(), inArchive)) {
                InstallRecord.writeString(out, field.getDeclaringClass().getName() + "." + field.getName());
                writeValue(out, field, field.get(instance));
            }
        } catch (IOException | IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    static void restore(Object instance, byte[] snapshot, Predicate<Class<?>> inArchive) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot))) {
            ClassLoader loader = instance.getClass().getClassLoader();
            for (Field field : fields(instance.getClass(), inArchive)) {
                String name = InstallRecord.readString(in);
                if (!name.equals(field.getDeclaringClass().getName() + "." + field.getName())) {
                    throw new IllegalStateException("install record holds " + name + ", not field " + field);
                }
                field.set(instance, readValue(in, loader));
            }
        } catch (IOException | IllegalAccessException | ClassNotFoundException | IllegalStateException e) {
            throw new CallFailure(ResultCodes.UNKNOWN_FAILURE, "cannot restore the SCORE instance: " + e);
        }
    }

    /** True for the classes defined by {@code archive}. */
    static Predicate<Class<?>> classesOf(ScoreArchive archive) {
        return type -> archive.classFiles().containsKey(type.getName().replace('.', '/'));
    }

    /** Instance fields of the archive's classes, superclass first, then by name; made accessible. */
    static List<Field> fields(Class<?> type, Predicate<Class<?>> inArchive) {
        Deque<Class<?>> hierarchy = new ArrayDeque<>();
        for (Class<?> c = type; c != null && inArchive.test(c); c = c.getSuperclass()) {
            hierarchy.push(c);
        }
        List<Field> fields = new ArrayList<>();
        for (Class<?> c : hierarchy) {
            List<Field> declared = new ArrayList<>(List.of(c.getDeclaredFields()));
            declared.removeIf(f -> Modifier.isStatic(f.getModifiers()) || f.isSynthetic());
            declared.sort(Comparator.comparing(Field::getName));
            declared.forEach(f -> f.setAccessible(true));
            fields.addAll(declared);
        }
        return fields;
    }

    private static void writeValue(DataOutputStream out, Field field, Object value) throws IOException {
        ValueTag tag = ValueTag.of(value);
        if (tag == null) {
            throw new CallFailure(ResultCodes.UNKNOWN_FAILURE, "field " + field.getDeclaringClass().getSimpleName()
                    + "." + field.getName() + " of type " + value.getClass().getName()
                    + " cannot be kept between calls");
        }
        out.writeByte(tag.ordinal());
        switch (tag) {
            case NULL -> { }
            case BOOLEAN -> out.writeBoolean((Boolean) value);
            case BYTE -> out.writeByte((Byte) value);
            case SHORT -> out.writeShort((Short) value);
            case CHAR -> out.writeChar((Character) value);
            case INT -> out.writeInt((Integer) value);
            case LONG -> out.writeLong((Long) value);
            case FLOAT -> out.writeInt(Float.floatToRawIntBits((Float) value));
            case DOUBLE -> out.writeLong(Double.doubleToRawLongBits((Double) value));
            case STRING -> InstallRecord.writeString(out, (String) value);
            case BIG_INTEGER -> writeBytes(out, ((BigInteger) value).toByteArray());
            case ADDRESS -> writeBytes(out, ((Address) value).toByteArray());
            case BYTES -> writeBytes(out, (byte[]) value);
            case CONTAINER -> SdkContainers.write(out, value);
        }
    }

    private static Object readValue(DataInputStream in, ClassLoader loader) throws IOException, ClassNotFoundException {
        ValueTag tag = ValueTag.values()[in.readUnsignedByte()];
        return switch (tag) {
            case NULL -> null;
            case BOOLEAN -> in.readBoolean();
            case BYTE -> in.readByte();
            case SHORT -> in.readShort();
            case CHAR -> in.readChar();
            case INT -> in.readInt();
            case LONG -> in.readLong();
            case FLOAT -> Float.intBitsToFloat(in.readInt());
            case DOUBLE -> Double.longBitsToDouble(in.readLong());
            case STRING -> InstallRecord.readString(in);
            case BIG_INTEGER -> new BigInteger(readBytes(in));
            case ADDRESS -> new Address(readBytes(in));
            case BYTES -> readBytes(in);
            case CONTAINER -> SdkContainers.read(in, loader);
        };
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return bytes;
    }

    /** The kinds of value a field may hold between calls; the ordinal is the stored tag. */
    private enum ValueTag {
        NULL, BOOLEAN, BYTE, SHORT, CHAR, INT, LONG, FLOAT, DOUBLE, STRING, BIG_INTEGER, ADDRESS, BYTES, CONTAINER;

        static ValueTag of(Object value) {
            if (value == null) {
                return NULL;
            }
            if (SdkContainers.isContainer(value)) {
                return CONTAINER;
            }
            return switch (value.getClass().getName()) {
                case "java.lang.Boolean" -> BOOLEAN;
                case "java.lang.Byte" -> BYTE;
                case "java.lang.Short" -> SHORT;
                case "java.lang.Character" -> CHAR;
                case "java.lang.Integer" -> INT;
                case "java.lang.Long" -> LONG;
                case "java.lang.Float" -> FLOAT;
                case "java.lang.Double" -> DOUBLE;
                case "java.lang.String" -> STRING;
                case "java.math.BigInteger" -> BIG_INTEGER;
                case "score.Address" -> ADDRESS;
                case "[B" -> BYTES;
                default -> null;
            };
        }
    }
}
