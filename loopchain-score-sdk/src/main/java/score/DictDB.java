package score;

/**
 * Stored values by key. Only the values are stored: a dictionary cannot list its keys.
 *
 * @param <K> the key type: String, byte[], Address, Byte, Short, Integer, Long, Character or BigInteger
 * @param <V> the value type (see {@link Context#newDictDB})
 */
public interface DictDB<K, V> {

    /** Stores {@code value} under {@code key}; {@code null} removes it. */
    void set(K key, V value);

    /** The value under {@code key}, or {@code null}. */
    V get(K key);

    /** The value under {@code key}, or {@code defaultValue} when there is none. */
    V getOrDefault(K key, V defaultValue);
}
