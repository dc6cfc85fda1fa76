package score;

import java.math.BigInteger;

/**
 * Reads back what an {@link ObjectWriter} wrote, in the same order and with the same nullability
 * (see {@link Context#newByteArrayObjectReader}).
 *
 * <p>A class of the contract is readable when it declares
 * {@code public static UserClass readObject(ObjectReader r)}, which must read exactly one built-in
 * object. Reads throw {@link IllegalStateException} at the end of the stream or of the current
 * container, on a type mismatch or on a corrupt stream, and {@link UnsupportedOperationException}
 * for an object too long to read. After any exception the reader is invalid and every further call
 * throws {@link IllegalStateException}.
 *
 * @see ObjectWriter
 */
public interface ObjectReader {

    boolean readBoolean();

    byte readByte();

    short readShort();

    char readChar();

    int readInt();

    float readFloat();

    long readLong();

    double readDouble();

    BigInteger readBigInteger();

    String readString();

    byte[] readByteArray();

    Address readAddress();

    /**
     * Reads an object of class {@code c}: a built-in class or one with a {@code readObject} method.
     *
     * @throws IllegalArgumentException if {@code c} is not readable
     */
    <T> T read(Class<T> c);

    /** Like {@link #read}, but {@code def} when the current container has no more elements. */
    <T> T readOrDefault(Class<T> c, T def);

    /** Reads a nullable object: null or an object of class {@code c}. */
    <T> T readNullable(Class<T> c);

    /** Like {@link #readNullable}, but {@code def} when the current container has no more elements. */
    <T> T readNullableOrDefault(Class<T> c, T def);

    /** Enters a list; leave it with {@link #end}. */
    void beginList();

    /** Enters a nullable list and returns true, or reads a null and returns false. */
    boolean beginNullableList();

    /** Enters a map (key, value, key, value …); leave it with {@link #end}. */
    void beginMap();

    /** Enters a nullable map and returns true, or reads a null and returns false. */
    boolean beginNullableMap();

    /** True if the current container (or the stream, at top level) has another object. */
    boolean hasNext();

    /** Leaves the current container, skipping what was not read. */
    void end();

    /** Skips one object. */
    void skip();

    /** Skips {@code count} objects. */
    void skip(int count);
}
