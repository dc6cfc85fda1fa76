package org.loopchain.consensus;

import java.time.Duration;

/**
 * Timers for one channel. When {@code delay} has passed, the implementation puts
 * {@code stateMachine.onTimeout(key)} on the channel's event queue (an EJB timer or managed
 * scheduled executor in the server, a priority queue of simulated time in tests). No cancel: stale
 * firings are ignored.
 */
@FunctionalInterface
public interface ConsensusScheduler {

    void schedule(TimerKey key, Duration delay);
}
