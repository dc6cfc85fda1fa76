package org.loopchain.core.crypto;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA3Digest;

/**
 * SHA-256 over concatenated parts, and the little-endian timestamp encoding the v1 hashes use;
 * SHA3-256 (FIPS 202, not Keccak-256) for ICON v3 transaction hashes and addresses.
 */
public final class Hashes {

    private Hashes() {
    }

    /** SHA-256 of {@code parts[0] ‖ parts[1] ‖ ...}. */
    public static byte[] sha256(byte[]... parts) {
        return digest(new SHA256Digest(), parts);
    }

    /** SHA3-256 (FIPS 202) of {@code parts[0] ‖ parts[1] ‖ ...}. */
    public static byte[] sha3_256(byte[]... parts) {
        return digest(new SHA3Digest(256), parts);
    }

    private static byte[] digest(Digest digest, byte[]... parts) {
        for (byte[] part : parts) {
            digest.update(part, 0, part.length);
        }
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    public static String sha256Hex(byte[]... parts) {
        return Hex.encode(sha256(parts));
    }

    /** The 8-byte little-endian form of {@code value} (Python's {@code struct.pack('<q', value)}). */
    public static byte[] le64(long value) {
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (value >>> (8 * i));
        }
        return out;
    }
}
