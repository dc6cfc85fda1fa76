package org.loopchain.score.engine;

import java.util.Arrays;

/**
 * Counts the steps and the call depth of the SCORE call running on the current thread.
 * Instrumented contract code calls {@link #charge(int)} at the start of every basic block with the
 * block's instruction count, before every array allocation with its element count, and before
 * every {@code new}; {@link #enter(int)} and {@link #leave(int)} around the body of every method;
 * the engine opens a {@link Session} with the call's limit around it.
 *
 * <p>Costs: {@value #INSTRUCTION} a bytecode instruction, {@value #NEW_OBJECT} more for each object
 * allocated, {@value #ARRAY_ELEMENT} for each array element allocated. Running past the limit throws
 * {@link OutOfStepsError}; nesting more than {@value #MAX_CALL_DEPTH} contract methods, or frames of
 * more than {@value #MAX_FRAME_SLOTS} slots (locals and operand stack, as the class files declare
 * them) in all, throws {@link CallDepthError}. Either failure is sticky: every later charge or
 * entry in the same session throws it again; so is a JVM error that a catch-any handler reports
 * ({@link CaughtExceptions}). Charging with no session bound is a bug of the engine
 * and throws {@link IllegalStateException}.
 */
public final class StepMeter {

    public static final int INSTRUCTION = 1;
    public static final int NEW_OBJECT = 10;
    public static final int ARRAY_ELEMENT = 1;
    public static final int MAX_CALL_DEPTH = 256;
    /** 32,768 slots of 8 bytes are 256 KiB: a quarter of the smallest default thread stack (1 MiB). */
    public static final int MAX_FRAME_SLOTS = 32_768;

    private static final ThreadLocal<Session> CURRENT = new ThreadLocal<>();

    private StepMeter() {
    }

    /** Binds a new session with {@code limit} steps to this thread until it is closed. */
    public static Session start(long limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("negative step limit " + limit);
        }
        Session session = new Session(limit, CURRENT.get());
        CURRENT.set(session);
        return session;
    }

    /**
     * Binds a session for a call one contract makes to another, inside the current one: it has the
     * steps the current one has left, continues its depth and slots (one stack for both), and on
     * closing charges the current one what it used and passes on a failure that ends a call
     * whatever the contract does (out of steps, too deep, a JVM error).
     */
    static Session startNested() {
        Session outer = session();
        Session nested = new Session(outer.limit - outer.used, outer);
        nested.nested = true;
        nested.depth = outer.depth;
        nested.slots = outer.slots;
        CURRENT.set(nested);
        return nested;
    }

    /** Fails the current session for good as too deep (contracts calling each other past their limit). */
    static CallDepthError tooDeep() {
        session().tooDeep = true;
        return new CallDepthError();
    }

    public static void charge(int steps) {
        charge((long) steps);
    }

    /** Adds {@code steps} (a negative count, e.g. a bad array length, counts as 0). */
    public static void charge(long steps) {
        session().charge(Math.max(0, steps));
    }

    /** Called first by every contract method: one frame deeper, of {@code slots} slots. */
    public static void enter(int slots) {
        session().enter(slots);
    }

    /**
     * Counts recursion that runs inside JDK code ({@link JdkNesting}) in the slot budget, until the
     * matching {@link #leaveJdk()}: {@code slots} more, failing like a contract frame that does not fit.
     */
    static void enterJdk(int slots) {
        session().enterJdk(slots);
    }

    /** Gives back the slots of the latest {@link #enterJdk(int)}; never throws. */
    static void leaveJdk() {
        Session session = CURRENT.get();
        if (session != null) {
            session.leaveJdk();
        }
    }

    /** Called as a contract's exception handler starts: the JDK calls its frame made have ended. */
    static void handlerStarts() {
        Session session = CURRENT.get();
        if (session != null) {
            session.leaveJdkFrom(session.depth);
        }
    }

    /** The slots still free in this call's budget. */
    static long freeSlots() {
        return MAX_FRAME_SLOTS - session().slots;
    }

    /** Called by every contract method as it returns or throws; never throws. */
    public static void leave(int slots) {
        Session session = CURRENT.get();
        if (session != null) {
            session.leave(slots);
        }
    }

    private static Session session() {
        Session session = CURRENT.get();
        if (session == null) {
            throw new IllegalStateException("SCORE code runs only inside a step meter session");
        }
        return session;
    }

    /**
     * Fails the session for good with a JVM error a handler caught ({@link CaughtExceptions}), so
     * the contract cannot go on after an event whose timing differs between JVMs.
     */
    static void fail(VirtualMachineError error) {
        session().jvmError = error;
    }

    /** Charges a multi-dimensional array of the given dimensions: each element of every level. */
    public static void chargeArray(int[] dimensions) {
        long cells = 1;
        long total = 0;
        for (int dimension : dimensions) {
            cells = dimension <= 0 ? 0 : cells > Long.MAX_VALUE / dimension ? Long.MAX_VALUE : cells * dimension;
            total = total > Long.MAX_VALUE - cells ? Long.MAX_VALUE : total + cells;
        }
        charge(total);
    }

    /** One call's budget on one thread. */
    public static final class Session implements AutoCloseable {

        private final long limit;
        private final Session previous;
        private long used;
        private boolean exhausted;
        private boolean tooDeep;
        private VirtualMachineError jvmError;
        private int depth;
        private long slots;
        private int[] jdkSlots = new int[8];
        private int[] jdkDepths = new int[8];
        private int jdkEntries;
        private boolean nested;

        private Session(long limit, Session previous) {
            this.limit = limit;
            this.previous = previous;
        }

        private void charge(long steps) {
            failIfFailed();
            if (steps > limit - used) {
                used = limit;
                exhausted = true;
                throw new OutOfStepsError(limit);
            }
            used += steps;
        }

        private void failIfFailed() {
            if (exhausted) {
                throw new OutOfStepsError(limit);
            }
            if (tooDeep) {
                throw new CallDepthError();
            }
            if (jvmError != null) {
                throw jvmError;
            }
        }

        private void enter(int frameSlots) {
            failIfFailed();
            if (depth >= MAX_CALL_DEPTH || slots + frameSlots > MAX_FRAME_SLOTS) {
                tooDeep = true;
                throw new CallDepthError();
            }
            depth++;
            slots += frameSlots;
        }

        private void enterJdk(int jdk) {
            failIfFailed();
            if (slots + jdk > MAX_FRAME_SLOTS) {
                tooDeep = true;
                throw new CallDepthError();
            }
            if (jdkEntries == jdkSlots.length) {
                jdkSlots = Arrays.copyOf(jdkSlots, jdkEntries * 2);
                jdkDepths = Arrays.copyOf(jdkDepths, jdkEntries * 2);
            }
            jdkSlots[jdkEntries] = jdk;
            jdkDepths[jdkEntries++] = depth;
            slots += jdk;
        }

        private void leaveJdk() {
            if (jdkEntries > 0) {
                slots = Math.max(0, slots - jdkSlots[--jdkEntries]);
            }
        }

        /**
         * Gives back the slots of the JDK calls that contract frames {@code frame} deep or deeper made
         * and that an exception left: when a handler of such a frame runs, or the frame ends, none of
         * them still runs.
         */
        private void leaveJdkFrom(int frame) {
            while (jdkEntries > 0 && jdkDepths[jdkEntries - 1] >= frame) {
                leaveJdk();
            }
        }

        private void leave(int frameSlots) {
            leaveJdkFrom(depth);
            depth = Math.max(0, depth - 1);
            slots = Math.max(0, slots - frameSlots);
        }


        /** Steps used so far; the limit once exhausted. */
        public long used() {
            return used;
        }

        public long limit() {
            return limit;
        }

        /** True once the limit was exceeded: the call fails however the contract handled the error. */
        public boolean exhausted() {
            return exhausted;
        }

        /** True once the call depth was exceeded: the call fails however the contract handled the error. */
        public boolean tooDeep() {
            return tooDeep;
        }

        /** The contract methods now running, one inside the other. */
        public int depth() {
            return depth;
        }

        /** The engine's error that ends this session's call whatever the contract did, or {@code null}. */
        public Error failure() {
            return exhausted ? new OutOfStepsError(limit) : tooDeep ? new CallDepthError() : jvmError;
        }

        /** Unbinds the session, restoring the one it was started inside, if any (a nested one charges it first). */
        @Override
        public void close() {
            if (nested) {
                nested = false;
                previous.used = Math.min(previous.limit, previous.used + used);
                previous.exhausted |= exhausted;
                previous.tooDeep |= tooDeep;
                if (previous.jvmError == null) {
                    previous.jvmError = jvmError;
                }
            }
            if (CURRENT.get() == this) {
                if (previous == null) {
                    CURRENT.remove();
                } else {
                    CURRENT.set(previous);
                }
            }
        }
    }
}
