package org.loopchain.score.engine;

import java.lang.reflect.InvocationTargetException;
import score.UserRevertException;
import score.UserRevertedException;

/** Maps what a contract threw to an ICON result code and message. */
final class Failures {

    /** The highest user revert code kept; larger codes are clamped (ICON's codes end at 999). */
    static final int MAX_USER_CODE = 999 - ResultCodes.USER_REVERT;

    record Failure(int code, String message) {
    }

    private Failures() {
    }

    static Failure classify(Throwable thrown) {
        Throwable t = unwrap(thrown);
        if (t instanceof CallFailure failure) {
            return new Failure(failure.code(), failure.getMessage());
        }
        if (t instanceof OutOfStepsError) {
            return new Failure(ResultCodes.OUT_OF_STEPS, "out of steps");
        }
        if (t instanceof CallDepthError) {
            return new Failure(ResultCodes.STACK_OVERFLOW, "call depth exceeded");
        }
        if (t instanceof StackOverflowError) {
            return new Failure(ResultCodes.STACK_OVERFLOW, "stack overflow");
        }
        if (t instanceof VirtualMachineError) { // its message ("Java heap space") is the JVM's own
            return new Failure(ResultCodes.UNKNOWN_FAILURE, t.getClass().getName());
        }
        if (t instanceof UserRevertedException reverted) {
            return revert(reverted.getCode(), reverted.getMessage());
        }
        if (t instanceof UserRevertException reverted) {
            return revert(reverted.getCode(), reverted.getMessage());
        }
        if (CaughtExceptions.jvmWorded(t)) { // the JVM's wording differs: the class name only
            return new Failure(ResultCodes.USER_REVERT, t.getClass().getName());
        }
        if (t instanceof RuntimeException) {
            return new Failure(ResultCodes.USER_REVERT, messageOf(t));
        }
        return new Failure(ResultCodes.UNKNOWN_FAILURE, messageOf(t));
    }

    static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while (t instanceof InvocationTargetException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static Failure revert(int userCode, String message) {
        int clamped = Math.max(0, Math.min(MAX_USER_CODE, userCode));
        return new Failure(ResultCodes.USER_REVERT + clamped, message == null ? "" : message);
    }

    private static String messageOf(Throwable t) {
        return t.getMessage() == null ? t.getClass().getName() : t.getMessage();
    }
}
