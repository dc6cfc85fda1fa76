package org.loopchain.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.loopchain.pki.CertificateAuthority.Issued;

class CertificateAuthorityTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    private final CertificateAuthority root =
            CertificateAuthority.createRoot("net", KeyCurve.SECP256K1, CertificateAuthority.ROOT_VALIDITY, clock, random);

    @Test
    void theRootIsASelfSignedCaForTwoLevelsWithTenYearsByDefault() throws Exception {
        var cert = root.certificate();
        cert.verify(cert.getPublicKey(), Bc.PROVIDER);
        assertEquals(1, cert.getBasicConstraints());
        assertTrue(cert.getKeyUsage()[5] && cert.getKeyUsage()[6], "keyCertSign and cRLSign");
        assertEquals(T0.plus(Duration.ofDays(3650)), cert.getNotAfter().toInstant());
        assertEquals("CN=net root CA,O=net", cert.getSubjectX500Principal().getName());
    }

    @Test
    void anOrganisationCaIsSignedByTheRootAndIssuesNoFurtherCas() throws Exception {
        Issued org = root.issueOrganisation("acme", KeyCurve.P256, CertificateAuthority.ORG_VALIDITY);
        org.certificate().verify(root.certificate().getPublicKey(), Bc.PROVIDER);
        assertEquals(0, org.certificate().getBasicConstraints());
        assertEquals("CN=acme CA,O=acme", org.certificate().getSubjectX500Principal().getName());
    }

    @Test
    void aMemberIsNoCaAndNeverOutlivesItsIssuer() {
        Issued org = root.issueOrganisation("acme", KeyCurve.SECP256K1, Duration.ofDays(10));
        CertificateAuthority ca = new CertificateAuthority(org.certificate(), org.keyPair().getPrivate(), clock, random);
        Issued node = ca.issueMember("peer0", Role.ADMIN, KeyCurve.SECP256K1, Duration.ofDays(365));
        assertEquals(-1, node.certificate().getBasicConstraints());
        assertTrue(node.certificate().getKeyUsage()[0], "digitalSignature");
        assertEquals(org.certificate().getNotAfter(), node.certificate().getNotAfter());
    }

    @Test
    void serialNumbersAreRandomAndPositive() {
        BigInteger a = root.issueOrganisation("a", KeyCurve.SECP256K1, Duration.ofDays(1)).certificate().getSerialNumber();
        BigInteger b = root.issueOrganisation("b", KeyCurve.SECP256K1, Duration.ofDays(1)).certificate().getSerialNumber();
        assertNotEquals(a, b);
        assertTrue(a.signum() > 0 && a.bitLength() > 64 && a.bitLength() <= 160);
    }

    @Test
    void eachRevocationKeepsTheEarlierOnesAndIncreasesTheCrlNumber() {
        X509CRL first = Crl.empty(root);
        assertEquals(BigInteger.ONE, Crl.number(first));
        X509CRL second = Crl.revoke(root, first, BigInteger.valueOf(7));
        X509CRL third = Crl.revoke(root, second, BigInteger.valueOf(9));
        assertEquals(BigInteger.valueOf(3), Crl.number(third));
        assertEquals(2, third.getRevokedCertificates().size());
        assertEquals(T0.plus(Crl.NEXT_UPDATE), third.getNextUpdate().toInstant());
        assertThrows(IllegalArgumentException.class, () -> Crl.revoke(root, third, BigInteger.valueOf(7)));
    }

    @Test
    void aCrlOfAnotherCaIsNotExtended() {
        CertificateAuthority other = CertificateAuthority.createRoot("net", KeyCurve.SECP256K1, Duration.ofDays(1), clock, random);
        assertThrows(IllegalArgumentException.class, () -> Crl.revoke(root, Crl.empty(other), BigInteger.TEN));
    }

    @Test
    void rolesAndCurvesParseTheirCommandLineNamesOnly() {
        assertEquals(Role.AUDIT, Role.parse("audit"));
        assertEquals(KeyCurve.P256, KeyCurve.parse("p256"));
        assertThrows(IllegalArgumentException.class, () -> Role.parse("peer"));
        assertThrows(IllegalArgumentException.class, () -> KeyCurve.parse("ed25519"));
    }
}
