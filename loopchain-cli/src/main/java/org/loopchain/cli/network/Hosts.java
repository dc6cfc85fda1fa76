package org.loopchain.cli.network;

import java.util.List;

/**
 * Where a local network's parts listen: the broker, the Radio Station and each peer (past the list:
 * {@link #LOOPBACK}). Every node advertises its own address (NODE_HOST); nothing assumes 127.0.0.1.
 *
 * @param broker the broker's address (BROKER_HOST, LOOPCHAIN_BROKER_HOST)
 * @param rs     the Radio Station's (its NODE_HOST and the peers' RADIOSTATION_HOST, LOOPCHAIN_RS_HOST)
 * @param peers  peer i's NODE_HOST (LOOPCHAIN_PEER_HOSTS)
 */
public record Hosts(String broker, String rs, List<String> peers) {
    public static final String LOOPBACK = "127.0.0.1";
    /** Everything on {@link #LOOPBACK}. */
    public static final Hosts LOCAL = new Hosts(LOOPBACK, LOOPBACK, List.of());

    public Hosts {
        peers = List.copyOf(peers);
    }

    /** Peer I's address. */
    public String peer(int i) {
        return i < peers.size() ? peers.get(i) : LOOPBACK;
    }

    /** Peer I's peer_target: its address and PORT_PEER. */
    public String target(int i, int port) {
        return peer(i) + ":" + port;
    }
}
