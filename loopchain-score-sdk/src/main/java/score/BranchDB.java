package score;

/**
 * Stored sub-databases by key: {@code at(key)} gives the sub-database for {@code key}.
 *
 * @param <K> the key type: String, byte[], Address, Byte, Short, Integer, Long, Character or BigInteger
 * @param <V> the sub-database type: VarDB, DictDB, ArrayDB or BranchDB
 */
public interface BranchDB<K, V> {

    /** The sub-database for {@code key}. */
    V at(K key);
}
