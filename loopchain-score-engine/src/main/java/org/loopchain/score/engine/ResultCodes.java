package org.loopchain.score.engine;

/** ICON's result codes, as SCORE outcomes report them. */
public final class ResultCodes {

    public static final int SUCCESS = 0;
    public static final int UNKNOWN_FAILURE = 1;
    public static final int CONTRACT_NOT_FOUND = 2;
    public static final int METHOD_NOT_FOUND = 3;
    public static final int METHOD_NOT_PAYABLE = 4;
    public static final int ILLEGAL_FORMAT = 5;
    public static final int INVALID_PARAMETER = 6;
    public static final int INVALID_CONTAINER_ACCESS = 8;
    public static final int ACCESS_DENIED = 9;
    public static final int OUT_OF_STEPS = 10;
    public static final int OUT_OF_BALANCE = 11;
    public static final int STACK_OVERFLOW = 13;
    /** A revert with user code n gives {@code USER_REVERT + n}. */
    public static final int USER_REVERT = 32;

    private ResultCodes() {
    }
}
