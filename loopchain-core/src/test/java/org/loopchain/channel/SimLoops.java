package org.loopchain.channel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.PriorityQueue;

/**
 * Simulated time for channel tests: every channel's loop feeds one task queue and one timer queue
 * on one fake clock, so a test of several peers runs deterministically on the test's thread.
 */
final class SimLoops {

    private record Timer(long due, long seq, Runnable task) {
    }

    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>((a, b) -> a.due != b.due
            ? Long.compare(a.due, b.due) : Long.compare(a.seq, b.seq));
    private long nowMillis = 1_700_000_000_000L;
    private long seq;
    private boolean draining;

    final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(nowMillis);
        }
    };

    ChannelLoop loop() {
        return new ChannelLoop() {
            @Override
            public void execute(Runnable task) {
                tasks.add(task);
                drain();
            }

            @Override
            public void schedule(Runnable task, Duration delay) {
                timers.add(new Timer(nowMillis + Math.max(1, delay.toMillis()), seq++, task));
            }
        };
    }

    /** Moves the clock forward by {@code d}, firing every timer that falls due on the way. */
    void advance(Duration d) {
        long end = nowMillis + d.toMillis();
        while (!timers.isEmpty() && timers.peek().due <= end) {
            Timer t = timers.poll();
            nowMillis = Math.max(nowMillis, t.due);
            tasks.add(t.task);
            drain();
        }
        nowMillis = end;
    }

    private void drain() {
        if (draining) {
            return;
        }
        draining = true;
        try {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        } finally {
            draining = false;
        }
    }
}
