package org.loopchain.score.engine;

import java.util.List;
import org.loopchain.score.spi.ScoreHosts;

/**
 * Runs one piece of contract code (a constructor, a call or a query) with its own {@link CallHost}
 * (over the state and coin overlays it is given) bound to the thread and its own step meter
 * session, and turns whatever happens into a {@link Result}. Nothing the contract throws escapes: the node must go on.
 */
final class Invocation {

    /** What the code did: on success the returned value and the event logs, on failure none. */
    record Result(int code, String message, Object value, List<EventLog> eventLogs, long steps) {

        boolean succeeded() {
            return code == ResultCodes.SUCCESS;
        }
    }

    /** The contract code to run, under the bound host. */
    @FunctionalInterface
    interface Body {
        Object run() throws Throwable;
    }

    private Invocation() {
    }

    /** Runs {@code body} with {@code stepLimit} steps; it calls no other contract. */
    static Result run(CallContext context, StateOverlay overlay, CoinOverlay coin, long stepLimit, Body body) {
        return run(context, overlay, coin, null, StepMeter.start(stepLimit), body);
    }

    /** Runs {@code body} with {@code stepLimit} steps; it may call the contracts {@code world} finds. */
    static Result run(CallContext context, StateOverlay overlay, CoinOverlay coin, CallWorld world, long stepLimit, Body body) {
        return run(context, overlay, coin, world, StepMeter.start(stepLimit), body);
    }

    /** Runs {@code body} called by another contract: within the caller's steps and stack ({@link StepMeter#startNested()}). */
    static Result runNested(CallContext context, StateOverlay overlay, CoinOverlay coin, CallWorld world, Body body) {
        return run(context, overlay, coin, world, StepMeter.startNested(), body);
    }

    private static Result run(CallContext context, StateOverlay overlay, CoinOverlay coin, CallWorld world,
            StepMeter.Session session, Body body) {
        CallHost host = new CallHost(context, overlay, coin, StepMeter::charge, world);
        ScoreHosts.Binding binding = ScoreHosts.bind(host);
        try {
            Object value = body.run();
            if (host.readOnlyViolation() != null) {
                throw host.readOnlyViolation();
            }
            if (session.failure() != null) {
                throw session.failure();
            }
            return new Result(ResultCodes.SUCCESS, "", value, List.copyOf(host.eventLogs()), session.used());
        } catch (Throwable thrown) {
            Failures.Failure failure = Failures.classify(session.failure() != null ? session.failure()
                    : host.readOnlyViolation() != null ? host.readOnlyViolation() : thrown);
            return new Result(failure.code(), failure.message(), null, List.of(), session.used());
        } finally {
            binding.close();
            session.close();
        }
    }
}
