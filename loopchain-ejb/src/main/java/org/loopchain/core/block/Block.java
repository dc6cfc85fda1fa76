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
 */
public record Block(String channel, long height, String hash, String prevHash, String merkleRoot,
                    long timestampMicros, String peerId, String signature, String publicKey,
                    List<String> txHashes) {

    public Block {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(merkleRoot, "merkleRoot");
        peerId = peerId == null ? "" : peerId;
        signature = signature == null ? "" : signature;
        publicKey = publicKey == null ? "" : publicKey;
        txHashes = List.copyOf(txHashes);
    }

    public boolean isGenesis() {
        return height == 0;
    }
}
