package org.loopchain.core.tx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.core.crypto.Hex;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.json.Json;

/**
 * The loopchain v1 transaction rules.
 *
 * <p>{@code hash = hex(sha256(utf8(meta.json()) ‖ utf8(data) ‖ le64(timestampMicros)))}, where
 * {@code data} is the request body re-serialised by {@link Json#pyDumps}.
 *
 * <p>The receiving peer signs the 32 hash bytes as the ECDSA message digest
 * ({@link PeerKey#signDigest}). That is what the original peer did (ECDSA-SHA256 over the hash
 * preimage), so signatures recorded from the original, such as the one in the v1 reference,
 * verify here and ours verify there.
 */
public final class V1Transactions {

    private V1Transactions() {
    }

    public static String hash(TxMeta meta, String data, long timestampMicros) {
        return Hashes.sha256Hex(meta.json().getBytes(StandardCharsets.UTF_8),
                data.getBytes(StandardCharsets.UTF_8), Hashes.le64(timestampMicros));
    }

    /** Hashes {@code parsedBody} (a {@link Json#parse} result) with the meta and time, and signs it. */
    public static Transaction create(String channel, TxMeta meta, Object parsedBody, long timestampMicros, PeerKey signer) {
        String data = Json.pyDumps(parsedBody);
        String hash = hash(meta, data, timestampMicros);
        String signature = signer.signDigest(Hex.decode(hash));
        return new Transaction(TxKind.V1, hash, channel, meta, data, timestampMicros, signature, signer.publicKeyBase64());
    }

    /** True iff {@link #problems} finds none. */
    public static boolean verify(Transaction tx) {
        return problems(tx).isEmpty();
    }

    /**
     * What is wrong with {@code tx}, one short sentence each; empty if it is a v1 transaction
     * whose hash recomputes and whose signature verifies against its public key. Whether that key
     * belongs to the peer named in the meta is the membership layer's question.
     */
    public static List<String> problems(Transaction tx) {
        List<String> problems = new ArrayList<>();
        if (tx.kind() != TxKind.V1) {
            problems.add("tx " + tx.hash() + " is " + tx.kind() + ", not V1");
            return problems;
        }
        String expected = hash(tx.meta(), tx.data(), tx.timestampMicros());
        if (!expected.equals(tx.hash())) {
            problems.add("tx " + tx.hash() + " hash does not recompute (expected " + expected + ")");
        } else if (!PeerKey.verifyDigest(tx.publicKey(), Hex.decode(expected), tx.signature())) {
            problems.add("tx " + tx.hash() + " signature does not verify");
        }
        return problems;
    }
}
