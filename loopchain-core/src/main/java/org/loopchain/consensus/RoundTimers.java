package org.loopchain.consensus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The timers of one validator's consensus ({@link TimerKey.Kind}) and the time they are measured
 * from. Arms each timer at most once while it runs (the round and block interval timers once per
 * round until they fire, the sync check once per height), tells a current firing from a stale one,
 * and keeps when this peer last committed and from when the next block interval counts.
 */
final class RoundTimers {

    private static final long NO_HEIGHT = -1;

    private final LftConfig config;
    private final ConsensusScheduler scheduler;
    private final Clock clock;
    private TimerKey roundTimer;
    private TimerKey intervalTimer;
    private long syncCheckHeight = NO_HEIGHT;
    private long syncDueHeight = NO_HEIGHT;
    private Instant lastCommitAt = Instant.MIN;
    private Instant intervalFrom = Instant.MIN;

    RoundTimers(LftConfig config, ConsensusScheduler scheduler, Clock clock) {
        this.config = config;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /**
     * Records a firing; false if it is stale (its height, or for a round or block interval timer its
     * round, has been left).
     */
    boolean fired(TimerKey key, long height, long round) {
        if (key.height() != height) {
            return false;
        }
        if (key.kind() == TimerKey.Kind.SYNC_CHECK) {
            syncDueHeight = height;
            return true;
        }
        if (key.round() != round) {
            return false;
        }
        if (key.kind() == TimerKey.Kind.ROUND) {
            roundTimer = null;
        } else {
            intervalTimer = null;
        }
        return true;
    }

    /**
     * Arms the round's patience ({@code TIMEOUT_FOR_LEADER_COMPLAIN}, doubling per round), unless it
     * runs; in round 0 one block interval longer, as the leader may wait that long before proposing.
     */
    void armRoundTimer(long height, long round) {
        TimerKey key = new TimerKey(TimerKey.Kind.ROUND, height, round);
        if (!key.equals(roundTimer)) {
            roundTimer = key;
            Duration patience = config.roundTimeout(round);
            scheduler.schedule(key, round == 0 ? patience.plus(config.blockInterval()) : patience);
        }
    }

    /**
     * The time until the leader may propose at round 0, zero if it may now: one block interval after
     * the last block was made, as its timestamp says. The timestamp is clamped to the interval before
     * this peer committed it, so a skewed clock moves the next proposal by at most one interval, and
     * a block that took longer than an interval to agree is followed at once.
     */
    Duration untilIntervalPassed() {
        if (intervalFrom.equals(Instant.MIN)) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), intervalFrom.plus(config.blockInterval()));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Arms the block interval timer of the round for {@code left}, unless it runs. */
    void waitForInterval(long height, long round, Duration left) {
        TimerKey key = new TimerKey(TimerKey.Kind.BLOCK_INTERVAL, height, round);
        if (!key.equals(intervalTimer)) {
            intervalTimer = key;
            scheduler.schedule(key, left);
        }
    }

    /** Arms the height's sync check for one sync interval, unless it was armed at this height. */
    void armSyncCheck(long height, long round) {
        if (syncCheckHeight != height) {
            syncCheckHeight = height;
            scheduler.schedule(new TimerKey(TimerKey.Kind.SYNC_CHECK, height, round), config.syncInterval());
        }
    }

    /** Whether the sync check of {@code height} has fired: a quorum's unknown block may be asked for. */
    boolean syncDue(long height) {
        return syncDueHeight == height;
    }

    /** Starts the next block interval from {@code block}'s making (clamped) and notes the commit time. */
    void committed(CommittedBlock block) {
        Instant now = clock.instant();
        lastCommitAt = now;
        intervalFrom = clamp(Instant.EPOCH.plus(block.block().timestampMicros(), ChronoUnit.MICROS),
                now.minus(config.blockInterval()), now);
    }

    /** Whether this peer committed a block within the last sync interval. */
    boolean committedLately() {
        return !clock.instant().isAfter(lastCommitAt.plus(config.syncInterval()));
    }

    private static Instant clamp(Instant t, Instant min, Instant max) {
        return t.isBefore(min) ? min : t.isAfter(max) ? max : t;
    }
}
