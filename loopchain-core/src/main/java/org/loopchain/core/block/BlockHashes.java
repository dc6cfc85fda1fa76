package org.loopchain.core.block;

import java.nio.charset.StandardCharsets;
import org.loopchain.core.crypto.Hashes;

/** The loopchain v1 block hash: {@code hex(sha256(utf8(prev) ‖ utf8(merkle) ‖ le64(timestampMicros)))}. */
public final class BlockHashes {

    private BlockHashes() {
    }

    public static String hash(String prevHex, String merkleHex, long timestampMicros) {
        return Hashes.sha256Hex(prevHex.getBytes(StandardCharsets.UTF_8),
                merkleHex.getBytes(StandardCharsets.UTF_8), Hashes.le64(timestampMicros));
    }
}
