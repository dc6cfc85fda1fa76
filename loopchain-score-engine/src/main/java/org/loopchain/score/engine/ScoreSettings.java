package org.loopchain.score.engine;

import java.util.Map;

/**
 * How a channel runs its SCORE: the step budget of each call, the owner ({@code hx…}, the caller
 * of the constructor) and the constructor parameters by name.
 */
public record ScoreSettings(long stepLimit, String owner, Map<String, Object> installParams) {

    public ScoreSettings {
        installParams = installParams == null ? Map.of() : installParams;
    }
}
