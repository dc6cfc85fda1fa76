package score;

/**
 * A stored sequence of values, indexed from 0.
 *
 * @param <E> the element type (see {@link Context#newArrayDB})
 */
public interface ArrayDB<E> {

    /** Appends {@code value}. */
    void add(E value);

    /**
     * Replaces the element at {@code index}.
     *
     * @throws IllegalArgumentException if {@code index} is not in {@code [0, size())}
     */
    void set(int index, E value);

    /**
     * Removes the last element.
     *
     * @throws IllegalStateException if the array is empty
     */
    void removeLast();

    /**
     * The element at {@code index}.
     *
     * @throws IllegalArgumentException if {@code index} is not in {@code [0, size())}
     */
    E get(int index);

    /** The number of elements. */
    int size();

    /**
     * Removes the last element and returns it.
     *
     * @throws IllegalStateException if the array is empty
     */
    E pop();
}
