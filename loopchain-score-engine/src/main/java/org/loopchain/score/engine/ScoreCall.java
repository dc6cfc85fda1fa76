package org.loopchain.score.engine;

import java.util.Map;

/**
 * One SCORE call of a block. {@code params} are parsed JSON values (String, Boolean,
 * Long/BigInteger/BigDecimal, List, Map, null); {@code caller} is an {@code hx…} address.
 */
public record ScoreCall(String txHash, int txIndex, long txTimestampMicros, String caller, String method,
        Map<String, Object> params) {

    public ScoreCall {
        params = params == null ? Map.of() : params;
    }
}
