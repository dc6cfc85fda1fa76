package org.loopchain.pki;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * PEM text of certificates, CRLs and PKCS#8 private keys ({@code -----BEGIN PRIVATE KEY-----}, as
 * OpenSSL and {@link org.loopchain.core.crypto.PeerKeyFile} write them). Parsing failures are
 * {@link IllegalArgumentException}s saying what was wrong.
 */
public final class Pem {

    private Pem() {
    }

    public static String certificate(X509Certificate cert) {
        try {
            return block("CERTIFICATE", cert.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode a certificate", e);
        }
    }

    public static String crl(X509CRL crl) {
        try {
            return block("X509 CRL", crl.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode a CRL", e);
        }
    }

    public static String privateKey(PrivateKey key) {
        return block("PRIVATE KEY", key.getEncoded());
    }

    /** Every certificate in {@code text}, in order; at least one. */
    public static List<X509Certificate> certificates(String text) {
        List<X509Certificate> certs = new ArrayList<>();
        for (Object o : objects(text)) {
            if (o instanceof X509CertificateHolder holder) {
                certs.add(toCertificate(holder));
            }
        }
        if (certs.isEmpty()) {
            throw new IllegalArgumentException("no -----BEGIN CERTIFICATE----- block");
        }
        return certs;
    }

    public static X509CRL crl(String text) {
        for (Object o : objects(text)) {
            if (o instanceof X509CRLHolder holder) {
                try {
                    return toCrl(holder.getEncoded());
                } catch (IOException e) {
                    throw new IllegalArgumentException("unreadable CRL: " + e.getMessage(), e);
                }
            }
        }
        throw new IllegalArgumentException("no -----BEGIN X509 CRL----- block");
    }

    public static PrivateKey privateKey(String text) {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter().setProvider(Bc.PROVIDER);
        try {
            for (Object o : objects(text)) {
                if (o instanceof PrivateKeyInfo info) {
                    return converter.getPrivateKey(info);
                }
                if (o instanceof PEMKeyPair pair) {
                    return converter.getPrivateKey(pair.getPrivateKeyInfo());
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable private key: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("no -----BEGIN PRIVATE KEY----- block");
    }

    static X509Certificate toCertificate(X509CertificateHolder holder) {
        try {
            return (X509Certificate) factory().generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("unreadable certificate: " + e.getMessage(), e);
        }
    }

    static X509CRL toCrl(byte[] der) {
        try {
            return (X509CRL) factory().generateCRL(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("unreadable CRL: " + e.getMessage(), e);
        }
    }

    private static CertificateFactory factory() throws GeneralSecurityException {
        return CertificateFactory.getInstance("X.509", Bc.PROVIDER);
    }

    private static List<Object> objects(String text) {
        List<Object> objects = new ArrayList<>();
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                objects.add(o);
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not PEM: " + e.getMessage(), e);
        }
        return objects;
    }

    private static String block(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
