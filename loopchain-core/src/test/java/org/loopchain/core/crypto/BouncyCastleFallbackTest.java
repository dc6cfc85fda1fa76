package org.loopchain.core.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The fallback when libsecp256k1 is not used: runs in the build's second test execution, whose JVM
 * has {@code -Dloopchain.secp256k1=bouncycastle} (loopchain-ejb's pom; the key, transaction, block
 * and channel tests run there again), and is skipped in the default one.
 */
class BouncyCastleFallbackTest {

    @Test
    void withThePropertyBouncyCastleSignsAndVerifies() {
        assumeTrue("bouncycastle".equals(System.getProperty(Libsecp256k1.PROPERTY)), "the default execution uses the library");
        assertFalse(Libsecp256k1.available());
        assertEquals("BouncyCastle", PeerKey.implementation());
        PeerKey key = TestKeys.fixed();
        byte[] digest = Hashes.sha256("fallback".getBytes(StandardCharsets.UTF_8));
        String signature = key.signDigest(digest);
        assertTrue(PeerKey.verifyDigest(key.publicKeyBase64(), digest, signature));
        digest[31] ^= 1;
        assertFalse(PeerKey.verifyDigest(key.publicKeyBase64(), digest, signature));
    }
}
