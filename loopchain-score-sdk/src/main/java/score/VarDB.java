package score;

/**
 * One stored value.
 *
 * @param <E> the value type (see {@link Context#newVarDB})
 */
public interface VarDB<E> {

    /** Stores {@code value}; {@code null} removes it. */
    void set(E value);

    /** The stored value, or {@code null}. */
    E get();

    /** The stored value, or {@code defaultValue} when there is none. */
    E getOrDefault(E defaultValue);
}
