package org.loopchain.channel;

/**
 * A consistent snapshot of a channel's state, safe to read from any thread.
 *
 * @param height height of the last committed block
 * @param lastBlockHash its hash
 * @param totalTx transactions held by committed blocks
 * @param madeBlockCount blocks this peer proposed that were committed, since it started
 * @param pendingTx transactions waiting for a block
 * @param lastCommitMicros when the last block committed here was made (µs since the epoch; 0 if none since start)
 * @param round the consensus round of the height being decided
 * @param leader the peer id of that round's leader ("" before consensus starts)
 * @param role this peer's part: leader, validator, audit (admitted, never votes), observer, or waiting for validators
 */
public record ChannelStatus(
        long height,
        String lastBlockHash,
        long totalTx,
        long madeBlockCount,
        int pendingTx,
        long lastCommitMicros,
        long round,
        String leader,
        String role) {

    static ChannelStatus loading() {
        return new ChannelStatus(-1, "", 0, 0, 0, 0, 0, "", "loading");
    }
}
