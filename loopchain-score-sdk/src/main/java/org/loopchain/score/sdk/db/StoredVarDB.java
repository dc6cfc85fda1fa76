package org.loopchain.score.sdk.db;

import score.VarDB;

/** A {@link VarDB} whose value lives in one storage slot. */
final class StoredVarDB<E> implements VarDB<E>, StoredContainer {

    private final StoragePath path;
    private final Class<E> valueClass;
    private final ContainerSpec spec;

    StoredVarDB(StoragePath path, Class<E> valueClass, ContainerSpec spec) {
        this.path = path;
        this.valueClass = valueClass;
        this.spec = spec;
    }

    @Override
    public void set(E value) {
        Values.write(path.key(StoragePath.Role.VALUE), value, valueClass);
    }

    @Override
    public E get() {
        return Values.read(path.key(StoragePath.Role.VALUE), valueClass);
    }

    @Override
    public E getOrDefault(E defaultValue) {
        E value = get();
        return value == null ? defaultValue : value;
    }

    @Override
    public ContainerSpec spec() {
        return spec;
    }
}
