package org.loopchain.pki;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.pki.Verdict.Refusal;

/**
 * Decides whether a certificate chain belongs to a member of the network with an allowed role,
 * and whether a signature is by that member's key. Bad input is a {@link Verdict} with the
 * reason, never an exception.
 *
 * <p>The checks, in order: the member certificate is not self-signed and not a CA's; a path leads from it to a
 * trusted root through certificates of the chain or the trust store, each signed by the next
 * ({@code UNKNOWN_ISSUER} otherwise); every certificate of the path is within its validity at the
 * clock's time; none is on its issuer's CRL (a CA without a CRL has revoked nothing; a CRL past
 * its nextUpdate is still used); the member's O is its CA's; its OU is an allowed role; and
 * BouncyCastle's PKIX validator accepts the path (basic constraints, key usage, path length).
 */
public final class MembershipCheck {

    private static final int MAX_PATH = 5;

    private final TrustStore trust;
    private final Clock clock;

    public MembershipCheck(TrustStore trust, Clock clock) {
        this.trust = trust;
        this.clock = clock;
    }

    /** This check with what a channel's chain added to its trust ({@link TrustStore#with}). */
    public MembershipCheck with(List<X509Certificate> cas, List<X509Certificate> revokedCerts) {
        return new MembershipCheck(trust.with(cas, revokedCerts), clock);
    }

    /** {@code chain}: the member's certificate first, then any CA certificates it came with. */
    public Verdict check(List<X509Certificate> chain, Set<Role> allowed) {
        if (chain == null || chain.isEmpty()) {
            return Verdict.refuse(Refusal.MALFORMED, "no certificate", null);
        }
        X509Certificate leaf = chain.get(0);
        String who = leaf.getSubjectX500Principal().getName();
        if (leaf.getSubjectX500Principal().equals(leaf.getIssuerX500Principal()) && signedBy(leaf, leaf.getPublicKey())) {
            return Verdict.refuse(Refusal.SELF_SIGNED, who + " is self-signed: a member certificate is issued by an organisation CA", leaf);
        }
        if (leaf.getBasicConstraints() >= 0) {
            return Verdict.refuse(Refusal.INVALID_CHAIN, who + " is a CA certificate, not a member's", leaf);
        }
        List<X509Certificate> path = path(leaf, chain);
        if (path == null) {
            return Verdict.refuse(Refusal.UNKNOWN_ISSUER, who + " is not issued by a trusted CA (issuer "
                    + leaf.getIssuerX500Principal().getName() + " unknown, or its signature does not match)", leaf);
        }
        Verdict refused = validity(path, leaf);
        if (refused == null) {
            refused = revocation(path, leaf);
        }
        if (refused == null) {
            refused = pkix(path, leaf);
        }
        return refused != null ? refused : role(leaf, path.get(1), allowed);
    }

    /** {@link #check}, then the signature: ECDSA SHA-256 over {@code message}, DER in base64, as {@link PeerKey} signs. */
    public Verdict checkSigned(List<X509Certificate> chain, Set<Role> allowed, byte[] message, String signatureBase64) {
        Verdict verdict = check(chain, allowed);
        if (verdict.accepted() && !signatureValid(chain.get(0), message, signatureBase64)) {
            return Verdict.refuse(Refusal.BAD_SIGNATURE, "the signature is not by the key of "
                    + chain.get(0).getSubjectX500Principal().getName() + " over this message", chain.get(0));
        }
        return verdict;
    }

    /**
     * True iff {@code signatureBase64} is a DER ECDSA signature over SHA-256({@code message}) by
     * {@code cert}'s key: on secp256k1 as {@link PeerKey#verify} checks node signatures, on other
     * curves by BouncyCastle. False for any malformed input.
     */
    public static boolean signatureValid(X509Certificate cert, byte[] message, String signatureBase64) {
        if (cert == null || message == null || signatureBase64 == null || signatureBase64.length() > 1024) {
            return false;
        }
        try {
            byte[] spki = cert.getPublicKey().getEncoded();
            ASN1ObjectIdentifier curve = curveOf(spki);
            if (SECObjectIdentifiers.secp256k1.equals(curve)) {
                return PeerKey.verify(Base64.getEncoder().encodeToString(spki), message, signatureBase64);
            }
            Signature verifier = Signature.getInstance("SHA256withECDSA", Bc.PROVIDER);
            verifier.initVerify(cert.getPublicKey());
            verifier.update(message);
            return verifier.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static ASN1ObjectIdentifier curveOf(byte[] spki) {
        var params = SubjectPublicKeyInfo.getInstance(spki).getAlgorithm().getParameters();
        return params instanceof ASN1ObjectIdentifier oid ? oid : null;
    }

    /** leaf, ..., root: each certificate signed by the next; null if no trusted root is reached. */
    private List<X509Certificate> path(X509Certificate leaf, List<X509Certificate> chain) {
        List<X509Certificate> candidates = new ArrayList<>(chain.subList(1, chain.size()));
        candidates.addAll(trust.intermediates());
        List<X509Certificate> path = new ArrayList<>(List.of(leaf));
        X509Certificate current = leaf;
        while (path.size() <= MAX_PATH) {
            for (X509Certificate root : trust.roots()) {
                if (issued(root, current)) {
                    path.add(root);
                    return path;
                }
            }
            X509Certificate next = null;
            for (X509Certificate ca : candidates) {
                if (!path.contains(ca) && issued(ca, current)) {
                    next = ca;
                    break;
                }
            }
            if (next == null) {
                return null;
            }
            path.add(next);
            current = next;
        }
        return null;
    }

    private static boolean issued(X509Certificate ca, X509Certificate cert) {
        return ca.getSubjectX500Principal().equals(cert.getIssuerX500Principal()) && signedBy(cert, ca.getPublicKey());
    }

    private static boolean signedBy(X509Certificate cert, PublicKey key) {
        try {
            cert.verify(key, Bc.PROVIDER);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private Verdict validity(List<X509Certificate> path, X509Certificate leaf) {
        Instant now = clock.instant();
        for (X509Certificate cert : path) {
            String who = cert == leaf ? "" : " (in its chain: " + cert.getSubjectX500Principal().getName() + ")";
            if (now.isAfter(cert.getNotAfter().toInstant())) {
                return Verdict.refuse(Refusal.EXPIRED, leaf.getSubjectX500Principal().getName() + who
                        + " expired on " + cert.getNotAfter().toInstant(), leaf);
            }
            if (now.isBefore(cert.getNotBefore().toInstant())) {
                return Verdict.refuse(Refusal.NOT_YET_VALID, leaf.getSubjectX500Principal().getName() + who
                        + " is not valid before " + cert.getNotBefore().toInstant(), leaf);
            }
        }
        return null;
    }

    private Verdict revocation(List<X509Certificate> path, X509Certificate leaf) {
        for (int i = 0; i + 1 < path.size(); i++) {
            X509Certificate cert = path.get(i);
            X509Certificate issuer = path.get(i + 1);
            if (trust.revokedInChain(cert)) {
                String who = cert == leaf ? "" : " (in its chain: " + cert.getSubjectX500Principal().getName() + ")";
                return Verdict.refuse(Refusal.REVOKED, leaf.getSubjectX500Principal().getName() + who
                        + " was revoked by the channel's admins (a certificate_revoke in its chain)", leaf);
            }
            X509CRL crl = trust.crl(issuer.getSubjectX500Principal());
            if (crl == null) {
                continue;
            }
            try {
                crl.verify(issuer.getPublicKey(), Bc.PROVIDER);
            } catch (GeneralSecurityException | RuntimeException e) {
                return Verdict.refuse(Refusal.BAD_CRL, "the CRL of " + issuer.getSubjectX500Principal().getName()
                        + " is not signed by it", leaf);
            }
            X509CRLEntry entry = crl.getRevokedCertificate(cert.getSerialNumber());
            if (entry != null) {
                String who = cert == leaf ? "" : " (in its chain: " + cert.getSubjectX500Principal().getName() + ")";
                return Verdict.refuse(Refusal.REVOKED, leaf.getSubjectX500Principal().getName() + who + " was revoked on "
                        + entry.getRevocationDate().toInstant() + " (serial " + cert.getSerialNumber().toString(16) + ")", leaf);
            }
        }
        return null;
    }

    private Verdict pkix(List<X509Certificate> path, X509Certificate leaf) {
        try {
            X509Certificate root = path.get(path.size() - 1);
            CertPath certPath = CertificateFactory.getInstance("X.509", Bc.PROVIDER).generateCertPath(path.subList(0, path.size() - 1));
            PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
            params.setRevocationEnabled(false); // done above, with a clear reason
            params.setDate(Date.from(clock.instant()));
            CertPathValidator.getInstance("PKIX", Bc.PROVIDER).validate(certPath, params);
            return null;
        } catch (CertPathValidatorException e) {
            return Verdict.refuse(Refusal.INVALID_CHAIN, leaf.getSubjectX500Principal().getName() + ": " + e.getMessage(), leaf);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PKIX validation unavailable: " + e.getMessage(), e);
        }
    }

    private static Verdict role(X509Certificate leaf, X509Certificate issuer, Set<Role> allowed) {
        String who = leaf.getSubjectX500Principal().getName();
        String org = CertificateAuthority.attribute(leaf, BCStyle.O);
        String issuerOrg = CertificateAuthority.attribute(issuer, BCStyle.O);
        if (org == null || !org.equals(issuerOrg)) {
            return Verdict.refuse(Refusal.INVALID_CHAIN, who + " names organisation " + org + " but its CA is " + issuerOrg + "'s", leaf);
        }
        String ou = CertificateAuthority.attribute(leaf, BCStyle.OU);
        Role role;
        try {
            role = Role.parse(ou);
        } catch (IllegalArgumentException e) {
            return Verdict.refuse(Refusal.WRONG_ROLE, who + " has no role OU (validator, audit or admin), OU is " + ou, leaf);
        }
        if (!allowed.contains(role)) {
            Set<String> names = allowed.stream().map(Role::ou).collect(Collectors.toCollection(TreeSet::new));
            return Verdict.refuse(Refusal.WRONG_ROLE, who + " has role " + role.ou() + ", allowed here: " + names, leaf);
        }
        return Verdict.accept(leaf, role);
    }
}
