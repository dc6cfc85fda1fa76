package org.loopchain.consensus;

import java.util.List;
import java.util.Objects;

/**
 * Asks {@code targetPeerId}, the proposer of {@code (height, round)}, for the transactions
 * {@code hashes} of its proposal that the sender lacks. The answer is an ordinary relay of them.
 */
public record TxRequest(String channel, long height, long round, List<String> hashes, String targetPeerId)
        implements Payload {

    public TxRequest {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(targetPeerId, "targetPeerId");
        hashes = List.copyOf(hashes);
    }

    @Override
    public MessageType type() {
        return MessageType.TX_REQUEST;
    }

    @Override
    public byte[] digest() {
        return Digests.of(channel, type().name(), height, round, hashes, targetPeerId);
    }
}
