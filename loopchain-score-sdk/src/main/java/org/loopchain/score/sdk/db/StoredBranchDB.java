package org.loopchain.score.sdk.db;

import score.BranchDB;

/** A {@link BranchDB} created by {@code Context.newBranchDB}: {@code at(key)} gives a {@link BranchNode}. */
final class StoredBranchDB<K, V> implements BranchDB<K, V>, StoredContainer {

    private final StoragePath path;
    private final Class<?> leafValueClass;
    private final ContainerSpec spec;

    StoredBranchDB(StoragePath path, Class<?> leafValueClass, ContainerSpec spec) {
        this.path = path;
        this.leafValueClass = leafValueClass;
        this.spec = spec;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V at(K key) {
        return (V) new BranchNode(path.child(Values.key(key)), leafValueClass);
    }

    @Override
    public ContainerSpec spec() {
        return spec;
    }
}
