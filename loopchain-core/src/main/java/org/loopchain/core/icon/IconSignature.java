package org.loopchain.core.icon;

import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.loopchain.core.crypto.RecoverableEcdsa;

/**
 * A v3 transaction signature: 65 bytes {@code r ‖ s ‖ v} ({@link RecoverableEcdsa}), base64 in
 * the params' {@code signature}. It carries no public key: the signer is recovered from the
 * transaction hash, and its address must equal the transaction's {@code from}.
 *
 * <p>Only low-S signatures are taken. ICON's SDKs all write low S, and refusing the other S keeps
 * one signature per transaction.
 */
public final class IconSignature {

    /** Longest base64 looked at: 65 bytes are 88 characters. */
    private static final int MAX_BASE64 = 128;

    private final byte[] bytes;

    private IconSignature(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Reads the base64 of 65 bytes with {@code v} in 0..3 and low S.
     *
     * @throws IconFormatException saying what is wrong
     */
    public static IconSignature parse(String field, Object value) {
        if (!(value instanceof String text)) {
            throw new IconFormatException(field + " must be a base64 string, not " + IconSerializer.describe(value));
        }
        if (text.length() > MAX_BASE64) {
            throw new IconFormatException(field + " is " + text.length() + " characters; a signature is 88 (base64 of 65 bytes)");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IconFormatException(field + " is not base64: " + e.getMessage());
        }
        if (raw.length != RecoverableEcdsa.SIGNATURE_LENGTH) {
            throw new IconFormatException(field + " decodes to " + raw.length + " bytes; a signature is 65 (r, s, v)");
        }
        if ((raw[64] & 0xff) > 3) {
            throw new IconFormatException(field + " has recovery id v=" + (raw[64] & 0xff) + "; it must be 0..3");
        }
        if (!RecoverableEcdsa.isLowS(raw)) {
            throw new IconFormatException(field + " has a high S; only low-S signatures are accepted");
        }
        return new IconSignature(raw);
    }

    static IconSignature of(byte[] bytes) {
        return new IconSignature(bytes);
    }

    /** The public key that signed {@code hash} (65 bytes, uncompressed), if any point is recovered. */
    public Optional<byte[]> recoverPublicKey(IconTxHash hash) {
        return Optional.ofNullable(RecoverableEcdsa.recover(hash.bytes(), bytes));
    }

    /** The account that signed {@code hash}, if any. */
    public Optional<IconAddress> recoverAddress(IconTxHash hash) {
        return recoverPublicKey(hash).map(IconAddress::ofPublicKey);
    }

    /** The 65 bytes (a copy). */
    public byte[] bytes() {
        return bytes.clone();
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IconSignature other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return base64();
    }
}
