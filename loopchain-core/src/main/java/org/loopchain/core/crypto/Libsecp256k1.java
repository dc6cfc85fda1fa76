package org.loopchain.core.crypto;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bouncycastle.util.BigIntegers;

/**
 * bitcoin-core's libsecp256k1, through ACINQ's JNI binding (its jar carries the Linux x86-64 and
 * aarch64 builds), for the two operations on every transaction's path: verifying a signature and
 * signing a digest. On the 2-core box it verifies in ~35 µs and signs in ~24 µs, against ~118 and
 * ~88 µs for BouncyCastle (BENCHMARKS.md, fifth pass); every peer verifies every transaction.
 *
 * <p>When the library cannot load (another OS or CPU, no writable temp directory) or the JVM
 * property {@value #PROPERTY} is {@code bouncycastle}, {@link #available()} is false and callers
 * use BouncyCastle. Both give the same answers: the same RFC 6979 nonce, so the same signature,
 * and the same verdict on every signature (Libsecp256k1Test checks that against BouncyCastle).
 */
final class Libsecp256k1 {

    static final String PROPERTY = "loopchain.secp256k1";

    private static final Logger LOG = Logger.getLogger(Libsecp256k1.class.getName());
    private static final fr.acinq.secp256k1.Secp256k1 LIB = load();

    private Libsecp256k1() {
    }

    private static fr.acinq.secp256k1.Secp256k1 load() {
        if ("bouncycastle".equalsIgnoreCase(System.getProperty(PROPERTY, "native"))) {
            LOG.info("secp256k1: BouncyCastle (" + PROPERTY + "=bouncycastle)");
            return null;
        }
        try {
            fr.acinq.secp256k1.Secp256k1 lib = fr.acinq.secp256k1.Secp256k1.Companion.get();
            LOG.info("secp256k1: libsecp256k1 (native)");
            return lib;
        } catch (Throwable e) { // UnsatisfiedLinkError, NoClassDefFoundError, or the loader's own exception
            LOG.log(Level.WARNING, "secp256k1: libsecp256k1 did not load, BouncyCastle verifies and signs instead: " + e);
            return null;
        }
    }

    static boolean available() {
        return LIB != null;
    }

    /** Which implementation verifies and signs, for the node's start-up line. */
    static String implementation() {
        return LIB != null ? "libsecp256k1 (native)" : "BouncyCastle";
    }

    /**
     * Whether {@code (r, s)} signs the 32-byte {@code digest} for the uncompressed 65-byte
     * {@code publicKey}. {@code s} may be high: it is moved to the lower half first, which the
     * library requires and which does not change ECDSA validity.
     */
    static boolean verify(byte[] digest, BigInteger r, BigInteger s, byte[] publicKey) {
        BigInteger n = Secp256k1.N;
        if (r.signum() <= 0 || r.compareTo(n) >= 0 || s.signum() <= 0 || s.compareTo(n) >= 0) {
            return false;
        }
        BigInteger lowS = s.compareTo(n.shiftRight(1)) > 0 ? n.subtract(s) : s;
        byte[] compact = new byte[64];
        BigIntegers.asUnsignedByteArray(r, compact, 0, 32);
        BigIntegers.asUnsignedByteArray(lowS, compact, 32, 32);
        return LIB.verify(compact, digest, publicKey);
    }

    /** The low-S signature {@code (r, s)} of the 32-byte {@code digest} with private key {@code d}. */
    static BigInteger[] sign(byte[] digest, BigInteger d) {
        byte[] compact = LIB.sign(digest, BigIntegers.asUnsignedByteArray(32, d));
        return new BigInteger[] {new BigInteger(1, Arrays.copyOfRange(compact, 0, 32)),
                new BigInteger(1, Arrays.copyOfRange(compact, 32, 64))};
    }

    /**
     * The 65-byte uncompressed public key that the compact {@code (r, s)} with recovery id
     * {@code recId} (0..3) recovers for the 32-byte {@code digest}, or null if none does.
     */
    static byte[] recover(byte[] digest, byte[] compact, int recId) {
        try {
            return LIB.ecdsaRecover(compact, digest, recId);
        } catch (RuntimeException e) { // Secp256k1Exception: no point for r, or r/s out of range
            return null;
        }
    }

    /** The 65-byte uncompressed public key of the private key {@code d}. */
    static byte[] publicKey(BigInteger d) {
        return LIB.pubkeyCreate(BigIntegers.asUnsignedByteArray(32, d));
    }
}
