package org.loopchain.score.sdk.db;

import score.DictDB;

/** A {@link DictDB} with one storage slot a key; the keys themselves are not listed anywhere. */
final class StoredDictDB<K, V> implements DictDB<K, V>, StoredContainer {

    private final StoragePath path;
    private final Class<V> valueClass;
    private final ContainerSpec spec;

    StoredDictDB(StoragePath path, Class<V> valueClass, ContainerSpec spec) {
        this.path = path;
        this.valueClass = valueClass;
        this.spec = spec;
    }

    @Override
    public void set(K key, V value) {
        Values.write(slot(key), value, valueClass);
    }

    @Override
    public V get(K key) {
        return Values.read(slot(key), valueClass);
    }

    @Override
    public V getOrDefault(K key, V defaultValue) {
        V value = get(key);
        return value == null ? defaultValue : value;
    }

    private byte[] slot(K key) {
        return path.key(StoragePath.Role.ENTRY, Values.key(key));
    }

    @Override
    public ContainerSpec spec() {
        return spec;
    }
}
