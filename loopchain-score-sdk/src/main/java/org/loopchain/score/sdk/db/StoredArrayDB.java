package org.loopchain.score.sdk.db;

import score.ArrayDB;

/**
 * An {@link ArrayDB}: its length in one slot (absent when 0) and each element in a slot of its
 * index. A null element is simply an absent slot.
 */
final class StoredArrayDB<E> implements ArrayDB<E>, StoredContainer {

    private final StoragePath path;
    private final Class<E> valueClass;
    private final ContainerSpec spec;

    StoredArrayDB(StoragePath path, Class<E> valueClass, ContainerSpec spec) {
        this.path = path;
        this.valueClass = valueClass;
        this.spec = spec;
    }

    @Override
    public void add(E value) {
        int size = size();
        if (size == Integer.MAX_VALUE) {
            throw new IllegalStateException("an ArrayDB holds at most " + Integer.MAX_VALUE + " elements");
        }
        Values.write(element(size), value, valueClass);
        setSize(size + 1);
    }

    @Override
    public void set(int index, E value) {
        checkIndex(index, size());
        Values.write(element(index), value, valueClass);
    }

    @Override
    public void removeLast() {
        pop();
    }

    @Override
    public E get(int index) {
        checkIndex(index, size());
        return Values.read(element(index), valueClass);
    }

    @Override
    public int size() {
        Integer size = Values.read(path.key(StoragePath.Role.LENGTH), Integer.class);
        return size == null ? 0 : size;
    }

    @Override
    public E pop() {
        int size = size();
        if (size == 0) {
            throw new IllegalStateException("the ArrayDB is empty");
        }
        byte[] last = element(size - 1);
        E value = Values.read(last, valueClass);
        Values.write(last, null, valueClass);
        setSize(size - 1);
        return value;
    }

    private void setSize(int size) {
        Values.write(path.key(StoragePath.Role.LENGTH), size == 0 ? null : size, Integer.class);
    }

    private byte[] element(int index) {
        return path.key(StoragePath.Role.ELEMENT, ValueCodec.encode(index));
    }

    private static void checkIndex(int index, int size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("index " + index + " is out of range [0, " + size + ")");
        }
    }

    @Override
    public ContainerSpec spec() {
        return spec;
    }
}
