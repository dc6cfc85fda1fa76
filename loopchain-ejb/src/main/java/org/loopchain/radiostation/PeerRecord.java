package org.loopchain.radiostation;

/**
 * A registration as it is stored: the channel, the peer, and its join sequence number (which
 * orders unlisted peers after the listed ones, in join order, across restarts).
 */
public record PeerRecord(String channel, RegisteredPeer peer, long joinSeq) {
}
