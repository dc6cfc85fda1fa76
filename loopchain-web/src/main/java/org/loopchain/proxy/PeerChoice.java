package org.loopchain.proxy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.loopchain.radiostation.RegisteredPeer;

/** Which registered peers the proxy forwards to, from the Radio Station's registry only. */
public final class PeerChoice {

    private PeerChoice() {
    }

    /**
     * The peers of a channel that take a request naming no peer: online (answering heartbeats) and
     * not audit peers (those refuse transactions, -28), in the channel's order.
     */
    public static List<Target> takers(List<RegisteredPeer> channelPeers) {
        return channelPeers.stream().filter(p -> p.online() && !p.audit()).map(PeerChoice::target).toList();
    }

    /**
     * The peer registered as {@code peerId}, looked up in {@code preferred} first, then in the other
     * channels in order (a peer registers the same REST address in each channel it joins).
     *
     * @param peersOf a channel's registered peers
     */
    public static Optional<Target> byId(String peerId, String preferred, List<String> channels,
            Function<String, List<RegisteredPeer>> peersOf) {
        List<String> order = new ArrayList<>();
        if (channels.contains(preferred)) {
            order.add(preferred);
        }
        channels.stream().filter(c -> !c.equals(preferred)).forEach(order::add);
        for (String channel : order) {
            Optional<RegisteredPeer> found = peersOf.apply(channel).stream().filter(p -> p.peerId().equals(peerId)).findFirst();
            if (found.isPresent()) {
                return found.map(PeerChoice::target);
            }
        }
        return Optional.empty();
    }

    private static Target target(RegisteredPeer p) {
        return new Target(p.peerId(), p.restUrl());
    }
}
