package org.loopchain.score.engine;

/**
 * A call failure the engine itself decides (method not found, invalid parameter, read-only write,
 * failed install…), carrying its ICON result code.
 */
final class CallFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int code;

    CallFailure(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    int code() {
        return code;
    }
}
