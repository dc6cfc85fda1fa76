package org.loopchain.core.icon.rpc;

/**
 * A JSON-RPC error with ICON's codes: -32700 parse error, -32600 invalid request, -32601 method not
 * found, -32602 invalid params (also "Pending transaction" while a result is not in a block),
 * -32603 internal error, -32000 server error (a duplicate or unstored transaction), -32100 SCORE
 * error (an {@code icx_call} the contract failed, with its result code in the message). An unknown
 * block or transaction is an invalid param (-32602), as loopchain's v3 API answered.
 */
public final class RpcError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final int PARSE_ERROR = -32700;
    public static final int INVALID_REQUEST = -32600;
    public static final int METHOD_NOT_FOUND = -32601;
    public static final int INVALID_PARAMS = -32602;
    public static final int INTERNAL_ERROR = -32603;
    public static final int SERVER_ERROR = -32000;
    public static final int SCORE_ERROR = -32100;

    private final int code;

    public RpcError(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public static RpcError invalidParams(String message) {
        return new RpcError(INVALID_PARAMS, message);
    }

    public int code() {
        return code;
    }

    /** The HTTP status ICON answers a single request failing so: 400 for a bad request or a failed SCORE call, 500 for a node error. */
    public int httpStatus() {
        return switch (code) {
            case PARSE_ERROR, INVALID_REQUEST, METHOD_NOT_FOUND, INVALID_PARAMS, SCORE_ERROR -> 400;
            default -> 500;
        };
    }
}
