package org.loopchain.score.engine;

/**
 * Thrown by {@link StepMeter#enter} when a call nests contract methods deeper than
 * {@link StepMeter#MAX_CALL_DEPTH} frames or {@link StepMeter#MAX_FRAME_SLOTS} slots of locals and
 * operand stack, long before any JVM's stack could overflow. Like {@link OutOfStepsError} it is an
 * {@link Error} a contract may not catch, and the session stays failed, so a {@code finally} that
 * tries to go on gets it again at its first step.
 */
public final class CallDepthError extends Error {

    private static final long serialVersionUID = 1L;

    public CallDepthError() {
        super("call depth exceeded", null, false, false);
    }
}
