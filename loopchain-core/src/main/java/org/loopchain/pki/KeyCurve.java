package org.loopchain.pki;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;

/** The curves a PKI key may be on: secp256k1 (the node keys' curve, the default) or NIST P-256. */
public enum KeyCurve {
    SECP256K1("secp256k1", "secp256k1"),
    P256("p256", "secp256r1");

    private final String cliName;
    private final String curveName;

    KeyCurve(String cliName, String curveName) {
        this.cliName = cliName;
        this.curveName = curveName;
    }

    public String cliName() {
        return cliName;
    }

    /** A new EC key pair on this curve (named-curve encodings). */
    public KeyPair generate(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", Bc.PROVIDER);
            generator.initialize(new ECGenParameterSpec(curveName), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a " + curveName + " key", e);
        }
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static KeyCurve parse(String text) {
        for (KeyCurve curve : values()) {
            if (curve.cliName.equals(text)) {
                return curve;
            }
        }
        throw new IllegalArgumentException("unknown curve '" + text + "' (secp256k1 or p256)");
    }
}
