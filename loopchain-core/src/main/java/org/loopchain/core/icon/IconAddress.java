package org.loopchain.core.icon;

import java.util.Arrays;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.core.crypto.Hex;

/**
 * An ICON address: {@code hx} and 40 lowercase hex digits for an account (EOA), {@code cx} and 40
 * for a contract (SCORE). An account's 20 bytes are the last 20 of SHA3-256 over its 64-byte
 * public key ({@code x ‖ y}, without the {@code 0x04} prefix).
 */
public record IconAddress(boolean contract, String body) {

    private static final int BODY_LENGTH = 40;

    public IconAddress {
        if (body == null || body.length() != BODY_LENGTH || !body.chars().allMatch(c -> IconHex.lowerHexDigit((char) c))) {
            throw new IconFormatException("an address body is 40 lowercase hex digits, not " + body);
        }
    }

    /**
     * Reads {@code hx...} or {@code cx...}.
     *
     * @throws IconFormatException naming {@code field} and what is wrong
     */
    public static IconAddress parse(String field, Object value) {
        if (!(value instanceof String text)) {
            throw new IconFormatException(field + " must be an address string (hx... or cx...), not " + IconSerializer.describe(value));
        }
        boolean contract = text.startsWith("cx");
        if (!contract && !text.startsWith("hx")) {
            throw new IconFormatException(field + " must start with hx (account) or cx (contract): \"" + IconHex.clip(text) + "\"");
        }
        if (text.length() != 2 + BODY_LENGTH) {
            throw new IconFormatException(field + " must be hx or cx and 40 hex digits, but has "
                    + (text.length() - 2) + " after the prefix: \"" + IconHex.clip(text) + "\"");
        }
        for (int i = 2; i < text.length(); i++) {
            if (!IconHex.lowerHexDigit(text.charAt(i))) {
                throw new IconFormatException(field + " has '" + text.charAt(i) + "' at index " + i
                        + ": an address is lowercase hex after its prefix");
            }
        }
        return new IconAddress(contract, text.substring(2));
    }

    /** The account address of a 65-byte uncompressed ({@code 0x04 ‖ x ‖ y}) or 64-byte public key. */
    public static IconAddress ofPublicKey(byte[] publicKey) {
        byte[] xy;
        if (publicKey.length == 65 && publicKey[0] == 0x04) {
            xy = Arrays.copyOfRange(publicKey, 1, 65);
        } else if (publicKey.length == 64) {
            xy = publicKey;
        } else {
            throw new IllegalArgumentException("not an uncompressed secp256k1 public key (" + publicKey.length + " bytes)");
        }
        byte[] hash = Hashes.sha3_256(xy);
        return new IconAddress(false, Hex.encode(Arrays.copyOfRange(hash, hash.length - 20, hash.length)));
    }

    public boolean isAccount() {
        return !contract;
    }

    @Override
    public String toString() {
        return (contract ? "cx" : "hx") + body;
    }
}
