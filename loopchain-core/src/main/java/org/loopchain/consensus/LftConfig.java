package org.loopchain.consensus;

import java.time.Duration;
import java.util.Objects;

/**
 * The tunables of one channel's consensus.
 *
 * @param channel               the channel name (every message names it)
 * @param maxMadeBlockCount     MAX_MADE_BLOCK_COUNT: blocks a leader makes before the next one leads
 * @param leaderComplainTimeout TIMEOUT_FOR_LEADER_COMPLAIN: a round's patience, doubled each round
 * @param maxRoundTimeout       the cap of that doubling
 * @param blockInterval         INTERVAL_BLOCKGENERATION: the least time between a commit and the next proposal
 * @param maxBlockTxNum         MAX_BLOCK_TX_NUM: a larger proposed block is dropped
 * @param roundWindow           how many rounds ahead of the current one votes are kept
 * @param syncInterval          the least time between two sync requests (and two unasked catch-up answers to one peer)
 * @param maxSyncBlocks         the most blocks one sync response carries
 */
public record LftConfig(String channel, long maxMadeBlockCount, Duration leaderComplainTimeout, Duration maxRoundTimeout,
                        Duration blockInterval, int maxBlockTxNum, int roundWindow, Duration syncInterval,
                        int maxSyncBlocks) {

    public LftConfig {
        Objects.requireNonNull(channel, "channel");
        if (maxMadeBlockCount < 1 || maxBlockTxNum < 0 || roundWindow < 1 || maxSyncBlocks < 1) {
            throw new IllegalArgumentException("LFT counts must be positive");
        }
    }

    /** loopchain's defaults: 10 blocks per leader, 2 s complaint timeout capped at 60 s, 1 s interval. */
    public static LftConfig defaults(String channel) {
        return new LftConfig(channel, 10, Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofSeconds(1),
                1000, 8, Duration.ofSeconds(1), 16);
    }

    /** The patience of {@code round}: the complaint timeout doubled per round, capped. */
    public Duration roundTimeout(long round) {
        Duration t = leaderComplainTimeout;
        for (long i = 0; i < round && t.compareTo(maxRoundTimeout) < 0; i++) {
            t = t.multipliedBy(2);
        }
        return t.compareTo(maxRoundTimeout) > 0 ? maxRoundTimeout : t;
    }
}
