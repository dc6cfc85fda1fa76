package org.loopchain.score.engine;

/**
 * Thrown by {@link StepMeter#charge} when a call has used its step budget. It is an {@link Error}
 * so that {@code catch (Exception e)} in a contract does not see it, and the session stays
 * exhausted, so a contract that catches it anyway gets it again at its next basic block.
 */
public final class OutOfStepsError extends Error {

    private static final long serialVersionUID = 1L;

    public OutOfStepsError(long limit) {
        super("out of steps: the limit is " + limit, null, false, false);
    }
}
