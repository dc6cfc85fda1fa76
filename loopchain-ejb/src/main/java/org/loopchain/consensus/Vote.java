package org.loopchain.consensus;

import java.util.Objects;

/**
 * A PREVOTE, PRECOMMIT or COMPLAINT.
 *
 * @param blockHash  the block voted for, or {@link #NIL}; always nil for a complaint
 * @param resultRoot the state root after executing the block; {@code ""} until SCOREs fill it
 */
public record Vote(MessageType type, String channel, long height, long round, String blockHash, String resultRoot)
        implements Payload {

    /** The hash of "no block". */
    public static final String NIL = "";

    public Vote {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(channel, "channel");
        if (type != MessageType.PREVOTE && type != MessageType.PRECOMMIT && type != MessageType.COMPLAINT) {
            throw new IllegalArgumentException(type + " is not a vote");
        }
        blockHash = blockHash == null ? NIL : blockHash;
        resultRoot = resultRoot == null ? "" : resultRoot;
        if (type == MessageType.COMPLAINT && !blockHash.isEmpty()) {
            throw new IllegalArgumentException("a complaint names no block");
        }
    }

    public static Vote prevote(String channel, long height, long round, String blockHash) {
        return new Vote(MessageType.PREVOTE, channel, height, round, blockHash, "");
    }

    public static Vote precommit(String channel, long height, long round, String blockHash) {
        return new Vote(MessageType.PRECOMMIT, channel, height, round, blockHash, "");
    }

    public static Vote complaint(String channel, long height, long round) {
        return new Vote(MessageType.COMPLAINT, channel, height, round, NIL, "");
    }

    public boolean isNil() {
        return blockHash.isEmpty();
    }

    @Override
    public byte[] digest() {
        return Digests.of(channel, type.name(), height, round, blockHash, resultRoot);
    }
}
