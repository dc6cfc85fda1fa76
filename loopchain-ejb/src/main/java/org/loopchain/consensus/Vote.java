package org.loopchain.consensus;

import java.util.Objects;

/**
 * A PREVOTE, PRECOMMIT or COMPLAINT.
 *
 * @param blockHash  the block voted for, or {@link #NIL}; always nil for a complaint
 * @param resultRoot the voted block's result root ({@link org.loopchain.core.block.Block#resultRoot()}):
 *                   a validator votes for a block only if its own execution gives that root
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
        return prevote(channel, height, round, blockHash, "");
    }

    public static Vote prevote(String channel, long height, long round, String blockHash, String resultRoot) {
        return new Vote(MessageType.PREVOTE, channel, height, round, blockHash, resultRoot);
    }

    public static Vote precommit(String channel, long height, long round, String blockHash) {
        return precommit(channel, height, round, blockHash, "");
    }

    public static Vote precommit(String channel, long height, long round, String blockHash, String resultRoot) {
        return new Vote(MessageType.PRECOMMIT, channel, height, round, blockHash, resultRoot);
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
