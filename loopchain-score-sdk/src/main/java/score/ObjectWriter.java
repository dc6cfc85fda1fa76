package score;

import java.math.BigInteger;

/**
 * Writes a stream of objects in a codec (see {@link Context#newByteArrayObjectWriter}).
 *
 * <p>Built-in objects are the simple values ({@link Boolean}, {@link Byte}, {@link Short},
 * {@link Character}, {@link Integer}, {@link Float}, {@link Long}, {@link Double},
 * {@link BigInteger}, {@link String}, {@code byte[]}, {@link Address}) and the containers: a list
 * ({@link #beginList} … elements … {@link #end}) and a map ({@link #beginMap} … key, value, key,
 * value … {@link #end}). A class of the contract is writable when it declares
 * {@code public static void writeObject(ObjectWriter w, UserClass obj)}, which must write exactly
 * one built-in object (a list when it has several parts).
 *
 * <p>A value is written either as non-nullable or as nullable ({@link #writeNullable},
 * {@link #writeNull}, {@link #beginNullableList}, {@link #beginNullableMap}) and must be read back
 * the same way. After any exception the writer is invalid and every further call throws
 * {@link IllegalStateException}.
 *
 * @see ObjectReader
 */
public interface ObjectWriter {

    void write(boolean v);

    void write(byte v);

    void write(short v);

    void write(char v);

    void write(int v);

    void write(float v);

    void write(long v);

    void write(double v);

    /** @throws NullPointerException if {@code v} is null */
    void write(BigInteger v);

    /** @throws NullPointerException if {@code v} is null */
    void write(String v);

    /** @throws NullPointerException if {@code v} is null */
    void write(byte[] v);

    /** @throws NullPointerException if {@code v} is null */
    void write(Address v);

    /**
     * Writes a built-in object or an object of a class with a {@code writeObject} method.
     *
     * @throws IllegalArgumentException if {@code v} is of no writable class
     * @throws NullPointerException if {@code v} is null
     */
    void write(Object v);

    /** Writes {@code v} (which may be null) as a nullable object. */
    void writeNullable(Object v);

    /** Writes each of {@code v} as by {@link #write(Object)}. */
    void write(Object... v);

    /** Writes each of {@code v} as by {@link #writeNullable(Object)}. */
    void writeNullable(Object... v);

    /** Writes a nullable null. */
    void writeNull();

    /** Begins a list of {@code l} elements; close it with {@link #end}. */
    void beginList(int l);

    /** Begins a nullable list of {@code l} elements; close it with {@link #end}. */
    void beginNullableList(int l);

    /** Writes a whole list of {@code v}. */
    void writeListOf(Object... v);

    /** Writes a whole list of {@code v}, each element nullable. */
    void writeListOfNullable(Object... v);

    /** Begins a map of {@code l} entries; close it with {@link #end}. */
    void beginMap(int l);

    /** Begins a nullable map of {@code l} entries; close it with {@link #end}. */
    void beginNullableMap(int l);

    /**
     * Ends the current list or map.
     *
     * @throws IllegalStateException if no list or map is open
     */
    void end();
}
