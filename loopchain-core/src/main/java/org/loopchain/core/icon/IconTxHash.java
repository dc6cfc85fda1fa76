package org.loopchain.core.icon;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.core.crypto.Hex;

/**
 * An ICON v3 transaction hash: SHA3-256 (FIPS 202) of the UTF-8 of
 * {@link IconSerializer#serialize}, written {@code 0x} and 64 lowercase hex digits (T_HASH). It is
 * both the transaction's id and the 32-byte digest its signature signs.
 */
public final class IconTxHash {

    private final byte[] bytes;

    private IconTxHash(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The hash of a params object ({@code signature} left out). */
    public static IconTxHash of(Map<String, ?> params) {
        return ofSerialized(IconSerializer.serialize(params));
    }

    /** The hash of an already serialised text ({@code icx_sendTransaction.…}). */
    public static IconTxHash ofSerialized(String serialized) {
        return new IconTxHash(Hashes.sha3_256(serialized.getBytes(StandardCharsets.UTF_8)));
    }

    /** Reads {@code 0x} and 64 lowercase hex digits. */
    public static IconTxHash parse(String field, Object value) {
        if (!(value instanceof String text) || !text.startsWith("0x") || text.length() != 66
                || !text.substring(2).chars().allMatch(c -> IconHex.lowerHexDigit((char) c))) {
            throw new IconFormatException(field + " must be 0x and 64 lowercase hex digits (T_HASH)");
        }
        return new IconTxHash(Hex.decode(text.substring(2)));
    }

    /** The 32 bytes (a copy). */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The 64 hex digits without {@code 0x}. */
    public String hex() {
        return Hex.encode(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IconTxHash other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** {@code 0x} and 64 hex digits, as the v3 API writes it. */
    @Override
    public String toString() {
        return "0x" + hex();
    }
}
