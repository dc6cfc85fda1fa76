package org.loopchain.consensus.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;

/** Timed events in simulated time; ties run in the order they were scheduled. */
final class EventQueue {

    private record Event(Instant at, long seq, Runnable action) {
    }

    private final PriorityQueue<Event> events = new PriorityQueue<>((a, b) -> a.at.equals(b.at)
            ? Long.compare(a.seq, b.seq) : a.at.compareTo(b.at));
    private final SimClock clock;
    private long seq;
    private long executed;

    EventQueue(SimClock clock) {
        this.clock = clock;
    }

    SimClock clock() {
        return clock;
    }

    void after(Duration delay, Runnable action) {
        events.add(new Event(clock.instant().plus(delay), seq++, action));
    }

    /** Runs events until {@code done} holds, the queue empties or {@code limit} of simulated time passes. */
    boolean runUntil(BooleanSupplier done, Duration limit) {
        Instant end = clock.instant().plus(limit);
        while (!done.getAsBoolean()) {
            Event e = events.peek();
            if (e == null || e.at.isAfter(end)) {
                clock.set(end);
                return false;
            }
            events.poll();
            clock.set(e.at);
            executed++;
            e.action.run();
        }
        return true;
    }

    long executed() {
        return executed;
    }
}
