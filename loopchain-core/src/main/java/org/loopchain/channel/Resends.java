package org.loopchain.channel;

import java.util.List;
import org.loopchain.core.tx.Transaction;

/**
 * Which of this peer's own waiting transactions to relay again. A relay can be lost (a broker
 * restart drops what is in flight; a peer that was away missed it), and a transaction only its
 * receiver knows would then wait until that peer leads. But a transaction that merely waits its turn
 * behind a backlog must not be relayed again: every other peer would decode it once more, and under
 * load that extra work grew the backlog that caused it.
 *
 * <p>So a transaction is relayed again only when its wait is unexplained: it is older than
 * {@code wait} and either the head has stood still since the last probe (an idle or stalled
 * network), or a block with room to spare was made more than {@code wait} after it was submitted
 * (that block's leader would have taken it, had it known it). Confined to the channel's loop.
 */
final class Resends {

    private final int maxBlockTxNum;
    private final long waitMicros;
    /** When the newest committed block with room for more transactions was made (µs); 0 if none. */
    private long roomSeenMicros;

    Resends(int maxBlockTxNum, long waitMicros) {
        this.maxBlockTxNum = maxBlockTxNum;
        this.waitMicros = waitMicros;
    }

    /** Notes a committed block made at {@code timestampMicros} holding {@code txCount} transactions. */
    void committed(long timestampMicros, int txCount) {
        if (txCount < maxBlockTxNum) {
            roomSeenMicros = Math.max(roomSeenMicros, timestampMicros);
        }
    }

    /**
     * @param own     this peer's waiting transactions, oldest first
     * @param stalled whether the head has not moved since the last probe
     * @return those to relay again
     */
    List<Transaction> due(List<Transaction> own, long nowMicros, boolean stalled) {
        long cutoff = nowMicros - waitMicros;
        if (!stalled) {
            cutoff = Math.min(cutoff, roomSeenMicros - waitMicros);
        }
        long before = cutoff;
        return own.stream().filter(tx -> tx.timestampMicros() < before).toList();
    }
}
