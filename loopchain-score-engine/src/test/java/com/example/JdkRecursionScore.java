package com.example;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import score.annotation.External;

/**
 * A contract written to diverge: each method makes the JDK recurse as deep as its argument asks,
 * inside JDK code where no contract frame is counted. On a JVM with a small stack that recursion
 * overflows, on one with a large stack it does not, unless the engine counts it.
 */
public class JdkRecursionScore {

    public JdkRecursionScore() {
    }

    @External(readonly = true)
    public boolean nestedEquals(int depth) {
        return nested(depth).equals(nested(depth));
    }

    @External(readonly = true)
    public int nestedKey(int depth) {
        Map<Object, String> map = new LinkedHashMap<>();
        map.put(nested(depth), "deep");
        return map.size();
    }

    @External(readonly = true)
    public boolean nestedContains(int depth) {
        List<Object> outer = new ArrayList<>();
        outer.add(nested(depth));
        return outer.contains(nested(depth));
    }

    @External(readonly = true)
    public int comparatorChain(int length) {
        Comparator<String> order = Comparator.naturalOrder();
        for (int i = 0; i < length; i++) {
            order = order.thenComparing(Comparator.reverseOrder());
        }
        return order.compare("same", "same");
    }

    @External(readonly = true)
    public int functionChain(int length) {
        Function<Integer, Integer> chain = Function.identity();
        for (int i = 0; i < length; i++) {
            chain = chain.andThen(x -> x + 1);
        }
        return chain.apply(0);
    }

    @External(readonly = true)
    public int wrapperChain(int length) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            list = i % 2 == 0 ? Collections.synchronizedList(list) : Collections.unmodifiableList(list);
        }
        return list.size();
    }

    /** Contract frames and JDK frames in turn: each contract level holds lists {@code inner} deep. */
    @External(readonly = true)
    public boolean interleaved(int levels, int inner) {
        return Node.chain(levels, inner).equals(Node.chain(levels, inner));
    }

    /** JDK calls that throw, caught many times: each must give its reserved depth back. */
    @External(readonly = true)
    public boolean caughtThenNested(int times, int depth) {
        TreeMap<String, String> sorted = new TreeMap<>();
        int caught = 0;
        for (int i = 0; i < times; i++) {
            try {
                sorted.containsKey(null);
            } catch (NullPointerException e) {
                caught++;
            }
        }
        return caught == times && nested(depth).equals(nested(depth));
    }

    /** The same lookup through a method reference, which the JDK would call directly. */
    @External(readonly = true)
    public boolean referenceContains(int depth) {
        BiPredicate<List<Object>, Object> contains = List::contains;
        List<Object> outer = new ArrayList<>();
        outer.add(nested(depth));
        return contains.test(outer, nested(depth));
    }

    @External(readonly = true)
    public int composedHash() {
        Object composed = Comparator.<String>naturalOrder().reversed();
        return Objects.hashCode(composed);
    }

    private static Object nested(int depth) {
        List<Object> list = new ArrayList<>();
        list.add("leaf");
        for (int i = 0; i < depth; i++) {
            List<Object> outer = new ArrayList<>();
            outer.add(list);
            list = outer;
        }
        return list;
    }

    /** A contract value whose equality compares the lists it holds. */
    public static final class Node {
        private final Object held;

        Node(Object held) {
            this.held = held;
        }

        static Node chain(int levels, int inner) {
            Node node = new Node("end");
            for (int i = 0; i < levels; i++) {
                List<Object> list = new ArrayList<>();
                list.add(node);
                Object wrapped = list;
                for (int j = 1; j < inner; j++) {
                    List<Object> outer = new ArrayList<>();
                    outer.add(wrapped);
                    wrapped = outer;
                }
                node = new Node(wrapped);
            }
            return node;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Node node && held.equals(node.held);
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }
}
