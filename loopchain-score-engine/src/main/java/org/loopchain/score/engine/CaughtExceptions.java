package org.loopchain.score.engine;

import java.util.Map;
import java.util.function.Supplier;

/**
 * What a contract's exception handler receives, called first by every handler with the caught
 * throwable. A JVM error (a stack overflow, running out of memory, whose timing differs between
 * JVMs) fails the call for good and is rethrown. An exception the JVM words itself (a
 * {@code ClassCastException} names the class loaders with their identity hash codes; a
 * {@code NullPointerException}'s helpful message depends on a flag) is handed over as a fresh
 * exception of the same class without a message, so the contract cannot read the wording; the
 * engine reports such an exception that ends a call by its class name only.
 */
public final class CaughtExceptions {

    private static final Map<Class<?>, Supplier<RuntimeException>> JVM_WORDED = Map.of(
            NullPointerException.class, NullPointerException::new,
            ClassCastException.class, ClassCastException::new,
            ArrayIndexOutOfBoundsException.class, ArrayIndexOutOfBoundsException::new,
            ArrayStoreException.class, ArrayStoreException::new,
            NegativeArraySizeException.class, NegativeArraySizeException::new);

    private CaughtExceptions() {
    }

    public static Throwable caught(Throwable thrown) {
        StepMeter.handlerStarts();
        if (thrown instanceof VirtualMachineError error) {
            StepMeter.fail(error);
            throw error;
        }
        Supplier<RuntimeException> plain = JVM_WORDED.get(thrown.getClass());
        return plain == null ? thrown : plain.get();
    }

    /** True if the JVM words exceptions of this class itself: their message is not the same everywhere. */
    static boolean jvmWorded(Throwable thrown) {
        return JVM_WORDED.containsKey(thrown.getClass());
    }
}
