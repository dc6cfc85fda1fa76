package org.loopchain.channel;

import java.time.Duration;

/** A channel's one ordered event queue: tasks run one at a time, in order, on one thread. */
public interface ChannelLoop {

    /** Queues a task. */
    void execute(Runnable task);

    /** Queues a task once {@code delay} has passed. */
    void schedule(Runnable task, Duration delay);
}
