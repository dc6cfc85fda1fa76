package org.loopchain.score.engine;

import java.util.Set;

/**
 * Which JDK calls may recurse through their values ({@link JdkNesting}), and which values: the
 * owners are the collection types, {@code Object}, {@code Objects}, {@code Arrays},
 * {@code Collections} and {@code Optional}. Equality, hashing and text walk the receiver and the
 * arguments; a map's key lookups walk the key; the other comparing members walk their arguments;
 * appending to a list compares nothing and walks nothing. A {@code Collections} wrapper
 * ({@code synchronized…}, {@code checked…}, {@code unmodifiable…}) may not wrap another one: every
 * call would go through both, a JDK frame per wrapper that no value shows.
 */
final class JdkNestingRules {

    enum Rule {
        /** Walks nothing. */
        NONE(false, 0),
        /** The receiver and every argument. */
        ALL(true, Integer.MAX_VALUE),
        /** Every argument. */
        ARGUMENTS(false, Integer.MAX_VALUE),
        /** The first argument: a map's key. */
        KEY(false, 1),
        /** A {@code Collections} wrapper: its argument may not be a wrapper itself. */
        WRAP(false, 0);

        private final boolean receiver;
        private final int lastArgument;

        Rule(boolean receiver, int lastArgument) {
            this.receiver = receiver;
            this.lastArgument = lastArgument;
        }

        boolean receiver() {
            return receiver;
        }

        int lastArgument() {
            return lastArgument;
        }

        void check(Object[] values) {
            if (this == WRAP && values.length > 1 && values[1] != null && isWrapper(values[1].getClass())) {
                throw new CallFailure(ResultCodes.UNKNOWN_FAILURE, "a Collections wrapper may not wrap another one:"
                        + " every call would go through both");
            }
        }
    }

    private static final Set<String> OWNERS = Set.of("java/lang/Object", "java/lang/Iterable", "java/util/Collection",
            "java/util/List", "java/util/ArrayList", "java/util/LinkedList", "java/util/Set", "java/util/LinkedHashSet",
            "java/util/TreeSet", "java/util/Map", "java/util/LinkedHashMap", "java/util/TreeMap", "java/util/Deque",
            "java/util/Queue", "java/util/ArrayDeque", "java/util/Map$Entry", "java/util/Optional",
            "java/util/Objects", "java/util/Arrays", "java/util/Collections", "java/util/ListIterator");
    private static final Set<String> LISTS = Set.of("java/util/List", "java/util/ArrayList", "java/util/LinkedList",
            "java/util/Deque", "java/util/Queue", "java/util/ArrayDeque", "java/util/ListIterator");
    private static final Set<String> MAPS = Set.of("java/util/Map", "java/util/LinkedHashMap", "java/util/TreeMap");
    private static final Set<String> WHOLE = Set.of("equals", "hashCode", "toString", "removeAll", "retainAll",
            "deepEquals", "deepHashCode", "deepToString");
    private static final Set<String> APPENDS = Set.of("add", "addAll", "set", "offer", "offerFirst", "offerLast",
            "push", "addFirst", "addLast");
    private static final Set<String> KEYED = Set.of("get", "getOrDefault", "put", "putIfAbsent", "containsKey",
            "compute", "computeIfAbsent", "computeIfPresent", "merge");
    private static final Set<String> COMPARING = Set.of("contains", "containsAll", "containsValue", "indexOf",
            "lastIndexOf", "remove", "removeFirstOccurrence", "removeLastOccurrence", "add", "addAll", "put",
            "putAll", "replace", "frequency", "disjoint", "indexOfSubList", "lastIndexOfSubList", "replaceAll",
            "<init>", "binarySearch");
    private static final String WRAPPERS = "java/util/Collections.(synchronized|checked|unmodifiable)[A-Za-z]*";

    private JdkNestingRules() {
    }

    /** The rule for a call of the JDK member {@code owner.name desc}. */
    static Rule of(String owner, String name, String desc) {
        if (!OWNERS.contains(owner)) {
            return Rule.NONE;
        }
        if (WHOLE.contains(name)) {
            return Rule.ALL;
        }
        if ((owner + "." + name).matches(WRAPPERS)) {
            return Rule.WRAP;
        }
        if (LISTS.contains(owner) && APPENDS.contains(name)) {
            return Rule.NONE;
        }
        if (MAPS.contains(owner) && KEYED.contains(name)) {
            return Rule.KEY;
        }
        if (COMPARING.contains(name) || KEYED.contains(name)) {
            return desc.startsWith("()") ? Rule.NONE : Rule.ARGUMENTS;
        }
        return Rule.NONE;
    }

    /** True for the classes of the {@code Collections} wrappers. */
    static boolean isWrapper(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.util.Collections$Synchronized") || name.startsWith("java.util.Collections$Checked")
                || name.startsWith("java.util.Collections$Unmodifiable");
    }
}
