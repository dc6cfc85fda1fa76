package org.loopchain.core.tx;

import java.util.Objects;

/**
 * A transaction as stored and served.
 *
 * @param kind            its format
 * @param hash            lowercase hex tx hash
 * @param channel         the channel it was submitted to
 * @param meta            the v1 meta (hashed)
 * @param data            the exact Python-{@code json.dumps} string that was hashed
 * @param timestampMicros time of receipt in microseconds since the epoch (hashed)
 * @param signature       base64 DER ECDSA signature of the receiving peer ({@code ""} if none)
 * @param publicKey       base64 SubjectPublicKeyInfo of that peer ({@code ""} if none)
 */
public record Transaction(TxKind kind, String hash, String channel, TxMeta meta, String data,
                          long timestampMicros, String signature, String publicKey) {

    public Transaction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(data, "data");
        signature = signature == null ? "" : signature;
        publicKey = publicKey == null ? "" : publicKey;
    }
}
