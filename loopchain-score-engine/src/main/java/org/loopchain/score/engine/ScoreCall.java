package org.loopchain.score.engine;

import java.math.BigInteger;
import java.util.Map;

/**
 * One SCORE call of a block. {@code params} are parsed JSON values (String, Boolean,
 * Long/BigInteger/BigDecimal, List, Map, null); {@code caller} is an {@code hx…} address.
 * {@code stepLimit} is the call's own budget (a v3 transaction's {@code stepLimit} less what its
 * transaction costs before the SCORE runs), or 0 for the channel's; the channel's caps it.
 * {@code value} is the coin (loop) the caller sends to the SCORE with the call (a v3
 * transaction's {@code value}; zero for a v1 call): it moves only if the method is payable and
 * the call succeeds.
 */
public record ScoreCall(String txHash, int txIndex, long txTimestampMicros, String caller, String method,
        Map<String, Object> params, long stepLimit, BigInteger value) {

    public ScoreCall {
        params = params == null ? Map.of() : params;
        value = value == null ? BigInteger.ZERO : value;
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a call's value is not negative: " + value);
        }
    }

    /** A call without value. */
    public ScoreCall(String txHash, int txIndex, long txTimestampMicros, String caller, String method,
            Map<String, Object> params, long stepLimit) {
        this(txHash, txIndex, txTimestampMicros, caller, method, params, stepLimit, BigInteger.ZERO);
    }

    /** A call with the channel's step budget and without value. */
    public ScoreCall(String txHash, int txIndex, long txTimestampMicros, String caller, String method, Map<String, Object> params) {
        this(txHash, txIndex, txTimestampMicros, caller, method, params, 0);
    }

    /** The budget of this call when the channel allows {@code channelLimit}. */
    long budget(long channelLimit) {
        return stepLimit > 0 ? Math.min(stepLimit, channelLimit) : channelLimit;
    }
}
