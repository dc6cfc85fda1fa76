package org.loopchain.score.sdk.db;

import score.ArrayDB;
import score.BranchDB;
import score.DictDB;
import score.VarDB;

/** Creates the storage containers behind {@code Context.new…DB}, and recreates them from a {@link ContainerSpec}. */
public final class Containers {

    private Containers() {
    }

    public static <E> VarDB<E> newVarDB(String id, Class<E> valueClass) {
        ContainerSpec spec = spec(ContainerKind.VAR, id, valueClass);
        return new StoredVarDB<>(StoragePath.root(spec.kind(), id), valueClass, spec);
    }

    public static <K, V> DictDB<K, V> newDictDB(String id, Class<V> valueClass) {
        ContainerSpec spec = spec(ContainerKind.DICT, id, valueClass);
        return new StoredDictDB<>(StoragePath.root(spec.kind(), id), valueClass, spec);
    }

    public static <E> ArrayDB<E> newArrayDB(String id, Class<E> valueClass) {
        ContainerSpec spec = spec(ContainerKind.ARRAY, id, valueClass);
        return new StoredArrayDB<>(StoragePath.root(spec.kind(), id), valueClass, spec);
    }

    public static <K, V> BranchDB<K, V> newBranchDB(String id, Class<?> leafValueClass) {
        ContainerSpec spec = spec(ContainerKind.BRANCH, id, leafValueClass);
        return new StoredBranchDB<>(StoragePath.root(spec.kind(), id), leafValueClass, spec);
    }

    /** The container {@code spec} describes, reading and writing the same slots as the original. */
    @SuppressWarnings("unchecked")
    public static Object restore(ContainerSpec spec) {
        Class<Object> valueClass = (Class<Object>) spec.valueClass();
        switch (spec.kind()) {
            case VAR:
                return newVarDB(spec.id(), valueClass);
            case DICT:
                return newDictDB(spec.id(), valueClass);
            case ARRAY:
                return newArrayDB(spec.id(), valueClass);
            case BRANCH:
                return newBranchDB(spec.id(), valueClass);
            default:
                throw new IllegalArgumentException("unknown container kind " + spec.kind());
        }
    }

    private static ContainerSpec spec(ContainerKind kind, String id, Class<?> valueClass) {
        if (id == null) {
            throw new NullPointerException("container id");
        }
        ValueCodec.requireValueClass(valueClass);
        return new ContainerSpec(kind, id, valueClass);
    }
}
