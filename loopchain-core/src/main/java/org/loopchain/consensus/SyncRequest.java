package org.loopchain.consensus;

import java.util.Objects;

/** Asks {@code targetPeerId} for the committed blocks {@code fromHeight..toHeight}. */
public record SyncRequest(String channel, long fromHeight, long toHeight, String targetPeerId) implements Payload {

    public SyncRequest {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(targetPeerId, "targetPeerId");
    }

    @Override
    public MessageType type() {
        return MessageType.SYNC_REQUEST;
    }

    @Override
    public long height() {
        return fromHeight;
    }

    @Override
    public long round() {
        return 0;
    }

    @Override
    public byte[] digest() {
        return Digests.of(channel, type().name(), fromHeight, toHeight, targetPeerId);
    }
}
