package org.loopchain.consensus;

import java.util.Objects;

/**
 * One voting member of a channel.
 *
 * @param peerId          the peer's id, as it signs messages
 * @param publicKeyBase64 base64 SubjectPublicKeyInfo of its secp256k1 key (what {@code PeerKey} prints)
 * @param weight          its vote weight, positive
 * @param group           the group it votes in, or {@code null} when the channel has no groups
 */
public record Validator(String peerId, String publicKeyBase64, long weight, String group) {

    public Validator {
        Objects.requireNonNull(peerId, "peerId");
        Objects.requireNonNull(publicKeyBase64, "publicKeyBase64");
        if (weight <= 0) {
            throw new IllegalArgumentException("validator " + peerId + " has weight " + weight + ", must be positive");
        }
    }

    /** A validator of weight 1 outside any group. */
    public static Validator of(String peerId, String publicKeyBase64) {
        return new Validator(peerId, publicKeyBase64, 1, null);
    }
}
