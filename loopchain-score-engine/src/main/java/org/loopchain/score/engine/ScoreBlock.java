package org.loopchain.score.engine;

/** The block a SCORE call runs in, as the contract sees it through {@code score.Context}. */
public record ScoreBlock(String channel, long height, long timestampMicros) {
}
