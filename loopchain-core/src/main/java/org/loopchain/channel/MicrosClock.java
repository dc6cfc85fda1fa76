package org.loopchain.channel;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Microsecond timestamps from an injected {@link Clock}, strictly increasing across all callers.
 * Two transactions with the same body therefore never share a timestamp, and so never a v1 hash.
 */
public final class MicrosClock {

    private final Clock clock;
    private final AtomicLong last = new AtomicLong();

    public MicrosClock(Clock clock) {
        this.clock = clock;
    }

    /** The clock's time in µs, or one more than the last value handed out if the clock is behind. */
    public long next() {
        long now = micros(clock.instant());
        return last.updateAndGet(prev -> Math.max(prev + 1, now));
    }

    static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000L);
    }
}
