package org.loopchain.radiostation;

/**
 * A registration as it is stored: the channel, the peer, its join sequence number (which orders
 * unlisted peers after the listed ones, in join order, across restarts), and the certificate chain
 * (PEM) it joined with, {@code ""} for none, checked again when the Radio Station restarts.
 */
public record PeerRecord(String channel, RegisteredPeer peer, long joinSeq, String certificate) {

    /** A registration made without a certificate. */
    public PeerRecord(String channel, RegisteredPeer peer, long joinSeq) {
        this(channel, peer, joinSeq, "");
    }
}
