package org.loopchain.consensus;

import java.util.Objects;

/**
 * A payload with its sender and the sender's signature over {@link Payload#digest()}. Whether the
 * signature is good is the receiver's question ({@link ValidatorSet#verifies}).
 */
public record SignedMessage(Payload payload, String sender, String signature) {

    public SignedMessage {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(signature, "signature");
    }

    public static SignedMessage sign(Payload payload, MessageSigner signer) {
        return new SignedMessage(payload, signer.peerId(), signer.signDigest(payload.digest()));
    }

    public MessageType type() {
        return payload.type();
    }

    public long height() {
        return payload.height();
    }

    public long round() {
        return payload.round();
    }

    /** The payload as a vote; only for PREVOTE, PRECOMMIT and COMPLAINT messages. */
    public Vote vote() {
        return (Vote) payload;
    }

    @Override
    public String toString() {
        return type() + "(h=" + height() + ", r=" + round() + ") from " + sender;
    }
}
