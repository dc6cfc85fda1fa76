package org.loopchain.validators;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.pki.CertificateAuthority;
import org.loopchain.pki.KeyCurve;
import org.loopchain.pki.Pem;
import org.loopchain.pki.Role;

/** A network's root and one organisation CA that certify given peer keys, for the certificate changes' tests. */
public final class TestCertificates {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private final CertificateAuthority root;
    private final CertificateAuthority org;

    public TestCertificates(String network) {
        SecureRandom random = new SecureRandom();
        root = CertificateAuthority.createRoot(network, KeyCurve.SECP256K1, CertificateAuthority.ROOT_VALIDITY, Clock.systemUTC(),
                random);
        CertificateAuthority.Issued issued = root.issueOrganisation("acme", KeyCurve.SECP256K1, CertificateAuthority.ORG_VALIDITY);
        org = new CertificateAuthority(issued.certificate(), issued.keyPair().getPrivate(), Clock.systemUTC(), random);
    }

    /** A validator certificate of {@code key}, in PEM. */
    public String member(String name, PeerKey key) {
        return Pem.certificate(org.issueMember(name, Role.VALIDATOR, publicKey(key), CertificateAuthority.NODE_VALIDITY));
    }

    /** The organisation CA's certificate, in PEM. */
    public String orgCa() {
        return Pem.certificate(org.certificate());
    }

    /** The root CA's certificate, in PEM. */
    public String rootCa() {
        return Pem.certificate(root.certificate());
    }

    private static PublicKey publicKey(PeerKey key) {
        try {
            return KeyFactory.getInstance("EC", BC).generatePublic(new X509EncodedKeySpec(
                    Base64.getDecoder().decode(key.publicKeyBase64())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
