package com.example;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import score.annotation.External;

/**
 * The shapes javac gives common code, each through the engine's instrumentation (handlers,
 * frames, constructors calling super with new objects, switches on strings, records, lambdas):
 * if instrumenting broke one, the class would not load or the call would fail.
 */
public class ShapesScore extends ShapesBase {

    public record Amount(String owner, BigInteger value) {
    }

    /** A resource whose close throws, so try-with-resources adds a suppressed exception. */
    public static final class Noisy implements AutoCloseable {
        @Override
        public void close() {
            throw new IllegalStateException("close");
        }
    }

    public ShapesScore() {
        super(new StringBuilder("base").append(1).toString(), List.of(1, 2).size() > 1 ? new ArrayList<>() : null);
    }

    @External(readonly = true)
    public String everything(String word) {
        StringBuilder out = new StringBuilder(label());
        switch (word) {
            case "alpha" -> out.append(":a");
            case "beta" -> out.append(":b");
            default -> out.append(":").append(word.length());
        }
        try (Noisy noisy = new Noisy()) {
            out.append(":body");
            throw new IllegalArgumentException("body");
        } catch (IllegalArgumentException | IllegalStateException e) {
            out.append(":").append(e.getMessage()).append(e.getSuppressed().length);
        } finally {
            out.append(":finally");
        }
        Map<String, Amount> amounts = new LinkedHashMap<>();
        amounts.put("x", new Amount("x", BigInteger.TEN));
        amounts.put("y", new Amount("y", BigInteger.TWO));
        int hash = 0;
        for (Map.Entry<String, Amount> entry : amounts.entrySet()) {
            hash = 31 * hash + entry.getValue().hashCode();
        }
        Map<String, BigInteger> sums = new TreeMap<>();
        amounts.values().forEach(a -> sums.merge(a.owner(), a.value(), BigInteger::add));
        out.append(":").append(sums).append(":").append(Objects.hash(word, BigInteger.ONE) == Objects.hash(word,
                BigInteger.ONE)).append(":").append(hash == amounts.size() ? "same" : "h");
        return out.append(":").append(amounts.get("x")).toString();
    }

    @External(readonly = true)
    public int nestedFinally(int n) {
        int total = 0;
        for (int i = 0; i < n; i++) {
            try {
                try {
                    if (i % 2 == 0) {
                        throw new IllegalStateException("even");
                    }
                    total += i;
                } finally {
                    total += 100;
                }
            } catch (IllegalStateException e) {
                total += 1;
            }
        }
        return total;
    }
}
