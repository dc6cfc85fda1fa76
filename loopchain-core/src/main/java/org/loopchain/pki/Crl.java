package org.loopchain.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * A CA's certificate revocation list. Each CA writes its own: the root's lists revoked
 * organisation CAs, an organisation's lists revoked members. A new CRL keeps every entry of the
 * previous one, adds one, and has the next CRL number; thisUpdate is now and nextUpdate
 * {@link #NEXT_UPDATE} later. Revocation is for good: there is no un-revoke.
 */
public final class Crl {

    /** How long a CRL says it is current. The check uses the newest CRL it has even past that. */
    public static final Duration NEXT_UPDATE = Duration.ofDays(30);

    private Crl() {
    }

    /** The first CRL of {@code ca}: number 1, nothing revoked. */
    public static X509CRL empty(CertificateAuthority ca) {
        return build(ca, null, null, BigInteger.ONE);
    }

    /**
     * {@code previous} (issued by {@code ca}) with {@code serial} added.
     *
     * @throws IllegalArgumentException if {@code previous} is not {@code ca}'s or {@code serial} is revoked already
     */
    public static X509CRL revoke(CertificateAuthority ca, X509CRL previous, BigInteger serial) {
        try {
            previous.verify(ca.certificate().getPublicKey(), Bc.PROVIDER);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the CRL is not signed by " + ca.certificate().getSubjectX500Principal() + ": " + e.getMessage(), e);
        }
        if (previous.getRevokedCertificate(serial) != null) {
            throw new IllegalArgumentException("serial " + serial.toString(16) + " is revoked already (since "
                    + previous.getRevokedCertificate(serial).getRevocationDate().toInstant() + ")");
        }
        return build(ca, previous, serial, number(previous).add(BigInteger.ONE));
    }

    /** The CRL number extension, or 0 if there is none. */
    public static BigInteger number(X509CRL crl) {
        byte[] ext = crl.getExtensionValue(Extension.cRLNumber.getId());
        if (ext == null) {
            return BigInteger.ZERO;
        }
        return ASN1Integer.getInstance(ASN1OctetString.getInstance(ext).getOctets()).getValue();
    }

    private static X509CRL build(CertificateAuthority ca, X509CRL previous, BigInteger serial, BigInteger number) {
        Instant now = ca.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        try {
            X500Name issuer = X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded());
            X509v2CRLBuilder builder = new X509v2CRLBuilder(issuer, Date.from(now));
            builder.setNextUpdate(Date.from(now.plus(NEXT_UPDATE)));
            if (previous != null) {
                builder.addCRL(new X509CRLHolder(previous.getEncoded()));
            }
            if (serial != null) {
                builder.addCRLEntry(serial, Date.from(now), CRLReason.unspecified);
            }
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(number));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca.certificate().getPublicKey()));
            X509CRLHolder holder = builder.build(CertificateAuthority.signer(ca.privateKey()));
            return Pem.toCrl(holder.getEncoded());
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot issue a CRL: " + e.getMessage(), e);
        }
    }
}
