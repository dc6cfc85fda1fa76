package org.loopchain.consensus;

import java.time.Duration;
import java.util.Objects;
import org.loopchain.core.config.ChannelConsensus;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.config.LoopchainConfig;

/**
 * The tunables of one channel's consensus. A node takes them from its configuration ({@link #of});
 * tests name the ones they need ({@link #builder}).
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

    /**
     * The consensus settings of {@code config} for {@code channel}: {@link ConfigKeys.Consensus} and
     * {@link ConfigKeys.Blocks} are their one definition (keys, defaults and the fixed settings).
     */
    public static LftConfig of(String channel, LoopchainConfig config) {
        return of(channel, config, ChannelConsensus.NONE);
    }

    /**
     * As {@link #of(String, LoopchainConfig)}, where the channel's own settings ({@code consensus} in
     * channel_manage_data.json) take the place of the node's.
     */
    public static LftConfig of(String channel, LoopchainConfig config, ChannelConsensus own) {
        return new LftConfig(channel, own.get(ConfigKeys.Consensus.MAX_MADE_BLOCK_COUNT, config),
                own.get(ConfigKeys.Consensus.TIMEOUT_FOR_LEADER_COMPLAIN, config), ConfigKeys.Consensus.MAX_ROUND_TIMEOUT,
                own.get(ConfigKeys.Blocks.INTERVAL_BLOCKGENERATION, config), own.get(ConfigKeys.Blocks.MAX_BLOCK_TX_NUM, config),
                ConfigKeys.Consensus.ROUND_WINDOW, ConfigKeys.Consensus.SYNC_INTERVAL, ConfigKeys.Consensus.MAX_SYNC_BLOCKS);
    }

    /** The settings of a node with the default configuration: {@link #of} the defaults. */
    public static LftConfig defaults(String channel) {
        return of(channel, LoopchainConfig.defaults());
    }

    /** A builder that starts from {@link #defaults}, for settings named one by one (tests, tools). */
    public static Builder builder(String channel) {
        return new Builder(defaults(channel));
    }

    /** The patience of {@code round}: the complaint timeout doubled per round, capped. */
    public Duration roundTimeout(long round) {
        Duration t = leaderComplainTimeout;
        for (long i = 0; i < round && t.compareTo(maxRoundTimeout) < 0; i++) {
            t = t.multipliedBy(2);
        }
        return t.compareTo(maxRoundTimeout) > 0 ? maxRoundTimeout : t;
    }

    /** Named settings over a starting config; {@link #build()} checks them as the constructor does. */
    public static final class Builder {

        private final String channel;
        private long maxMadeBlockCount;
        private Duration leaderComplainTimeout;
        private Duration maxRoundTimeout;
        private Duration blockInterval;
        private int maxBlockTxNum;
        private int roundWindow;
        private Duration syncInterval;
        private int maxSyncBlocks;

        private Builder(LftConfig from) {
            channel = from.channel;
            maxMadeBlockCount = from.maxMadeBlockCount;
            leaderComplainTimeout = from.leaderComplainTimeout;
            maxRoundTimeout = from.maxRoundTimeout;
            blockInterval = from.blockInterval;
            maxBlockTxNum = from.maxBlockTxNum;
            roundWindow = from.roundWindow;
            syncInterval = from.syncInterval;
            maxSyncBlocks = from.maxSyncBlocks;
        }

        public Builder maxMadeBlockCount(long value) {
            maxMadeBlockCount = value;
            return this;
        }

        public Builder leaderComplainTimeout(Duration value) {
            leaderComplainTimeout = value;
            return this;
        }

        public Builder maxRoundTimeout(Duration value) {
            maxRoundTimeout = value;
            return this;
        }

        public Builder blockInterval(Duration value) {
            blockInterval = value;
            return this;
        }

        public Builder maxBlockTxNum(int value) {
            maxBlockTxNum = value;
            return this;
        }

        public Builder roundWindow(int value) {
            roundWindow = value;
            return this;
        }

        public Builder syncInterval(Duration value) {
            syncInterval = value;
            return this;
        }

        public Builder maxSyncBlocks(int value) {
            maxSyncBlocks = value;
            return this;
        }

        public LftConfig build() {
            return new LftConfig(channel, maxMadeBlockCount, leaderComplainTimeout, maxRoundTimeout, blockInterval,
                    maxBlockTxNum, roundWindow, syncInterval, maxSyncBlocks);
        }
    }
}
