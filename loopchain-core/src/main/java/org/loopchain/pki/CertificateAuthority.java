package org.loopchain.pki;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority: the network's root (self-signed, path length 1) or an organisation's
 * intermediate (signed by the root, path length 0), which issues node and admin certificates.
 *
 * <p>Subjects: the root is {@code CN=NETWORK root CA,O=NETWORK}; an organisation's CA
 * {@code CN=ORG CA,O=ORG}; a member {@code CN=NAME,OU=ROLE,O=ORG}, the role as the OU (as
 * Fabric's NodeOUs) and the organisation taken from the issuing CA. CA certificates carry basic
 * constraints (critical) and keyCertSign|cRLSign; members carry CA:false and digitalSignature.
 * Serial numbers are 159 random bits; every signature is ECDSA with SHA-256. A certificate never
 * outlives its issuer: its notAfter is cut to the issuer's.
 */
public final class CertificateAuthority {

    public static final Duration ROOT_VALIDITY = Duration.ofDays(3650);
    public static final Duration ORG_VALIDITY = Duration.ofDays(1825);
    public static final Duration NODE_VALIDITY = Duration.ofDays(365);

    private final X509Certificate certificate;
    private final PrivateKey key;
    private final Clock clock;
    private final SecureRandom random;

    /** A certificate with the key it was issued for. */
    public record Issued(X509Certificate certificate, KeyPair keyPair) {
    }

    public CertificateAuthority(X509Certificate certificate, PrivateKey key, Clock clock, SecureRandom random) {
        if (certificate.getBasicConstraints() < 0) {
            throw new IllegalArgumentException("not a CA certificate: " + certificate.getSubjectX500Principal());
        }
        this.certificate = certificate;
        this.key = key;
        this.clock = clock;
        this.random = random;
    }

    /** A new self-signed root CA for the network named {@code network}. */
    public static CertificateAuthority createRoot(String network, KeyCurve curve, Duration validity, Clock clock, SecureRandom random) {
        KeyPair pair = curve.generate(random);
        X500Name subject = name(network + " root CA", null, network);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        X509Certificate cert = build(subject, subject, pair.getPublic(), pair.getPrivate(), null, now, now.plus(validity),
                new BasicConstraints(1), KeyUsage.keyCertSign | KeyUsage.cRLSign, random);
        return new CertificateAuthority(cert, pair.getPrivate(), clock, random);
    }

    /** An intermediate CA for organisation {@code org}, signed by this (root) CA. */
    public Issued issueOrganisation(String org, KeyCurve curve, Duration validity) {
        KeyPair pair = curve.generate(random);
        X509Certificate cert = issue(name(org + " CA", null, org), pair.getPublic(), validity, new BasicConstraints(0),
                KeyUsage.keyCertSign | KeyUsage.cRLSign);
        return new Issued(cert, pair);
    }

    /** A member certificate {@code CN=name,OU=role,O=<this CA's O>} with a new key on {@code curve}. */
    public Issued issueMember(String name, Role role, KeyCurve curve, Duration validity) {
        KeyPair pair = curve.generate(random);
        return new Issued(issueMember(name, role, pair.getPublic(), validity), pair);
    }

    /** A member certificate for a key made elsewhere (the holder keeps its private key). */
    public X509Certificate issueMember(String name, Role role, PublicKey publicKey, Duration validity) {
        return issue(name(name, role.ou(), organisation()), publicKey, validity, new BasicConstraints(false), KeyUsage.digitalSignature);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The O of this CA's subject: the network's name for the root, the organisation's for an org CA. */
    public String organisation() {
        return attribute(certificate, BCStyle.O);
    }

    PrivateKey privateKey() {
        return key;
    }

    Clock clock() {
        return clock;
    }

    /** The value of {@code type} in the certificate's subject, or null. */
    static String attribute(X509Certificate cert, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        RDN[] rdns = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded()).getRDNs(type);
        return rdns.length == 1 ? IETFUtils.valueToString(rdns[0].getFirst().getValue()) : null;
    }

    private X509Certificate issue(X500Name subject, PublicKey publicKey, Duration validity, BasicConstraints constraints, int usage) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant notAfter = now.plus(validity);
        Instant issuerEnd = certificate.getNotAfter().toInstant();
        if (notAfter.isAfter(issuerEnd)) {
            notAfter = issuerEnd;
        }
        X500Name issuer = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        return build(subject, issuer, publicKey, key, certificate, now, notAfter, constraints, usage, random);
    }

    private static X509Certificate build(X500Name subject, X500Name issuer, PublicKey publicKey, PrivateKey signingKey,
            X509Certificate issuerCert, Instant notBefore, Instant notAfter, BasicConstraints constraints, int usage, SecureRandom random) {
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial(random),
                    Date.from(notBefore), Date.from(notAfter), subject, publicKey)
                    .addExtension(Extension.basicConstraints, true, constraints)
                    .addExtension(Extension.keyUsage, true, new KeyUsage(usage))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(publicKey))
                    .addExtension(Extension.authorityKeyIdentifier, false, issuerCert == null
                            ? ext.createAuthorityKeyIdentifier(publicKey)
                            : ext.createAuthorityKeyIdentifier(issuerCert.getPublicKey()));
            return Pem.toCertificate(builder.build(signer(signingKey)));
        } catch (CertIOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot issue a certificate for " + subject + ": " + e.getMessage(), e);
        }
    }

    static ContentSigner signer(PrivateKey key) throws OperatorCreationException {
        return new JcaContentSignerBuilder("SHA256withECDSA").setProvider(Bc.PROVIDER).build(key);
    }

    /** 159 random bits, never zero: positive in 20 DER bytes at most, as RFC 5280 asks. */
    static BigInteger serial(SecureRandom random) {
        return new BigInteger(159, random).add(BigInteger.ONE);
    }

    private static X500Name name(String cn, String ou, String o) {
        X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE);
        builder.addRDN(BCStyle.O, o);
        if (ou != null) {
            builder.addRDN(BCStyle.OU, ou);
        }
        builder.addRDN(BCStyle.CN, cn);
        return builder.build();
    }
}
