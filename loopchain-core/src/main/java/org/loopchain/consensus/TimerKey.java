package org.loopchain.consensus;

import java.util.Objects;

/**
 * Names one timer. The state machine ignores a firing whose height or round it has left, so the
 * scheduler never needs to cancel anything.
 */
public record TimerKey(Kind kind, long height, long round) {

    /** What the timer is for. */
    public enum Kind {
        /**
         * The round's patience: a first firing complains about the leader
         * ({@code TIMEOUT_FOR_LEADER_COMPLAIN}, doubling per round); every firing re-sends this
         * peer's messages of the round, so lost messages heal.
         */
        ROUND,
        /** The leader's wait until a block interval has passed since the last commit. */
        BLOCK_INTERVAL,
        /**
         * A precommit quorum named a block this peer has not seen: its proposal is usually still on
         * the way (a large message overtaken by small votes), so the block is asked for only if it
         * is still unknown when this fires.
         */
        SYNC_CHECK
    }

    public TimerKey {
        Objects.requireNonNull(kind, "kind");
    }
}
