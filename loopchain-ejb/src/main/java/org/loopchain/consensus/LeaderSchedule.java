package org.loopchain.consensus;

import java.util.List;

/**
 * Who leads height {@code h}, round {@code r}: validator
 * {@code (floor((h - 1) / maxMadeBlockCount) + shift(h) + r) mod n} in list order.
 *
 * <p>{@code shift(h)} is the sum of the rounds at which blocks {@code 1..h-1} were committed, which
 * every peer derives from the chain's commit certificates ({@link ChainHead#roundShift()}). A
 * complaint that moved leadership to the next validator therefore keeps it moved, and every
 * {@code maxMadeBlockCount} blocks leadership passes on in list order.
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
}
