package org.loopchain.radiostation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.core.config.ChannelManageData;
import org.loopchain.core.config.ChannelManageData.ChannelDefinition;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.pki.CertificateAuthority;
import org.loopchain.pki.CertificateAuthority.Issued;
import org.loopchain.pki.Crl;
import org.loopchain.pki.KeyCurve;
import org.loopchain.pki.MembershipCheck;
import org.loopchain.pki.Pem;
import org.loopchain.pki.Role;
import org.loopchain.pki.TrustStore;
import org.loopchain.radiostation.PeerRegistryTest.MutableClock;

/** The Radio Station's admission by certificate: a channel that names trusted CAs admits their validators only. */
class CertificateAdmissionTest {

    private static final String CHANNEL = "kofia_1";
    private static final Map<String, ChannelDefinition> CHANNELS = ChannelManageData.parse("""
            {"kofia_1": {"peers": [{"peer_target": "127.0.0.1:7100"}, {"peer_target": "127.0.0.1:7200"},
                         {"peer_target": "127.0.0.1:7400", "role": "audit"}]},
             "open": {"peers": [{"peer_target": "127.0.0.1:7100"}]}}""");

    private final SecureRandom random = new SecureRandom();
    private final MutableClock clock = new MutableClock(Instant.now());
    private final CertificateAuthority root = CertificateAuthority.createRoot("net", KeyCurve.SECP256K1,
            CertificateAuthority.ROOT_VALIDITY, clock, random);
    private final CertificateAuthority acme = org(root, "acme");
    private long sequence;

    private CertificateAuthority org(CertificateAuthority parent, String name) {
        Issued issued = parent.issueOrganisation(name, KeyCurve.SECP256K1, CertificateAuthority.ORG_VALIDITY);
        return new CertificateAuthority(issued.certificate(), issued.keyPair().getPrivate(), clock, random);
    }

    private PeerRegistry registry(boolean auth, X509CRL... crls) {
        TrustStore trust = new TrustStore(List.of(root.certificate()), List.of(acme.certificate()), List.of(crls));
        return new PeerRegistry(CHANNELS, auth, Map.of(CHANNEL, new MembershipCheck(trust, clock)), clock);
    }

    /** A member of {@code ca} with {@code role}: its node key and its chain (member, then CA). */
    private record Member(PeerKey key, X509Certificate certificate, String chain) {
    }

    private Member member(CertificateAuthority ca, String name, Role role) {
        Issued issued = ca.issueMember(name, role, KeyCurve.SECP256K1, CertificateAuthority.NODE_VALIDITY);
        return new Member(PeerKey.fromPkcs8(issued.keyPair().getPrivate().getEncoded()), issued.certificate(),
                Pem.certificate(issued.certificate()) + Pem.certificate(ca.certificate()));
    }

    private JoinRequest join(String channel, String certificate, PeerKey key) {
        return join(channel, "127.0.0.1:7100", certificate, key);
    }

    private JoinRequest join(String channel, String target, String certificate, PeerKey key) {
        Instant now = clock.instant();
        return JoinRequest.signed(channel, "p1", target, "http://127.0.0.1:9000",
                now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000 + ++sequence, certificate, key);
    }

    private static RegistryException refused(PeerRegistry registry, JoinRequest request) {
        RegistryException e = assertThrows(RegistryException.class, () -> registry.join(request));
        assertEquals(List.of(), registry.peers(CHANNEL), "nothing stored");
        return e;
    }

    private static void assertRefused(PeerRegistry registry, JoinRequest request, String reason) {
        RegistryException e = refused(registry, request);
        assertEquals(Refusal.CERTIFICATE_REFUSED, e.refusal(), e.getMessage());
        assertTrue(e.getMessage().startsWith(reason + ":"), e.getMessage());
    }

    @Test
    void aValidatorOfATrustedOrganisationIsAdmitted() {
        Member m = member(acme, "peer0", Role.VALIDATOR);
        PeerRegistry registry = registry(true);
        registry.join(join(CHANNEL, m.chain(), m.key()));
        assertEquals(List.of(m.key().publicKeyBase64()), registry.peers(CHANNEL).stream().map(RegisteredPeer::publicKey).toList());
    }

    @Test
    void aJoinWithoutCertificateIsRefused() {
        Member m = member(acme, "peer0", Role.VALIDATOR);
        RegistryException e = refused(registry(true), join(CHANNEL, "", m.key()));
        assertEquals(Refusal.NO_CERTIFICATE, e.refusal());
        assertEquals(403, e.refusal().httpStatus());
    }

    @Test
    void aCertificateOfAnotherNetworksCaIsRefused() {
        CertificateAuthority foreignRoot = CertificateAuthority.createRoot("net", KeyCurve.SECP256K1,
                CertificateAuthority.ROOT_VALIDITY, clock, random);
        Member m = member(org(foreignRoot, "acme"), "peer0", Role.VALIDATOR);
        assertRefused(registry(true), join(CHANNEL, m.chain(), m.key()), "UNKNOWN_ISSUER");
    }

    @Test
    void aRevokedCertificateIsRefused() {
        Member m = member(acme, "peer0", Role.VALIDATOR);
        X509CRL crl = Crl.revoke(acme, Crl.empty(acme), m.certificate().getSerialNumber());
        assertRefused(registry(true, crl), join(CHANNEL, m.chain(), m.key()), "REVOKED");
    }

    @Test
    void anExpiredCertificateIsRefused() {
        Member m = member(acme, "peer0", Role.VALIDATOR);
        clock.advance(CertificateAuthority.NODE_VALIDITY.plus(Duration.ofDays(1)));
        assertRefused(registry(true), join(CHANNEL, m.chain(), m.key()), "EXPIRED");
    }

    @Test
    void roleAuditOrAdminDoesNotMakeAValidator() {
        Member audit = member(acme, "auditor", Role.AUDIT);
        assertRefused(registry(true), join(CHANNEL, audit.chain(), audit.key()), "WRONG_ROLE");
        Member admin = member(acme, "admin", Role.ADMIN);
        assertRefused(registry(true), join(CHANNEL, admin.chain(), admin.key()), "WRONG_ROLE");
    }

    @Test
    void anAuditPlaceTakesAnAuditOrAValidatorCertificateButNotAnAdmins() {
        Member audit = member(acme, "auditor", Role.AUDIT);
        PeerRegistry registry = registry(true);
        registry.join(join(CHANNEL, "127.0.0.1:7400", audit.chain(), audit.key()));
        assertEquals(List.of("127.0.0.1:7400"), registry.peers(CHANNEL).stream().map(RegisteredPeer::peerTarget).toList());
        assertEquals(0, registry.peers(CHANNEL).get(0).weight(), "listed with weight 0: an audit peer never votes");
        Member validator = member(acme, "peer3", Role.VALIDATOR);
        registry(true).join(join(CHANNEL, "127.0.0.1:7400", validator.chain(), validator.key()));
        Member admin = member(acme, "admin", Role.ADMIN);
        assertRefused(registry(true), join(CHANNEL, "127.0.0.1:7400", admin.chain(), admin.key()), "WRONG_ROLE");
    }

    @Test
    void anotherNodesCertificateIsRefusedEvenWhenTheJoinIsSignedCorrectly() {
        Member victim = member(acme, "peer0", Role.VALIDATOR);
        PeerKey thief = PeerKey.generate(random);
        assertRefused(registry(true), join(CHANNEL, victim.chain(), thief), "KEY_MISMATCH");
    }

    @Test
    void aCertificateSwappedAfterSigningBreaksTheSignature() {
        Member m = member(acme, "peer0", Role.VALIDATOR);
        Member other = member(acme, "peer1", Role.VALIDATOR);
        JoinRequest good = join(CHANNEL, m.chain(), m.key());
        JoinRequest swapped = new JoinRequest(good.channel(), good.peerId(), good.peerTarget(), good.publicKey(),
                good.restUrl(), good.timestampMicros(), other.chain(), good.signature());
        assertEquals(Refusal.BAD_SIGNATURE, refused(registry(true), swapped).refusal());
    }

    @Test
    void aSelfSignedOrMalformedCertificateIsRefused() {
        CertificateAuthority self = CertificateAuthority.createRoot("acme", KeyCurve.SECP256K1,
                CertificateAuthority.ROOT_VALIDITY, clock, random);
        Member m = member(acme, "peer0", Role.VALIDATOR);
        assertRefused(registry(true), join(CHANNEL, Pem.certificate(self.certificate()), m.key()), "SELF_SIGNED");
        assertRefused(registry(true), join(CHANNEL, "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n",
                m.key()), "MALFORMED");
    }

    @Test
    void aChannelWithoutTrustedCasAndANetworkWithoutChannelAuthAdmitByListingAlone() {
        PeerKey key = PeerKey.generate(random);
        PeerRegistry registry = registry(true);
        registry.join(join("open", "", key));
        assertEquals(1, registry.peers("open").size());
        PeerRegistry noAuth = registry(false);
        noAuth.join(join(CHANNEL, "", key));
        assertEquals(1, noAuth.peers(CHANNEL).size());
    }

    @Test
    void theCertificateIsPartOfTheRequestBodyAndItsSignedBytes() {
        Member m = member(acme, "peer0", Role.VALIDATOR);
        JoinRequest request = join(CHANNEL, m.chain(), m.key());
        JoinRequest read = JoinRequest.fromJson(request.toJson());
        assertEquals(request, read);
        assertTrue(read.signatureValid());
        PeerRegistry registry = registry(true);
        registry.join(read);
        assertEquals(1, registry.peers(CHANNEL).size());
    }

    @Test
    void aStoredRegistrationWhoseCertificateWasRevokedIsDroppedAtTheNextStart() {
        Member m = member(acme, "peer0", Role.VALIDATOR);
        PeerRegistry registry = registry(true);
        PeerRecord stored = registry.join(join(CHANNEL, m.chain(), m.key())).record();
        assertEquals(m.chain(), stored.certificate());
        assertTrue(registry(true).restore(stored), "still trusted: restored");
        X509CRL crl = Crl.revoke(acme, Crl.empty(acme), m.certificate().getSerialNumber());
        PeerRegistry restarted = registry(true, crl);
        assertFalse(restarted.restore(stored));
        assertEquals(List.of(), restarted.peers(CHANNEL));
        PeerRecord withoutCertificate = new PeerRecord(CHANNEL, stored.peer(), stored.joinSeq());
        assertFalse(registry(true).restore(withoutCertificate), "a registration from before the channel trusted CAs");
    }

    @Test
    void anOversizedCertificateIsABadRequest() {
        Member m = member(acme, "peer0", Role.VALIDATOR);
        String huge = m.chain().repeat(JoinRequest.MAX_CERTIFICATE_CHARS / m.chain().length() + 1);
        assertEquals(Refusal.BAD_REQUEST, refused(registry(true), join(CHANNEL, huge, m.key())).refusal());
    }
}
