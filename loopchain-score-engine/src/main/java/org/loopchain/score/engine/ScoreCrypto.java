package org.loopchain.score.engine;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA3Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The crypto a contract may use, with ICON's semantics ({@code score.Context}): hashes, ECDSA
 * secp256k1 verification and key recovery over a 32-byte message hash with a 65-byte recoverable
 * signature {@code r ‖ s ‖ v}, and the {@code hx…} address of a public key.
 */
final class ScoreCrypto {

    static final String SECP256K1 = "ecdsa-secp256k1";
    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");

    private ScoreCrypto() {
    }

    static byte[] hash(String algorithm, byte[] message) {
        Digest digest = switch (algorithm) {
            case "sha-256" -> new SHA256Digest();
            case "sha3-256" -> new SHA3Digest(256);
            case "keccak-256" -> new KeccakDigest(256);
            default -> throw new IllegalArgumentException("unsupported hash algorithm " + algorithm);
        };
        digest.update(message, 0, message.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    static boolean verifySignature(String algorithm, byte[] message, byte[] signature, byte[] publicKey) {
        requireSecp256k1(algorithm);
        require(publicKey.length == 33 || publicKey.length == 65, "invalid public key length");
        try {
            return Arrays.equals(recoverKey(algorithm, message, signature, publicKey.length == 33), publicKey);
        } catch (IllegalArgumentException unrecoverable) {
            return false;
        }
    }

    /** The signer's public key: 33-byte compressed or 65-byte uncompressed. */
    static byte[] recoverKey(String algorithm, byte[] message, byte[] signature, boolean compressed) {
        requireSecp256k1(algorithm);
        require(message.length == 32, "the length of message must be 32");
        require(signature.length == 65, "the length of signature must be 65");
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        int v = signature[64] & 0xff;
        int recId = v >= 27 ? v - 27 : v;
        BigInteger n = CURVE.getN();
        require(recId >= 0 && recId <= 3, "invalid recovery id " + v);
        require(r.signum() > 0 && r.compareTo(n) < 0 && s.signum() > 0 && s.compareTo(n) < 0, "invalid signature");
        BigInteger x = r.add(n.multiply(BigInteger.valueOf(recId / 2)));
        require(x.compareTo(CURVE.getCurve().getField().getCharacteristic()) < 0, "invalid signature");
        ECPoint bigR = decodeX(x, (recId & 1) == 1);
        require(bigR.multiply(n).isInfinity(), "invalid signature");
        BigInteger e = new BigInteger(1, message);
        BigInteger rInv = r.modInverse(n);
        BigInteger eInvRInv = rInv.multiply(e.negate().mod(n)).mod(n);
        BigInteger sRInv = rInv.multiply(s).mod(n);
        ECPoint q = ECAlgorithms.sumOfTwoMultiplies(CURVE.getG(), eInvRInv, bigR, sRInv).normalize();
        require(!q.isInfinity(), "invalid signature");
        return q.getEncoded(compressed);
    }

    /** ICON's rule: {@code hx} + the last 20 bytes of SHA3-256 of the 64-byte uncompressed key. */
    static String addressOfKey(byte[] publicKey) {
        require(publicKey.length == 33 || publicKey.length == 65, "invalid public key length");
        byte[] uncompressed = CURVE.getCurve().decodePoint(publicKey).getEncoded(false);
        byte[] digest = hash("sha3-256", Arrays.copyOfRange(uncompressed, 1, uncompressed.length));
        return "hx" + HexFormat.of().formatHex(digest, digest.length - 20, digest.length);
    }

    private static ECPoint decodeX(BigInteger x, boolean oddY) {
        byte[] encoded = new byte[33];
        byte[] xBytes = org.bouncycastle.util.BigIntegers.asUnsignedByteArray(32, x);
        encoded[0] = (byte) (oddY ? 0x03 : 0x02);
        System.arraycopy(xBytes, 0, encoded, 1, 32);
        return CURVE.getCurve().decodePoint(encoded);
    }

    private static void requireSecp256k1(String algorithm) {
        if (!SECP256K1.equals(algorithm)) {
            throw new IllegalArgumentException("unsupported signature algorithm " + algorithm);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
