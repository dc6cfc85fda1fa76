package org.loopchain.channel;

/**
 * A consistent snapshot of a channel's state, safe to read from any thread.
 *
 * @param height height of the last committed block
 * @param lastBlockHash its hash
 * @param totalTx transactions held by committed blocks
 * @param madeBlockCount blocks this peer made since it started leading
 * @param pendingTx acknowledged transactions waiting for a block
 * @param lastCommitMicros when the last block was committed (µs since the epoch; 0 if none since start)
 */
public record ChannelStatus(
        long height,
        String lastBlockHash,
        long totalTx,
        long madeBlockCount,
        int pendingTx,
        long lastCommitMicros) {
}
