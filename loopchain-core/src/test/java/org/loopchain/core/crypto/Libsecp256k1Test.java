package org.loopchain.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** libsecp256k1 against BouncyCastle: the same signatures, the same verdicts, on valid and broken input. */
class Libsecp256k1Test {

    private static final BigInteger N = Secp256k1.N;

    @BeforeAll
    static void onLinuxTheNativeLibraryLoads() {
        String os = System.getProperty("os.name", "").toLowerCase();
        String arch = System.getProperty("os.arch", "");
        boolean shipped = os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64") || arch.equals("aarch64"));
        assumeTrue(shipped, "the jar carries libsecp256k1 for Linux x86-64 and aarch64 only");
        assumeTrue(!"bouncycastle".equals(System.getProperty(Libsecp256k1.PROPERTY)),
                "the fallback execution (-Dtest= reaches it too) runs without the library");
        assertTrue(Libsecp256k1.available(), "libsecp256k1 did not load (see the WARNING logged by Libsecp256k1)");
        assertEquals("libsecp256k1 (native)", PeerKey.implementation());
    }

    @Test
    void signaturesAreTheSameAsBouncyCastlesRfc6979OnesInLowS() {
        Random random = new Random(7);
        for (int k = 0; k < 20; k++) {
            BigInteger d = new BigInteger(256, random).mod(N.subtract(BigInteger.ONE)).add(BigInteger.ONE);
            for (int i = 0; i < 20; i++) {
                byte[] digest = bytes(random, 32);
                BigInteger[] bc = bouncyCastleSign(d, digest);
                BigInteger lowS = bc[1].compareTo(N.shiftRight(1)) > 0 ? N.subtract(bc[1]) : bc[1];
                BigInteger[] lib = Libsecp256k1.sign(digest, d);
                assertEquals(bc[0], lib[0], "r for key " + k + ", digest " + i);
                assertEquals(lowS, lib[1], "s for key " + k + ", digest " + i);
            }
        }
    }

    @Test
    void verdictsAgreeWithBouncyCastleOnValidAndBrokenSignatures() {
        Random random = new Random(11);
        for (int k = 0; k < 10; k++) {
            BigInteger d = new BigInteger(256, random).mod(N.subtract(BigInteger.ONE)).add(BigInteger.ONE);
            ECPoint q = new FixedPointCombMultiplier().multiply(Secp256k1.DOMAIN.getG(), d).normalize();
            ECPoint other = new FixedPointCombMultiplier().multiply(Secp256k1.DOMAIN.getG(), d.add(BigInteger.ONE)).normalize();
            for (int i = 0; i < 20; i++) {
                byte[] digest = bytes(random, 32);
                BigInteger[] rs = bouncyCastleSign(d, digest);
                BigInteger r = rs[0];
                BigInteger s = rs[1];
                byte[] flipped = digest.clone();
                flipped[random.nextInt(32)] ^= (byte) (1 << random.nextInt(8));
                same(true, q, digest, r, s);
                same(true, q, digest, r, N.subtract(s)); // the other S: valid for ECDSA, as the original accepts
                same(false, q, flipped, r, s);
                same(false, other, digest, r, s);
                same(false, q, digest, r.add(BigInteger.ONE).mod(N), s);
                same(false, q, digest, r, s.add(BigInteger.ONE).mod(N));
                same(false, q, digest, BigInteger.ZERO, s);
                same(false, q, digest, r, BigInteger.ZERO);
                same(false, q, digest, N, s);
                same(false, q, digest, r, N);
                same(false, q, digest, r.add(N), s);
            }
        }
    }

    @Test
    void peerKeysSignDeterministicallyAndVerifyThroughTheLibrary() {
        PeerKey key = TestKeys.fixed();
        byte[] digest = Hashes.sha256("loopchain".getBytes(StandardCharsets.UTF_8));
        String signature = key.signDigest(digest);
        assertTrue(PeerKey.verifyDigest(key.publicKeyBase64(), digest, signature));
        digest[0] ^= 1;
        assertFalse(PeerKey.verifyDigest(key.publicKeyBase64(), digest, signature));
        assertArrayEquals(key.signDigest(digest).getBytes(), key.signDigest(digest).getBytes(), "deterministic");
    }

    private static void same(boolean expected, ECPoint q, byte[] digest, BigInteger r, BigInteger s) {
        boolean bc = Secp256k1.bouncyCastleVerify(digest, r, s, q);
        boolean lib = Libsecp256k1.verify(digest, r, s, q.getEncoded(false));
        assertEquals(expected, bc, "BouncyCastle's verdict");
        assertEquals(expected, lib, "libsecp256k1's verdict (BouncyCastle's: " + bc + ")");
    }

    private static BigInteger[] bouncyCastleSign(BigInteger d, byte[] digest) {
        return PeerKey.bouncyCastleSign(digest, new ECPrivateKeyParameters(d, Secp256k1.DOMAIN));
    }

    private static byte[] bytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
