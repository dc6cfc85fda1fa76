package org.loopchain.core.block;

import java.util.List;
import java.util.Objects;

/**
 * A block header and its tx hashes, in block order.
 *
 * @param channel         the channel whose chain it belongs to
 * @param height          0 for genesis
 * @param hash            v1 block hash, lowercase hex
 * @param prevHash        the parent's hash ({@code ""} for genesis)
 * @param merkleRoot      v1 merkle root of {@code txHashes} ({@code ""} if none)
 * @param timestampMicros block time in microseconds since the epoch (hashed)
 * @param peerId          the leader that made it ({@code ""} for genesis)
 * @param signature       the leader's base64 signature of the hash ({@code ""} for genesis)
 * @param publicKey       the leader's base64 public key ({@code ""} for genesis)
 * @param txHashes        unmodifiable
 * @param resultRoot      the root of the results and state changes of executing its SCORE calls
 *                        ({@code ""} if it calls none); not part of the v1 hash, bound by the
 *                        leader's proposal signature and by every vote
 */
public record Block(String channel, long height, String hash, String prevHash, String merkleRoot,
                    long timestampMicros, String peerId, String signature, String publicKey,
                    List<String> txHashes, String resultRoot) {

    /** A block that calls no SCORE. */
    public Block(String channel, long height, String hash, String prevHash, String merkleRoot,
                 long timestampMicros, String peerId, String signature, String publicKey, List<String> txHashes) {
        this(channel, height, hash, prevHash, merkleRoot, timestampMicros, peerId, signature, publicKey, txHashes, "");
    }

    public Block {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(merkleRoot, "merkleRoot");
        peerId = peerId == null ? "" : peerId;
        signature = signature == null ? "" : signature;
        publicKey = publicKey == null ? "" : publicKey;
        txHashes = List.copyOf(txHashes);
        resultRoot = resultRoot == null ? "" : resultRoot;
    }

    /** This block with {@code root} as its result root (the hash and signature do not cover it). */
    public Block withResultRoot(String root) {
        return new Block(channel, height, hash, prevHash, merkleRoot, timestampMicros, peerId, signature, publicKey,
                txHashes, root);
    }

    public boolean isGenesis() {
        return height == 0;
    }
}
