package org.loopchain.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.pki.CertificateAuthority.Issued;
import org.loopchain.pki.Verdict.Refusal;

class MembershipCheckTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Set<Role> ANY = EnumSet.allOf(Role.class);
    private static final byte[] MESSAGE = "vote for block 42".getBytes(StandardCharsets.UTF_8);

    private final SecureRandom random = new SecureRandom();
    private final CertificateAuthority root = CertificateAuthority.createRoot("net", KeyCurve.SECP256K1,
            CertificateAuthority.ROOT_VALIDITY, at(T0), random);
    private final CertificateAuthority org = orgCa(root, "acme", at(T0));
    private final Issued node = org.issueMember("peer0", Role.VALIDATOR, KeyCurve.SECP256K1, CertificateAuthority.NODE_VALIDITY);

    private static Clock at(Instant t) {
        return Clock.fixed(t, ZoneOffset.UTC);
    }

    private CertificateAuthority orgCa(CertificateAuthority parent, String name, Clock clock) {
        Issued issued = parent.issueOrganisation(name, KeyCurve.SECP256K1, CertificateAuthority.ORG_VALIDITY);
        return new CertificateAuthority(issued.certificate(), issued.keyPair().getPrivate(), clock, random);
    }

    private TrustStore trust(X509CRL... crls) {
        return new TrustStore(List.of(root.certificate()), List.of(org.certificate()), List.of(crls));
    }

    private Verdict check(X509Certificate cert, Instant when, Set<Role> roles, X509CRL... crls) {
        return new MembershipCheck(trust(crls), at(when)).check(List.of(cert), roles);
    }

    private static void assertRefused(Refusal expected, Verdict verdict) {
        assertFalse(verdict.accepted(), verdict.toString());
        assertEquals(expected, verdict.refusal(), verdict.toString());
    }

    @Test
    void aCertificateOfAnOrganisationUnderTheRootIsAcceptedWithItsRole() {
        Verdict verdict = check(node.certificate(), T0.plus(Duration.ofDays(1)), Set.of(Role.VALIDATOR));
        assertTrue(verdict.accepted(), verdict.toString());
        assertEquals(Role.VALIDATOR, verdict.role());
        assertEquals("CN=peer0,OU=validator,O=acme", node.certificate().getSubjectX500Principal().getName());
    }

    @Test
    void theChainMayComeWithTheCertificateInsteadOfFromTheTrustStore() {
        TrustStore rootOnly = new TrustStore(List.of(root.certificate()), List.of(), List.of());
        Verdict verdict = new MembershipCheck(rootOnly, at(T0.plusSeconds(60))).check(List.of(node.certificate(), org.certificate()), ANY);
        assertTrue(verdict.accepted(), verdict.toString());
    }

    @Test
    void aP256CertificateIsAcceptedToo() {
        Issued p256 = org.issueMember("auditor1", Role.AUDIT, KeyCurve.P256, CertificateAuthority.NODE_VALIDITY);
        assertTrue(check(p256.certificate(), T0.plusSeconds(60), Set.of(Role.AUDIT)).accepted());
    }

    @Test
    void anExpiredCertificateIsRefused() {
        Verdict verdict = check(node.certificate(), T0.plus(Duration.ofDays(366)), ANY);
        assertRefused(Refusal.EXPIRED, verdict);
        assertTrue(verdict.reason().contains("expired on"), verdict.reason());
    }

    @Test
    void aCertificateBeforeItsValidityIsRefused() {
        assertRefused(Refusal.NOT_YET_VALID, check(node.certificate(), T0.minusSeconds(3600), ANY));
    }

    @Test
    void aRevokedCertificateIsRefusedAndOthersOfItsOrganisationAreNot() {
        X509CRL crl = Crl.revoke(org, Crl.empty(org), node.certificate().getSerialNumber());
        Verdict verdict = check(node.certificate(), T0.plusSeconds(60), ANY, crl);
        assertRefused(Refusal.REVOKED, verdict);
        assertTrue(verdict.reason().contains("revoked on"), verdict.reason());
        Issued other = org.issueMember("peer1", Role.VALIDATOR, KeyCurve.SECP256K1, CertificateAuthority.NODE_VALIDITY);
        assertTrue(check(other.certificate(), T0.plusSeconds(60), ANY, crl).accepted());
    }

    @Test
    void aMemberOfARevokedOrganisationIsRefused() {
        X509CRL rootCrl = Crl.revoke(root, Crl.empty(root), org.certificate().getSerialNumber());
        Verdict verdict = check(node.certificate(), T0.plusSeconds(60), ANY, rootCrl);
        assertRefused(Refusal.REVOKED, verdict);
        assertTrue(verdict.reason().contains("in its chain: CN=acme CA,O=acme"), verdict.reason());
    }

    @Test
    void aCrlNotSignedByItsIssuerIsRefused() {
        CertificateAuthority impostor = new CertificateAuthority(
                CertificateAuthority.createRoot("net", KeyCurve.SECP256K1, Duration.ofDays(10), at(T0), random).certificate(),
                KeyCurve.SECP256K1.generate(random).getPrivate(), at(T0), random);
        // a CRL under acme's name but signed by another key
        CertificateAuthority fakeAcme = new CertificateAuthority(org.certificate(), impostor.privateKey(), at(T0), random);
        assertRefused(Refusal.BAD_CRL, check(node.certificate(), T0.plusSeconds(60), ANY, Crl.empty(fakeAcme)));
    }

    @Test
    void aSelfSignedCertificateIsRefused() {
        CertificateAuthority self = CertificateAuthority.createRoot("net", KeyCurve.SECP256K1, Duration.ofDays(10), at(T0), random);
        assertRefused(Refusal.SELF_SIGNED, check(self.certificate(), T0.plusSeconds(60), ANY));
        assertRefused(Refusal.SELF_SIGNED, check(root.certificate(), T0.plusSeconds(60), ANY));
    }

    @Test
    void aSelfSignedCertificateCopyingAMembersSubjectIsRefused() throws Exception {
        var pair = KeyCurve.SECP256K1.generate(random);
        var subject = new org.bouncycastle.asn1.x500.X500Name("O=acme,OU=validator,CN=peer0");
        var holder = new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(subject, BigInteger.TEN,
                Date.from(T0), Date.from(T0.plus(Duration.ofDays(9))), subject, pair.getPublic())
                .build(CertificateAuthority.signer(pair.getPrivate()));
        X509Certificate forged = Pem.toCertificate(holder);
        Verdict verdict = check(forged, T0.plusSeconds(60), ANY);
        assertRefused(Refusal.SELF_SIGNED, verdict);
        assertTrue(verdict.reason().contains("is self-signed"), verdict.reason());
    }

    @Test
    void aCertificateUnderAnotherRootIsRefusedEvenWithTheSameNames() {
        CertificateAuthority foreignRoot =
                CertificateAuthority.createRoot("net", KeyCurve.SECP256K1, CertificateAuthority.ROOT_VALIDITY, at(T0), random);
        CertificateAuthority foreignAcme = orgCa(foreignRoot, "acme", at(T0));
        Issued foreign = foreignAcme.issueMember("peer0", Role.VALIDATOR, KeyCurve.SECP256K1, CertificateAuthority.NODE_VALIDITY);
        assertRefused(Refusal.UNKNOWN_ISSUER, check(foreign.certificate(), T0.plusSeconds(60), ANY));
        Verdict withChain = new MembershipCheck(trust(), at(T0.plusSeconds(60)))
                .check(List.of(foreign.certificate(), foreignAcme.certificate()), ANY);
        assertRefused(Refusal.UNKNOWN_ISSUER, withChain);
    }

    @Test
    void aCertificateWithADisallowedRoleIsRefused() {
        Issued auditor = org.issueMember("auditor1", Role.AUDIT, KeyCurve.SECP256K1, CertificateAuthority.NODE_VALIDITY);
        Verdict verdict = check(auditor.certificate(), T0.plusSeconds(60), Set.of(Role.VALIDATOR));
        assertRefused(Refusal.WRONG_ROLE, verdict);
        assertTrue(verdict.reason().contains("role audit, allowed here: [validator]"), verdict.reason());
    }

    @Test
    void anOrganisationCaCannotActAsAMember() {
        Verdict verdict = new MembershipCheck(trust(), at(T0.plusSeconds(60))).check(List.of(org.certificate()), ANY);
        assertRefused(Refusal.INVALID_CHAIN, verdict);
        assertTrue(verdict.reason().contains("is a CA certificate"), verdict.reason());
    }

    @Test
    void aSignatureByTheCertificatesKeyIsAcceptedAndOneByAnotherKeyIsRefused() throws Exception {
        PeerKey nodeKey = PeerKey.fromPkcs8(node.keyPair().getPrivate().getEncoded());
        MembershipCheck check = new MembershipCheck(trust(), at(T0.plusSeconds(60)));
        List<X509Certificate> chain = List.of(node.certificate());
        assertTrue(check.checkSigned(chain, ANY, MESSAGE, nodeKey.sign(MESSAGE)).accepted());

        String byAnother = PeerKey.generate(random).sign(MESSAGE);
        Verdict verdict = check.checkSigned(chain, ANY, MESSAGE, byAnother);
        assertRefused(Refusal.BAD_SIGNATURE, verdict);
        assertRefused(Refusal.BAD_SIGNATURE,
                check.checkSigned(chain, ANY, "another message".getBytes(StandardCharsets.UTF_8), nodeKey.sign(MESSAGE)));
        assertRefused(Refusal.BAD_SIGNATURE, check.checkSigned(chain, ANY, MESSAGE, "not base64!"));
    }

    @Test
    void theNodeKeyIsAPeerKeyWithTheCertificatesPublicKey() {
        PeerKey nodeKey = PeerKey.fromPkcs8(node.keyPair().getPrivate().getEncoded());
        assertEquals(Base64.getEncoder().encodeToString(node.certificate().getPublicKey().getEncoded()), nodeKey.publicKeyBase64());
    }

    @Test
    void aP256SignatureVerifiesAgainstItsCertificate() throws Exception {
        Issued p256 = org.issueMember("admin1", Role.ADMIN, KeyCurve.P256, CertificateAuthority.NODE_VALIDITY);
        Signature signer = Signature.getInstance("SHA256withECDSA", Bc.PROVIDER);
        signer.initSign(p256.keyPair().getPrivate());
        signer.update(MESSAGE);
        String signature = Base64.getEncoder().encodeToString(signer.sign());
        assertTrue(MembershipCheck.signatureValid(p256.certificate(), MESSAGE, signature));
        assertFalse(MembershipCheck.signatureValid(node.certificate(), MESSAGE, signature));
    }
}
