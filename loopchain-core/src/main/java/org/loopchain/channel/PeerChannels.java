package org.loopchain.channel;

import java.util.Collection;

/**
 * A peer's channels as read from outside their queues (each {@link Channel}'s immutable status), and
 * whether the threads they run on are alive. A port for the health checks; empty on a Radio Station.
 */
public interface PeerChannels {

    Collection<Channel> channels();

    /** Whether every channel's queue and the transaction journal still run. */
    boolean running();
}
