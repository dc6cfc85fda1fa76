package com.example;

import java.io.File;
import java.io.IOException;
import java.net.Socket;

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
            return new java.util.Random().nextInt();
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
            return java.time.Instant.now().toEpochMilli();
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
            java.util.function.LongSupplier clock = System::currentTimeMillis;
            return clock.getAsLong();
        }
    }

    public static class Streams {
        public long run() {
            return java.util.List.of(1, 2).parallelStream().count();
        }
    }

    public static class IdentityHash {
        public int run() {
            return new Object().hashCode();
        }
    }
}
