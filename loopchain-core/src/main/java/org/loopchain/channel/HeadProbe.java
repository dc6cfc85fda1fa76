package org.loopchain.channel;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.loopchain.consensus.Validator;
import org.loopchain.core.tx.Transaction;

/**
 * What a running channel checks every {@link #EVERY}: once its head has not moved for two probes, it
 * asks one other validator (round robin) for the blocks above it (a peer that commits needs no help,
 * and an answer it does not need is a whole block on the wire); and it relays again those of its own
 * waiting transactions whose wait a lost relay would explain ({@link Resends}), regardless of blocks
 * with room once the head has stood still for three probes (more than an overloaded network takes per
 * block). Confined to the channel's loop.
 */
final class HeadProbe {

    static final Duration EVERY = Duration.ofSeconds(3);
    private static final int STALLED_PROBES_BEFORE_SYNC = 2;
    private static final int STALLED_PROBES_BEFORE_RESEND = 3;

    private final Resends resends;
    private int probe;
    private long probedAtHeight = -1;
    private int stalledProbes;

    HeadProbe(int maxBlockTxNum) {
        this.resends = new Resends(maxBlockTxNum, EVERY.toNanos() / 1000);
    }

    /** Notes the head at this probe: the validator to ask for the blocks above it, if it has stood still long enough. */
    Optional<String> syncTarget(long headHeight, List<Validator> others) {
        stalledProbes = headHeight == probedAtHeight ? stalledProbes + 1 : 0;
        probedAtHeight = headHeight;
        if (stalledProbes < STALLED_PROBES_BEFORE_SYNC) {
            return Optional.empty();
        }
        return Optional.of(others.get(probe++ % others.size()).peerId());
    }

    /** Of this peer's waiting transactions (oldest first), those to relay again now. */
    List<Transaction> resendsDue(List<Transaction> own, long nowMicros) {
        return resends.due(own, nowMicros, stalledProbes >= STALLED_PROBES_BEFORE_RESEND);
    }

    void committed(long timestampMicros, int txCount) {
        resends.committed(timestampMicros, txCount);
    }
}
