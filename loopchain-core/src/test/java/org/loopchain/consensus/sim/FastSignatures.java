package org.loopchain.consensus.sim;

import java.nio.charset.StandardCharsets;
import org.loopchain.consensus.MessageSigner;
import org.loopchain.consensus.SignatureVerifier;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.core.crypto.Hex;

/**
 * A stand-in for ECDSA in the randomized suite: the "signature" is {@code sha256(publicKey ‖ digest)}.
 * Anyone could forge it, but a message signed under one key never verifies under another, which is
 * all the simulation's forgers try; it is a hundred times cheaper.
 */
public final class FastSignatures implements SignatureVerifier {

    public static String sign(String publicKey, byte[] digest) {
        return Hex.encode(Hashes.sha256(publicKey.getBytes(StandardCharsets.UTF_8), digest));
    }

    public static MessageSigner signer(String peerId, String publicKey) {
        return new MessageSigner() {
            @Override
            public String peerId() {
                return peerId;
            }

            @Override
            public String signDigest(byte[] digest) {
                return sign(publicKey, digest);
            }
        };
    }

    @Override
    public boolean verify(String publicKey, byte[] digest, String signature) {
        return sign(publicKey, digest).equals(signature);
    }
}
