package org.loopchain.node;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.loopchain.channel.ChannelLoop;

/** A channel's event queue on a single-thread executor made by the server's managed thread factory. */
final class ExecutorLoop implements ChannelLoop {

    private static final Logger LOG = Logger.getLogger(ExecutorLoop.class.getName());

    private final String channel;
    private final ScheduledExecutorService executor;

    ExecutorLoop(String channel, ScheduledExecutorService executor) {
        this.channel = channel;
        this.executor = executor;
    }

    @Override
    public void execute(Runnable task) {
        executor.execute(guarded(task));
    }

    @Override
    public void schedule(Runnable task, Duration delay) {
        executor.schedule(guarded(task), delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** A failing task is logged; the queue goes on with the next one. */
    private Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "channel " + channel + ": a task failed", e);
            }
        };
    }
}
