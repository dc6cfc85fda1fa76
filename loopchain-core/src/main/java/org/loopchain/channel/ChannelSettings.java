package org.loopchain.channel;

import java.time.Duration;

/**
 * What one peer needs to know to run a channel.
 *
 * @param name the channel name
 * @param peerId this peer's id, written into every transaction and block it makes
 * @param scoreId the SCORE the channel runs (tx meta {@code score_id})
 * @param scoreVersion its version (tx meta {@code score_version})
 * @param blockInterval the least time between two blocks ({@code INTERVAL_BLOCKGENERATION})
 * @param maxBlockTxNum the most transactions in one block ({@code MAX_BLOCK_TX_NUM})
 * @param allowEmptyBlock whether a block is cut with no transaction ({@code ALLOW_MAKE_EMPTY_BLOCK})
 */
public record ChannelSettings(
        String name,
        String peerId,
        String scoreId,
        String scoreVersion,
        Duration blockInterval,
        int maxBlockTxNum,
        boolean allowEmptyBlock) {
}
