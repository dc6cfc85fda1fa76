package org.loopchain.validators;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.loopchain.pki.Pem;

/**
 * The certificate a trust change names: the CA certificate of a {@code ca_trust}, the member
 * certificate of a {@code certificate_revoke}. Read from the PEM text every admin signed, so every
 * peer reads the same certificate.
 *
 * @param certificate the parsed certificate
 * @param publicKey   its public key as peers' keys travel (base64 SPKI DER)
 * @param fingerprint SHA-256 of its DER, lower-case hex: how changes and answers name it
 */
public record ConfigCertificate(X509Certificate certificate, String publicKey, String fingerprint) {

    /** The largest PEM text a change may carry. */
    static final int MAX_PEM = 8192;

    /**
     * Reads one certificate.
     *
     * @param ca whether it must be a CA's ({@code ca_trust}) or must not be ({@code certificate_revoke})
     * @throws IllegalArgumentException naming what is wrong
     */
    static ConfigCertificate parse(String pem, boolean ca, String field) {
        if (pem.length() > MAX_PEM) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_PEM + " characters");
        }
        List<X509Certificate> certs;
        try {
            certs = Pem.certificates(pem);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(field + " must be one PEM certificate (" + e.getMessage() + ")");
        }
        if (certs.size() != 1) {
            throw new IllegalArgumentException(field + " must be exactly one PEM certificate, not " + certs.size());
        }
        X509Certificate cert = certs.get(0);
        if (ca != cert.getBasicConstraints() >= 0) {
            throw new IllegalArgumentException(field + " must be " + (ca ? "a CA certificate" : "a member certificate, not a CA's"));
        }
        return new ConfigCertificate(cert, Base64.getEncoder().encodeToString(cert.getPublicKey().getEncoded()), fingerprint(cert));
    }

    /** The certificate's subject, as the answers and logs name it. */
    public String subject() {
        return certificate.getSubjectX500Principal().getName();
    }

    /** The serial number in hex. */
    public String serial() {
        return certificate.getSerialNumber().toString(16);
    }

    private static String fingerprint(X509Certificate cert) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalArgumentException("the certificate cannot be encoded: " + e.getMessage(), e);
        }
    }
}
