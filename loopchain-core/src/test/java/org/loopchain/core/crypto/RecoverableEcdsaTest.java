package org.loopchain.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Recoverable signatures: libsecp256k1 and BouncyCastle sign the same 65 bytes and recover the
 * same key (or none) from valid and broken signatures; SHA3-256 is FIPS 202, not Keccak.
 */
class RecoverableEcdsaTest {

    private static final BigInteger N = Secp256k1.N;

    @Test
    void sha3IsFips202NotKeccak() {
        // FIPS 202 SHA3-256("") (Keccak-256("") would be c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470)
        assertEquals("a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a", Hex.encode(Hashes.sha3_256()));
        assertEquals("3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532",
                Hex.encode(Hashes.sha3_256("abc".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void aSignatureRecoversItsSignersKeyAndNoOtherDigestDoes() {
        Random random = new Random(3);
        for (int k = 0; k < 20; k++) {
            BigInteger d = key(random);
            byte[] digest = bytes(random, 32);
            byte[] signature = RecoverableEcdsa.sign(digest, d);
            assertEquals(65, signature.length);
            assertTrue(RecoverableEcdsa.isLowS(signature));
            assertTrue((signature[64] & 0xff) <= 1, "v is 0 or 1 but for r >= n, which has odds of 2^-128");
            assertArrayEquals(RecoverableEcdsa.publicKey(d), RecoverableEcdsa.recover(digest, signature));
            digest[0] ^= 1;
            assertFalse(Arrays.equals(RecoverableEcdsa.publicKey(d), RecoverableEcdsa.recover(digest, signature)));
        }
    }

    @Test
    void brokenSignaturesRecoverNothingAndNeverThrow() {
        byte[] digest = new byte[32];
        byte[] signature = RecoverableEcdsa.sign(digest, BigInteger.TEN);
        assertNull(RecoverableEcdsa.recover(digest, Arrays.copyOf(signature, 64)));
        assertNull(RecoverableEcdsa.recover(new byte[31], signature));
        assertNull(RecoverableEcdsa.recover(digest, null));
        byte[] badV = signature.clone();
        badV[64] = 4;
        assertNull(RecoverableEcdsa.recover(digest, badV));
        byte[] zeroR = signature.clone();
        Arrays.fill(zeroR, 0, 32, (byte) 0);
        assertNull(RecoverableEcdsa.recover(digest, zeroR));
        byte[] maxS = signature.clone();
        Arrays.fill(maxS, 32, 64, (byte) 0xff);
        assertNull(RecoverableEcdsa.recover(digest, maxS));
    }

    @Test
    void libsecp256k1AndBouncyCastleSignAndRecoverAlike() {
        assumeTrue(Libsecp256k1.available(), "libsecp256k1 is not loaded in this execution");
        Random random = new Random(5);
        for (int k = 0; k < 30; k++) {
            BigInteger d = key(random);
            byte[] digest = bytes(random, 32);
            assertArrayEquals(RecoverableEcdsa.bouncyCastlePublicKey(d), Libsecp256k1.publicKey(d));
            byte[] signature = RecoverableEcdsa.nativeSign(digest, d);
            assertArrayEquals(RecoverableEcdsa.bouncyCastleSign(digest, d), signature, "signature " + k);
            BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
            BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
            for (int v = 0; v < 4; v++) {
                sameRecovery(digest, r, s, v);
                sameRecovery(digest, r, N.subtract(s), v); // high S recovers too (IconSignature refuses it earlier)
                sameRecovery(digest, r.add(BigInteger.ONE), s, v); // often no point for x = r + 1
            }
        }
    }

    private static void sameRecovery(byte[] digest, BigInteger r, BigInteger s, int v) {
        byte[] compact = new byte[64];
        org.bouncycastle.util.BigIntegers.asUnsignedByteArray(r, compact, 0, 32);
        org.bouncycastle.util.BigIntegers.asUnsignedByteArray(s, compact, 32, 32);
        byte[] bc = RecoverableEcdsa.bouncyCastleRecover(digest, r, s, v);
        byte[] lib = Libsecp256k1.recover(digest, compact, v);
        assertArrayEquals(bc, lib, "recovery with v=" + v);
    }

    private static BigInteger key(Random random) {
        return new BigInteger(256, random).mod(N.subtract(BigInteger.ONE)).add(BigInteger.ONE);
    }

    private static byte[] bytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
