package org.loopchain.consensus.onenode;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.loopchain.consensus.MessageSigner;
import org.loopchain.consensus.Validator;
import org.loopchain.consensus.sim.FastSignatures;
import org.loopchain.core.crypto.PeerKey;

/** A validator of the one-node tests: {@code hx<i>}, weight 1, a key derived from its index. */
record Peer(String id, PeerKey key, MessageSigner signer) {

    static Peer of(int index) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(("one-node validator " + index).getBytes(StandardCharsets.UTF_8));
            PeerKey key = PeerKey.generate(random);
            String id = "hx" + index;
            return new Peer(id, key, FastSignatures.signer(id, key.publicKeyBase64()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Validator validator() {
        return new Validator(id, key.publicKeyBase64(), 1, null);
    }
}
