package org.loopchain.consensus;

import java.util.List;
import org.loopchain.core.block.Block;

/**
 * Who leads height {@code h}, round {@code r}: validator
 * {@code (floor((h - 1) / maxMadeBlockCount) + shift(h) + r) mod n} in list order.
 *
 * <p>{@code shift(h)} is the sum of the {@linkplain #madeRound made rounds} of blocks {@code 1..h-1}
 * ({@link ChainHead#roundShift()}): the round in which each block's maker led its height. A complaint
 * that moved leadership to the next validator therefore keeps it moved, and every
 * {@code maxMadeBlockCount} blocks leadership passes on in list order.
 *
 * <p>The shift is derived from the blocks, which all peers share, and not from the commit
 * certificates' rounds: peers can commit one block with certificates of different rounds (some see
 * the precommit quorum of round r, others only that of a later round where the block was proposed
 * again), and a shift taken from those would give them different leaders for ever after.
 */
public final class LeaderSchedule {

    private final List<Validator> validators;
    private final long maxMadeBlockCount;

    public LeaderSchedule(List<Validator> validators, long maxMadeBlockCount) {
        if (validators.isEmpty() || maxMadeBlockCount < 1) {
            throw new IllegalArgumentException("a schedule needs validators and MAX_MADE_BLOCK_COUNT >= 1");
        }
        this.validators = List.copyOf(validators);
        this.maxMadeBlockCount = maxMadeBlockCount;
    }

    /**
     * @param height     the height being decided (at least 1)
     * @param roundShift the sum of the commit rounds of the blocks below {@code height}
     * @param round      the round at that height
     */
    public Validator leader(long height, long roundShift, long round) {
        long slot = Math.floorDiv(height - 1, maxMadeBlockCount) + roundShift + round;
        return validators.get((int) Math.floorMod(slot, (long) validators.size()));
    }

    /**
     * The round, modulo the number of validators, in which the maker of {@code block} leads its height
     * under {@code roundShift} (the shift of that height); 0 for a block not made by a validator.
     */
    public long madeRound(Block block, long roundShift) {
        for (int i = 0; i < validators.size(); i++) {
            if (validators.get(i).peerId().equals(block.peerId())) {
                long first = Math.floorDiv(block.height() - 1, maxMadeBlockCount) + roundShift;
                return Math.floorMod(i - first, (long) validators.size());
            }
        }
        return 0;
    }
}
