package org.loopchain.score.engine;

/** The answer to a read-only query: ICON result code, message and the result as a JSON value. */
public record QueryOutcome(int code, String message, Object result) {
}
