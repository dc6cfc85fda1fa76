package org.loopchain.score.sdk.db;

import score.ArrayDB;
import score.BranchDB;
import score.DictDB;
import score.VarDB;

/**
 * The sub-database of a branch at one key. The contract's declared type
 * ({@code BranchDB<K, DictDB<K2, V>>}, {@code BranchDB<K, BranchDB<K2, ArrayDB<V>>>} …) is erased
 * at run time, so a node is all four kinds at once: the contract's cast picks the one it uses, and
 * each kind keeps its slots apart by the key's role byte.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class BranchNode implements VarDB, DictDB, ArrayDB, BranchDB {

    private final StoragePath path;
    private final Class<?> leafValueClass;

    BranchNode(StoragePath path, Class<?> leafValueClass) {
        this.path = path;
        this.leafValueClass = leafValueClass;
    }

    private VarDB<Object> var() {
        return new StoredVarDB<>(path, (Class<Object>) leafValueClass, null);
    }

    private DictDB<Object, Object> dict() {
        return new StoredDictDB<>(path, (Class<Object>) leafValueClass, null);
    }

    private ArrayDB<Object> array() {
        return new StoredArrayDB<>(path, (Class<Object>) leafValueClass, null);
    }

    @Override
    public Object at(Object key) {
        return new BranchNode(path.child(Values.key(key)), leafValueClass);
    }

    @Override
    public void set(Object value) {
        var().set(value);
    }

    @Override
    public Object get() {
        return var().get();
    }

    @Override
    public Object getOrDefault(Object defaultValue) {
        return var().getOrDefault(defaultValue);
    }

    @Override
    public void set(Object key, Object value) {
        dict().set(key, value);
    }

    @Override
    public Object get(Object key) {
        return dict().get(key);
    }

    @Override
    public Object getOrDefault(Object key, Object defaultValue) {
        return dict().getOrDefault(key, defaultValue);
    }

    @Override
    public void add(Object value) {
        array().add(value);
    }

    @Override
    public void set(int index, Object value) {
        array().set(index, value);
    }

    @Override
    public void removeLast() {
        array().removeLast();
    }

    @Override
    public Object get(int index) {
        return array().get(index);
    }

    @Override
    public int size() {
        return array().size();
    }

    @Override
    public Object pop() {
        return array().pop();
    }

    @Override
    public String toString() {
        return "BranchNode" + path;
    }
}
