package org.loopchain.consensus;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.core.json.Json;

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

    /**
     * The exact bytes a vote's signature covers (their SHA-256 is the signed digest): a JSON object,
     * keys sorted, written as Python's {@code json.dumps}, e.g. {@code {"block_hash": "…", "channel":
     * "loopchain_default", "domain": "loopchain-lft-v1", "height": 5, "result_root": "", "round": 0,
     * "type": "precommit"}}. An outsider reads them back to check a commit certificate; the
     * {@code domain} keeps a vote from ever signing the same bytes as a transaction or block.
     */
    public byte[] signedBytes() {
        Map<String, Object> fields = new TreeMap<>();
        fields.put("block_hash", blockHash);
        fields.put("channel", channel);
        fields.put("domain", Digests.DOMAIN);
        fields.put("height", height);
        fields.put("result_root", resultRoot);
        fields.put("round", round);
        fields.put("type", type.name().toLowerCase(Locale.ROOT));
        return Json.pyDumps(fields).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] digest() {
        return Hashes.sha256(signedBytes());
    }
}
