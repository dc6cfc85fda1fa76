package org.loopchain.radiostation;

import java.util.Objects;

/**
 * A peer admitted to one channel, as the Radio Station lists it.
 *
 * @param order              1-based position in the channel's list (listed peers in
 *                           {@code channel_manage_data} order, then unlisted ones in join order)
 * @param publicKey          base64 X.509 SubjectPublicKeyInfo of the peer's secp256k1 key
 * @param restUrl            base URL of the peer's REST API, e.g. {@code http://127.0.0.1:9000}
 * @param weight             the listing's weight; 1 for an unlisted peer, 0 for an audit peer
 * @param group              the peer's group in {@code channel_manage_data}, or null
 * @param status             1 online, 0 offline (3 missed heartbeats)
 * @param statusUpdateMicros when {@code status} last changed (or the peer joined), µs since the epoch
 */
public record RegisteredPeer(int order, String peerId, String peerTarget, String publicKey, String restUrl,
                             long weight, String group, int status, long statusUpdateMicros) {

    public static final int ONLINE = 1;
    public static final int OFFLINE = 0;

    public RegisteredPeer {
        Objects.requireNonNull(peerId, "peerId");
        Objects.requireNonNull(peerTarget, "peerTarget");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(restUrl, "restUrl");
    }

    public boolean online() {
        return status == ONLINE;
    }

    /** An audit peer of the channel: listed with weight 0 (it never votes) and takes no transactions. */
    public boolean audit() {
        return weight == 0;
    }

    /** The original's {@code group_id}: the group, or the peer id when the peer has none. */
    public String groupId() {
        return group != null ? group : peerId;
    }

    RegisteredPeer withOrder(int newOrder) {
        return new RegisteredPeer(newOrder, peerId, peerTarget, publicKey, restUrl, weight, group, status, statusUpdateMicros);
    }

    RegisteredPeer withStatus(int newStatus, long micros) {
        return new RegisteredPeer(order, peerId, peerTarget, publicKey, restUrl, weight, group, newStatus, micros);
    }
}
