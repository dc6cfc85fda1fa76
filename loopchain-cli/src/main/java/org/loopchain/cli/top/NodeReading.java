package org.loopchain.cli.top;

import java.util.Map;

/**
 * One node at one poll.
 *
 * @param name     the node's name (its domain)
 * @param kind     {@code peer}, {@code rs} (a Radio Station: no channels of its own) or "" when not known
 * @param up       whether its metrics answered
 * @param problem  why not, or what else went wrong ("" when nothing did)
 * @param peerId   its peer id, from its status ("" when unknown)
 * @param channels its channels by name (none on a Radio Station, or a node that is down)
 * @param nanos    when the poll was taken ({@link System#nanoTime()})
 */
public record NodeReading(String name, String kind, boolean up, String problem, String peerId, Map<String, ChannelReading> channels,
        long nanos) {

    public static NodeReading down(String name, String kind, String problem, long nanos) {
        return new NodeReading(name, kind, false, problem, "", Map.of(), nanos);
    }
}
