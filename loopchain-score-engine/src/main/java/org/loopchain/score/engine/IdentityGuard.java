package org.loopchain.score.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Run-time half of the identity hash rule ({@link IdentityHashes} is the deploy-time half): the
 * instrumenter routes every call that hashes or shows a value whose class the check could not know
 * ({@code String.valueOf(Object)}, {@code StringBuilder.append(Object)}, {@code Objects.hash},
 * {@code List.hashCode()}, …) through these methods. Each walks the value (the elements of
 * collections, maps, {@code Optional}s and, where the JDK method does, arrays), charging one step
 * plus its size ({@link JdkCosts#size}) per value, and fails the call with 1 if any of them would
 * use {@code Object}'s {@code hashCode()} or {@code toString()} (or {@code Enum.hashCode()});
 * otherwise it does what the JDK method does. The
 * verdict depends only on the classes, so it is the same on every JVM.
 */
public final class IdentityGuard {

    /** How deep a value may nest collections, maps, arrays and {@code Optional}s to be hashed or shown. */
    static final int MAX_NESTING = 256;

    private static final ClassValue<Boolean> OWN_HASH = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            Class<?> declaring = declaring(type, "hashCode");
            return declaring != Object.class && declaring != Enum.class;
        }
    };
    private static final ClassValue<Boolean> OWN_TEXT = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return declaring(type, "toString") != Object.class;
        }
    };

    private IdentityGuard() {
    }

    public static String valueOf(Object value) {
        return nested(walk(value, false, false, false), () -> String.valueOf(value));
    }

    public static StringBuilder append(StringBuilder builder, Object value) {
        return nested(walk(value, false, false, false), () -> builder.append(value));
    }

    public static StringBuilder insert(StringBuilder builder, int offset, Object value) {
        return nested(walk(value, false, false, false), () -> builder.insert(offset, value));
    }

    public static String toString(Object value) {
        return nested(walk(value, false, false, false), () -> Objects.toString(value));
    }

    public static String toString(Object value, String whenNull) {
        return nested(walk(value, false, false, false), () -> Objects.toString(value, whenNull));
    }

    /** {@code receiver.toString()} where the receiver's static type did not tell. */
    public static String toStringOf(Object receiver) {
        return nested(walk(receiver, false, false, false), receiver::toString);
    }

    public static int hashCode(Object value) {
        return nested(walk(value, true, false, false), () -> Objects.hashCode(value));
    }

    /** {@code receiver.hashCode()} where the receiver's static type did not tell. */
    public static int hashCodeOf(Object receiver) {
        return nested(walk(receiver, true, false, false), receiver::hashCode);
    }

    public static int hash(Object[] values) {
        return nested(walk(values, true, true, false), () -> Arrays.hashCode(values));
    }

    public static int arrayHashCode(Object[] values) {
        return nested(walk(values, true, true, false), () -> Arrays.hashCode(values));
    }

    public static int deepHashCode(Object[] values) {
        return nested(walk(values, true, true, true), () -> Arrays.deepHashCode(values));
    }

    public static String arrayToString(Object[] values) {
        return nested(walk(values, false, true, false), () -> Arrays.toString(values));
    }

    public static String deepToString(Object[] values) {
        return nested(walk(values, false, true, true), () -> Arrays.deepToString(values));
    }

    /** Runs the JDK's {@code call}, its recursion {@code depth} levels counted ({@link JdkNesting}). */
    private static <T> T nested(int depth, Supplier<T> call) {
        StepMeter.enterJdk(JdkNesting.LEVEL_SLOTS * (1 + depth));
        try {
            return call.get();
        } finally {
            StepMeter.leaveJdk();
        }
    }

    /** {@code type.getName()}, but not of a lambda's class, whose name has a number the JVM chose. */
    public static String className(Class<?> type) {
        requireNamed(type);
        return type.getName();
    }

    public static String simpleClassName(Class<?> type) {
        requireNamed(type);
        return type.getSimpleName();
    }

    private static void requireNamed(Class<?> type) {
        StepMeter.charge(1);
        if (type.isHidden() || Proxy.isProxyClass(type)) {
            throw new CallFailure(ResultCodes.UNKNOWN_FAILURE, (type.isHidden() ? "a lambda's" : "a composed function's")
                    + " class has no name of its own: the JVM numbers it differently on each peer");
        }
    }

    static void requireHash(Object value) {
        walk(value, true, false, false);
    }

    static void requireText(Object value) {
        walk(value, false, false, false);
    }

    /**
     * Visits {@code root} and what its hash code or text is made of; fails on an identity one, and
     * on values nested deeper than {@value #MAX_NESTING} levels, where the JDK's own recursion
     * could overflow the stack on one JVM and not on another. Returns how deep it nests.
     */
    private static int walk(Object root, boolean hash, boolean arrayElements, boolean deep) {
        if (root == null) {
            StepMeter.charge(1);
            return 0;
        }
        int deepest = 0;
        Deque<Visit> todo = new ArrayDeque<>();
        todo.push(new Visit(root, 0));
        while (!todo.isEmpty()) {
            Visit visit = todo.pop();
            Object value = visit.value();
            deepest = Math.max(deepest, visit.depth());
            StepMeter.charge(1 + JdkCosts.size(value));
            if (visit.depth() > MAX_NESTING) {
                throw new CallFailure(ResultCodes.UNKNOWN_FAILURE, "a value nested more than " + MAX_NESTING
                        + " levels deep cannot be " + (hash ? "hashed" : "shown as text"));
            }
            Class<?> type = value.getClass();
            if (value instanceof Class<?> shown && !hash) {
                requireNamed(shown);
            } else if (type.isArray()) {
                if (!(visit.depth() == 0 && arrayElements || deep)) {
                    throw identity(type, hash);
                }
                if (value instanceof Object[] elements) {
                    pushAll(todo, Arrays.asList(elements), visit.depth());
                }
            } else if (!(hash ? OWN_HASH : OWN_TEXT).get(type)) {
                throw identity(type, hash);
            } else if (value instanceof Collection<?> elements) {
                pushAll(todo, elements, visit.depth());
            } else if (value instanceof Map<?, ?> map) {
                pushAll(todo, map.keySet(), visit.depth());
                pushAll(todo, map.values(), visit.depth());
            } else if (value instanceof Map.Entry<?, ?> entry) {
                pushAll(todo, Arrays.asList(entry.getKey(), entry.getValue()), visit.depth());
            } else if (value instanceof Optional<?> optional && optional.isPresent()) {
                todo.push(new Visit(optional.get(), visit.depth() + 1));
            }
        }
        return deepest;
    }

    private record Visit(Object value, int depth) {
    }

    private static void pushAll(Deque<Visit> todo, Collection<?> values, int depth) {
        for (Object value : values) {
            if (value != null) {
                todo.push(new Visit(value, depth + 1));
            }
        }
    }

    private static CallFailure identity(Class<?> type, boolean hash) {
        String name = type.isHidden() ? "a lambda" : type.isArray() ? "an array" : type.getName();
        return new CallFailure(ResultCodes.UNKNOWN_FAILURE, name + (hash
                ? " has no hashCode() of its own: its identity hash code differs between JVMs"
                : " has no toString() of its own: its text shows an identity hash code that differs between JVMs"));
    }

    private static Class<?> declaring(Class<?> type, String name) {
        try {
            Method method = type.getMethod(name);
            return method.getDeclaringClass();
        } catch (NoSuchMethodException e) {
            return Object.class;
        }
    }
}
