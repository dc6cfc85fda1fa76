package org.loopchain.score.engine;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

/**
 * Counts in the call depth the recursion that runs inside JDK code, where no contract frame is
 * counted: equality, hashing and lookups that descend into nested collections, maps, entries,
 * {@code Optional}s and arrays ({@link JdkNestingRules} says which calls and which of their values),
 * and composed functions ({@link Compositions}). Before such a call the instrumented code hands
 * over the call's values; the engine walks them, charging a step per value visited, and reserves
 * {@value #LEVEL_SLOTS} slots of the call's slot budget per level of nesting (one level for the
 * call itself) until the call returns, or a contract handler or frame end after it threw. A value nested deeper than the free budget fails
 * the call with the call depth error, before the JDK runs: the verdict depends only on the values,
 * so it is the same on every JVM, and what the JDK runs always fits the thread's stack.
 */
public final class JdkNesting {

    /** The slots one level of JDK recursion counts for: 512 bytes, more than the JDK's frames for one level use. */
    static final int LEVEL_SLOTS = 64;

    private JdkNesting() {
    }

    /** Called by instrumented code before a call of rule {@code rule} ({@link JdkNestingRules.Rule}). */
    public static void enter(int rule, Object[] values) {
        StepMeter.enterJdk(LEVEL_SLOTS * levels(JdkNestingRules.Rule.values()[rule], values));
    }

    /** Called by instrumented code after the call, whether it returned or threw. */
    public static void leave() {
        StepMeter.leaveJdk();
    }

    private static int levels(JdkNestingRules.Rule rule, Object[] values) {
        rule.check(values);
        int most = (int) Math.min(Integer.MAX_VALUE / LEVEL_SLOTS, StepMeter.freeSlots() / LEVEL_SLOTS);
        int deepest = 0;
        for (int i = rule.receiver() ? 0 : 1; i < values.length && i <= rule.lastArgument(); i++) {
            deepest = Math.max(deepest, depth(values[i], most));
        }
        return 1 + deepest;
    }

    /**
     * How many containers deep {@code root} nests (0 for a value that holds none), visiting at most
     * {@code most} + 1 levels: a deeper value, or one that holds itself, reports {@code most + 1}.
     */
    static int depth(Object root, int most) {
        if (!(isContainer(root))) {
            return 0;
        }
        int deepest = 0;
        Deque<Visit> todo = new ArrayDeque<>();
        todo.push(new Visit(root, 1));
        while (!todo.isEmpty()) {
            Visit visit = todo.pop();
            StepMeter.charge(1);
            deepest = Math.max(deepest, visit.depth());
            if (visit.depth() > most) {
                return visit.depth();
            }
            for (Object inner : contents(visit.value())) {
                if (isContainer(inner)) {
                    todo.push(new Visit(inner, visit.depth() + 1));
                } else {
                    StepMeter.charge(1);
                }
            }
        }
        return deepest;
    }

    private static boolean isContainer(Object value) {
        return value instanceof Collection<?> || value instanceof Map<?, ?> || value instanceof Map.Entry<?, ?>
                || value instanceof Optional<?> || value instanceof Object[];
    }

    private static Collection<?> contents(Object container) {
        if (container instanceof Collection<?> elements) {
            return elements;
        }
        if (container instanceof Map<?, ?> map) {
            return map.entrySet();
        }
        if (container instanceof Map.Entry<?, ?> entry) {
            return Arrays.asList(entry.getKey(), entry.getValue());
        }
        if (container instanceof Optional<?> optional) {
            return optional.stream().toList();
        }
        return Arrays.asList((Object[]) container);
    }

    private record Visit(Object value, int depth) {
    }
}
