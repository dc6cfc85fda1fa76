package org.loopchain.consensus;

import org.loopchain.core.crypto.PeerKey;

/** The local peer's identity for consensus: its id and how it signs a message digest. */
public interface MessageSigner {

    String peerId();

    /** A signature over the 32-byte digest that {@link SignatureVerifier} checks. */
    String signDigest(byte[] digest);

    /** The usual signer: the peer's secp256k1 key. */
    static MessageSigner of(String peerId, PeerKey key) {
        return new MessageSigner() {
            @Override
            public String peerId() {
                return peerId;
            }

            @Override
            public String signDigest(byte[] digest) {
                return key.signDigest(digest);
            }
        };
    }
}
