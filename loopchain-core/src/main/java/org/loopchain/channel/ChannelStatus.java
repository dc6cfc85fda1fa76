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
 * @param role this peer's part: leader, validator, audit (admitted, never votes), observer, waiting for validators, or
 *             {@code refused: } and why consensus will not start (a stored chain of other genesis validators)
 * @param leaderChanges how often the leader this peer follows changed since it started (by the schedule or a complaint)
 * @param complaints complaints this peer signed about a leader since it started (its round timer ran out)
 * @param verify the candidate blocks this peer checked since it started, and the time that took
 * @param store the committed blocks this peer executed and stored since it started, and the time that took
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
        String role,
        long leaderChanges,
        long complaints,
        Timing verify,
        Timing store) {

    static ChannelStatus loading() {
        return new ChannelStatus(-1, "", 0, 0, 0, 0, 0, "", "loading", 0, 0, Timing.NONE, Timing.NONE);
    }

    /**
     * How often something was timed and the time it took in all (wall clock, milliseconds): a
     * Prometheus summary without quantiles, whose {@code rate(sum) / rate(count)} is the mean.
     */
    public record Timing(long count, long totalMillis) {
        public static final Timing NONE = new Timing(0, 0);

        public Timing plus(long millis) {
            return new Timing(count + 1, totalMillis + millis);
        }
    }
}
