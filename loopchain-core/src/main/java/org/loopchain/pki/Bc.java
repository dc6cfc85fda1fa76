package org.loopchain.pki;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** The BouncyCastle JCA provider, as an instance handed to each call; never put in {@code java.security.Security}. */
final class Bc {

    /** The JDK has no secp256k1: keys, signatures, certificates and path validation all go through this. */
    static final Provider PROVIDER = new BouncyCastleProvider();

    private Bc() {
    }
}
