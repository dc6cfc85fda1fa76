package org.loopchain.core.crypto;

import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9IntegerConverter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.BigIntegers;

/**
 * Recoverable secp256k1 ECDSA signatures in the 65-byte {@code r ‖ s ‖ v} layout that ICON (and
 * Ethereum before it) uses: 32-byte big-endian {@code r} and {@code s}, then the recovery id
 * {@code v} (0..3) that selects which of the candidate public keys signed.
 *
 * <p>Signing uses the RFC 6979 nonce (HMAC-SHA256) and low S, so a key and a digest always give
 * the same 65 bytes. Recovery follows SEC 1 v2 §4.1.6. Both run on libsecp256k1 when it loads and
 * on BouncyCastle otherwise, with identical results (RecoverableEcdsaTest). Recovery never throws
 * on hostile input: it answers null.
 */
public final class RecoverableEcdsa {

    /** Length of a signature: r, s and v. */
    public static final int SIGNATURE_LENGTH = 65;

    private RecoverableEcdsa() {
    }

    /** The low-S signature {@code r ‖ s ‖ v} of the 32-byte {@code digest} with private key {@code d}. */
    public static byte[] sign(byte[] digest, BigInteger d) {
        checkDigest(digest);
        checkPrivateKey(d);
        return Libsecp256k1.available() ? nativeSign(digest, d) : bouncyCastleSign(digest, d);
    }

    /**
     * The 65-byte uncompressed public key ({@code 0x04 ‖ x ‖ y}) that signed {@code digest}, or null
     * if {@code signature} is not 65 bytes, has {@code v} outside 0..3, {@code r} or {@code s}
     * outside {@code [1, n)}, or recovers no point.
     */
    public static byte[] recover(byte[] digest, byte[] signature) {
        if (digest == null || digest.length != 32 || signature == null || signature.length != SIGNATURE_LENGTH) {
            return null;
        }
        int v = signature[64] & 0xff;
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        if (v > 3 || !inRange(r) || !inRange(s)) {
            return null;
        }
        return Libsecp256k1.available()
                ? Libsecp256k1.recover(digest, Arrays.copyOf(signature, 64), v)
                : bouncyCastleRecover(digest, r, s, v);
    }

    /** The 65-byte uncompressed public key of private key {@code d}. */
    public static byte[] publicKey(BigInteger d) {
        checkPrivateKey(d);
        return Libsecp256k1.available() ? Libsecp256k1.publicKey(d) : bouncyCastlePublicKey(d);
    }

    /** True iff {@code s} is in the lower half of the group order, as every signature made here is. */
    public static boolean isLowS(byte[] signature) {
        return new BigInteger(1, Arrays.copyOfRange(signature, 32, 64)).compareTo(Secp256k1.N.shiftRight(1)) <= 0;
    }

    /** True iff {@code d} is in {@code [1, n)}, a valid secp256k1 private key. */
    public static boolean isPrivateKey(BigInteger d) {
        return d != null && inRange(d);
    }

    static byte[] nativeSign(byte[] digest, BigInteger d) {
        BigInteger[] rs = Libsecp256k1.sign(digest, d);
        byte[] publicKey = Libsecp256k1.publicKey(d);
        byte[] out = compact(rs[0], rs[1]);
        for (int v = 0; v < 4; v++) {
            if (Arrays.equals(publicKey, Libsecp256k1.recover(digest, Arrays.copyOf(out, 64), v))) {
                out[64] = (byte) v;
                return out;
            }
        }
        throw new IllegalStateException("no recovery id recovers the signer's key");
    }

    static byte[] bouncyCastleSign(byte[] digest, BigInteger d) {
        BigInteger[] rs = PeerKey.bouncyCastleSign(digest, new ECPrivateKeyParameters(d, Secp256k1.DOMAIN));
        BigInteger s = rs[1].compareTo(Secp256k1.N.shiftRight(1)) > 0 ? Secp256k1.N.subtract(rs[1]) : rs[1];
        byte[] publicKey = bouncyCastlePublicKey(d);
        byte[] out = compact(rs[0], s);
        for (int v = 0; v < 4; v++) {
            if (Arrays.equals(publicKey, bouncyCastleRecover(digest, rs[0], s, v))) {
                out[64] = (byte) v;
                return out;
            }
        }
        throw new IllegalStateException("no recovery id recovers the signer's key");
    }

    static byte[] bouncyCastlePublicKey(BigInteger d) {
        return new FixedPointCombMultiplier().multiply(Secp256k1.DOMAIN.getG(), d).normalize().getEncoded(false);
    }

    /** SEC 1 v2 §4.1.6: {@code Q = r⁻¹(sR − eG)}, where R has x = r + (v / 2)·n and y's parity is v's low bit. */
    static byte[] bouncyCastleRecover(byte[] digest, BigInteger r, BigInteger s, int v) {
        BigInteger n = Secp256k1.N;
        BigInteger x = r.add(n.multiply(BigInteger.valueOf(v >> 1)));
        if (x.compareTo(Secp256k1.DOMAIN.getCurve().getField().getCharacteristic()) >= 0) {
            return null;
        }
        X9IntegerConverter converter = new X9IntegerConverter();
        byte[] encoded = converter.integerToBytes(x, 1 + converter.getByteLength(Secp256k1.DOMAIN.getCurve()));
        encoded[0] = (byte) ((v & 1) == 1 ? 0x03 : 0x02);
        ECPoint bigR;
        try {
            bigR = Secp256k1.DOMAIN.getCurve().decodePoint(encoded);
        } catch (IllegalArgumentException notOnCurve) {
            return null;
        }
        BigInteger e = new BigInteger(1, digest);
        BigInteger rInv = r.modInverse(n);
        ECPoint q = ECAlgorithms.sumOfTwoMultiplies(Secp256k1.DOMAIN.getG(), rInv.multiply(e.negate()).mod(n),
                bigR, rInv.multiply(s).mod(n)).normalize();
        return q.isInfinity() ? null : q.getEncoded(false);
    }

    private static byte[] compact(BigInteger r, BigInteger s) {
        byte[] out = new byte[SIGNATURE_LENGTH];
        BigIntegers.asUnsignedByteArray(r, out, 0, 32);
        BigIntegers.asUnsignedByteArray(s, out, 32, 32);
        return out;
    }

    private static boolean inRange(BigInteger value) {
        return value.signum() > 0 && value.compareTo(Secp256k1.N) < 0;
    }

    private static void checkDigest(byte[] digest) {
        if (digest == null || digest.length != 32) {
            throw new IllegalArgumentException("a digest is 32 bytes, not " + (digest == null ? "null" : digest.length));
        }
    }

    private static void checkPrivateKey(BigInteger d) {
        if (!isPrivateKey(d)) {
            throw new IllegalArgumentException("private key out of range for secp256k1");
        }
    }
}
