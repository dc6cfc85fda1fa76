package org.loopchain.consensus;

import java.util.Objects;
import org.loopchain.core.block.Block;

/**
 * The last committed block as the state machine needs it.
 *
 * @param block       the block (genesis at height 0)
 * @param certificate its commit certificate, {@code null} only for genesis
 * @param roundShift  the sum of the made rounds ({@link LeaderSchedule#madeRound}) of blocks
 *                    {@code 1..block.height()}: the {@link LeaderSchedule} shift of the next height. A
 *                    store keeps each block's made round ({@code shift(h) - shift(h-1)}) and sums them
 *                    at start.
 */
public record ChainHead(Block block, CommitCertificate certificate, long roundShift) {

    public ChainHead {
        Objects.requireNonNull(block, "block");
        if (certificate == null && !block.isGenesis()) {
            throw new IllegalArgumentException("block " + block.height() + " needs its commit certificate");
        }
    }

    public long height() {
        return block.height();
    }

    /** The head after committing {@code next} on top of this one. */
    public ChainHead next(CommittedBlock next, LeaderSchedule schedule) {
        return new ChainHead(next.block(), next.certificate(), roundShift + schedule.madeRound(next.block(), roundShift));
    }
}
