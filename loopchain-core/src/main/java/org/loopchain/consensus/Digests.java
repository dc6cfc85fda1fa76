package org.loopchain.consensus;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.core.json.Json;

/**
 * The digest a proposal's or sync message's signature covers: {@code sha256("loopchain-lft-v1" ‖
 * json(fields))}, the fields written by the Python-dumps writer (votes sign a JSON object of their
 * own, {@link Vote#signedBytes()}, that an outsider can read). The prefix keeps a vote signature from ever being
 * mistaken for a transaction or block signature (those sign a bare v1 hash).
 */
final class Digests {

    static final String DOMAIN = "loopchain-lft-v1";

    private Digests() {
    }

    static byte[] of(Object... fields) {
        String json = Json.pyDumps(Arrays.asList(fields));
        return Hashes.sha256(DOMAIN.getBytes(StandardCharsets.UTF_8), json.getBytes(StandardCharsets.UTF_8));
    }
}
