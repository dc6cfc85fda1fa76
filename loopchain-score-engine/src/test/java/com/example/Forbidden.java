package com.example;

import java.io.File;
import java.io.IOException;
import java.math.BigInteger;
import java.net.Socket;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;

/** One contract a forbidden construct, each rejected by the determinism check. */
public final class Forbidden {

    private Forbidden() {
    }

    public static class Clock {
        public long run() {
            return System.currentTimeMillis();
        }
    }

    public static class Dice {
        public int run() {
            return new Random().nextInt();
        }
    }

    public static class Threads {
        public void run() {
            new Thread(() -> { }).start();
        }
    }

    public static class Files {
        public boolean run() {
            return new File("/etc/passwd").exists();
        }
    }

    public static class Reflection {
        public int run() {
            return getClass().getDeclaredMethods().length;
        }
    }

    public static class Network {
        public void run() throws IOException {
            new Socket("example.com", 80).close();
        }
    }

    public static class Counter {
        static int count;

        public int run() {
            return ++count;
        }
    }

    public static class Locked {
        public synchronized int run() {
            return 1;
        }
    }

    public static class Chance {
        public double run() {
            return Math.random();
        }
    }

    public static class Now {
        public long run() {
            return Instant.now().toEpochMilli();
        }
    }

    public static class Table {
        static final int[] PRIMES = {2, 3, 5};

        public int run() {
            return PRIMES[0]++;
        }
    }

    public static class ClockReference {
        public long run() {
            LongSupplier clock = System::currentTimeMillis;
            return clock.getAsLong();
        }
    }

    public static class Streams {
        public long run() {
            return List.of(1, 2).parallelStream().count();
        }
    }

    public static class IdentityHash {
        public int run() {
            return new Object().hashCode();
        }
    }

    /** A class with Object's toString and hashCode: its text shows an identity hash. */
    public static class Plain {
    }

    public static class CatchThrowable {
        public int run() {
            try {
                return run();
            } catch (Throwable t) {
                return 0;
            }
        }
    }

    public static class CatchError {
        public int run() {
            try {
                return run();
            } catch (Error e) {
                return 0;
            }
        }
    }

    public static class CatchStackOverflow {
        public int run() {
            try {
                return run();
            } catch (StackOverflowError e) {
                return 0;
            }
        }
    }

    public static class PlainText {
        public String run() {
            return new Plain().toString();
        }
    }

    public static class PlainConcatenation {
        public String run() {
            return "value: " + new Plain();
        }
    }

    public enum Shade { LIGHT, DARK }

    public static class EnumHash {
        public int run() {
            Enum<?> shade = Shade.DARK;
            return shade.hashCode();
        }
    }

    public static class SystemIdentityHash {
        public int run() {
            return System.identityHashCode(this);
        }
    }

    public static class HashIteration {
        public String run() {
            Map<Plain, String> names = new HashMap<>();
            names.put(new Plain(), "a");
            names.put(new Plain(), "b");
            return String.join(",", names.values());
        }
    }

    public static class HashSetIteration {
        public int run() {
            Set<String> names = new HashSet<>();
            names.add("a");
            return names.size();
        }
    }

    public static class SaltedSet {
        public String run() {
            return Set.of("a", "b", "c").iterator().next();
        }
    }

    public static class Floating {
        public long run(long x) {
            return (long) (x * 1.5);
        }
    }

    public static class FloatingField {
        private double rate;

        public long run(long x) {
            return x;
        }
    }

    public static class Regex {
        public boolean run(String text) {
            return text.matches("(a+)+b");
        }
    }

    public static class RegexSplit {
        public int run(String text) {
            return text.split("[,;]").length;
        }
    }

    public static class Prime {
        public boolean run() {
            return BigInteger.valueOf(7).isProbablePrime(20);
        }
    }

    public record Pair(Object left, int right) {
    }

    public static class RecordHash {
        public int run() {
            return new Pair(new Plain(), 1).hashCode();
        }
    }

    /** A CharSequence whose text would be Object's. */
    public static class Letters implements CharSequence {
        public int length() {
            return 0;
        }

        public char charAt(int index) {
            return 'a';
        }

        public CharSequence subSequence(int start, int end) {
            return this;
        }
    }
}
