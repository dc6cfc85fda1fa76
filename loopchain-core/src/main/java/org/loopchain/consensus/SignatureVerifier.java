package org.loopchain.consensus;

import org.loopchain.core.crypto.PeerKey;

/**
 * Checks a peer's signature over a 32-byte message digest. Production uses {@link #ECDSA}
 * (secp256k1, as {@link PeerKey#verifyDigest}); the simulation may plug in a cheaper scheme so a
 * thousand seeded runs fit in seconds.
 */
@FunctionalInterface
public interface SignatureVerifier {

    /** secp256k1 ECDSA, DER and base64, as every peer signs. */
    SignatureVerifier ECDSA = PeerKey::verifyDigest;

    /** True iff {@code signatureBase64} is valid for {@code digest} under the key; false for malformed input. */
    boolean verify(String publicKeyBase64, byte[] digest, String signatureBase64);
}
