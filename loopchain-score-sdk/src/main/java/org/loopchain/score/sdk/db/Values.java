package org.loopchain.score.sdk.db;

/** Reads and writes one storage slot as a value of a container's value class. */
final class Values {

    private Values() {
    }

    static <T> T read(byte[] key, Class<T> valueClass) {
        byte[] stored = Storage.get(key);
        return stored == null ? null : ValueCodec.decode(stored, valueClass);
    }

    /** Stores {@code value}; {@code null} deletes the slot. */
    static void write(byte[] key, Object value, Class<?> valueClass) {
        if (value != null && !valueClass.isInstance(value)) {
            throw new IllegalArgumentException("a container of " + valueClass.getSimpleName()
                    + " cannot hold a " + value.getClass().getName());
        }
        Storage.put(key, value == null ? null : ValueCodec.encode(value));
    }

    /**
     * The byte form of a dictionary or branch key.
     *
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException if {@code key} is not of a storable class
     */
    static byte[] key(Object key) {
        if (key == null) {
            throw new NullPointerException("a container key must not be null");
        }
        if (!ValueCodec.isValueClass(key.getClass())) {
            throw new IllegalArgumentException("a container key cannot be a " + key.getClass().getName());
        }
        return ValueCodec.encode(key);
    }
}
