package org.loopchain.radiostation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.core.config.ChannelManageData;
import org.loopchain.core.config.ChannelManageData.ChannelDefinition;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.json.Json;
import org.loopchain.pki.CertificateAuthority;
import org.loopchain.pki.CertificateAuthority.Issued;
import org.loopchain.pki.KeyCurve;
import org.loopchain.pki.MembershipCheck;
import org.loopchain.pki.Pem;
import org.loopchain.pki.Role;
import org.loopchain.pki.TrustStore;
import org.loopchain.radiostation.PeerRegistryTest.MutableClock;
import org.loopchain.validators.AdminSignatures;
import org.loopchain.validators.ValidatorConfig;

/**
 * The Radio Station follows a channel's chain for its trust: a CA its admins trusted admits that CA's
 * members, a certificate they revoked is refused at its next join, and a change a peer lists that the
 * admins did not sign, or that is not in effect yet, changes nothing.
 */
class ChainTrustAdmissionTest {

    private static final String CHANNEL = "kofia_1";
    private static final PeerKey ADMIN = PeerKey.generate(new SecureRandom("admin".getBytes(StandardCharsets.UTF_8)));
    private static final AdminSignatures ADMINS = new AdminSignatures(CHANNEL, List.of(ADMIN.publicKeyBase64()));
    private static final Map<String, ChannelDefinition> CHANNELS = ChannelManageData.parse("""
            {"kofia_1": {"peers": [{"peer_target": "127.0.0.1:7100"}, {"peer_target": "127.0.0.1:7200"}], "admins": ["%s"]}}"""
            .formatted(ADMIN.publicKeyBase64()));

    private final SecureRandom random = new SecureRandom();
    private final MutableClock clock = new MutableClock(Instant.now());
    private final CertificateAuthority root = CertificateAuthority.createRoot("net", KeyCurve.SECP256K1,
            CertificateAuthority.ROOT_VALIDITY, clock, random);
    private final CertificateAuthority acme = org(root, "acme");
    private final CertificateAuthority partnerRoot = CertificateAuthority.createRoot("partner", KeyCurve.SECP256K1,
            CertificateAuthority.ROOT_VALIDITY, clock, random);
    private final CertificateAuthority partner = org(partnerRoot, "partner");
    private final MemoryStore store = new MemoryStore();
    private final PeerRegistry registry = registry();
    private final ChainTrustFollower follower = new ChainTrustFollower(registry, CHANNELS, store);
    private long sequence;

    /** A Radio Station's registry as it starts: the trust of channel_manage_data.json alone. */
    private PeerRegistry registry() {
        return new PeerRegistry(CHANNELS, true, Map.of(CHANNEL, new MembershipCheck(
                new TrustStore(List.of(root.certificate()), List.of(acme.certificate()), List.of()), clock)), clock);
    }

    private CertificateAuthority org(CertificateAuthority parent, String name) {
        Issued issued = parent.issueOrganisation(name, KeyCurve.SECP256K1, CertificateAuthority.ORG_VALIDITY);
        return new CertificateAuthority(issued.certificate(), issued.keyPair().getPrivate(), clock, random);
    }

    private record Member(PeerKey key, X509Certificate certificate, String chain) {
    }

    private Member member(CertificateAuthority ca, String name) {
        Issued issued = ca.issueMember(name, Role.VALIDATOR, KeyCurve.SECP256K1, CertificateAuthority.NODE_VALIDITY);
        return new Member(PeerKey.fromPkcs8(issued.keyPair().getPrivate().getEncoded()), issued.certificate(),
                Pem.certificate(issued.certificate()) + Pem.certificate(ca.certificate()));
    }

    private JoinRequest join(String peerId, String target, Member m) {
        Instant now = clock.instant();
        return JoinRequest.signed(CHANNEL, peerId, target, "http://127.0.0.1:9000",
                now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000 + ++sequence, m.chain(), m.key());
    }

    private static ValidatorConfig signed(String type, X509Certificate cert, long sequence, PeerKey... keys) {
        ValidatorConfig c = ValidatorConfig.ofCertificate(type, CHANNEL, Pem.certificate(cert), sequence);
        for (PeerKey k : keys) {
            c = c.signedBy(k);
        }
        return c;
    }

    /** A peer's {@code GET /api/v1/validators} answer at {@code height}, listing changes as {effective height, change}. */
    private static Map<?, ?> answer(long height, Object... effectiveAndChange) {
        List<Object> changes = new ArrayList<>();
        for (int i = 0; i < effectiveAndChange.length; i += 2) {
            changes.add(Map.of("effective_height", effectiveAndChange[i],
                    "config", ((ValidatorConfig) effectiveAndChange[i + 1]).toJson().get(ValidatorConfig.FIELD)));
        }
        return (Map<?, ?>) Json.parse(Json.pyDumps(Map.of("channel", CHANNEL, "height", height, "changes", changes)));
    }

    private void follow(Map<?, ?> answer) {
        follower.follow(CHANNEL, answer);
    }

    @Test
    void aCaTheAdminsTrustedAdmitsItsMembersOnceInEffect() {
        Member newcomer = member(partner, "partner0");
        RegistryException before = assertThrows(RegistryException.class, () -> registry.join(join("n0", "127.0.0.1:7200", newcomer)));
        assertTrue(before.getMessage().startsWith("UNKNOWN_ISSUER"), before.getMessage());

        ValidatorConfig trust = signed(ValidatorConfig.CA_TRUST, partnerRoot.certificate(), 0, ADMIN);
        follow(answer(9, 10L, trust));
        assertThrows(RegistryException.class, () -> registry.join(join("n0", "127.0.0.1:7200", newcomer)), "not in effect at 9");
        follow(answer(10, 10L, trust));
        registry.join(join("n0", "127.0.0.1:7200", newcomer));
        assertEquals(List.of("n0"), registry.peers(CHANNEL).stream().map(RegisteredPeer::peerId).toList());
    }

    @Test
    void aCertificateTheAdminsRevokedIsRefusedAtItsNextJoinAndRegisteredPeersStay() {
        Member peer0 = member(acme, "peer0");
        registry.join(join("p0", "127.0.0.1:7100", peer0));
        follow(answer(5, 4L, signed(ValidatorConfig.REVOKE, peer0.certificate(), 0, ADMIN)));
        assertEquals(List.of("p0"), registry.peers(CHANNEL).stream().map(RegisteredPeer::peerId).toList(),
                "its registration stays: its key is in the channel's genesis set");
        RegistryException e = assertThrows(RegistryException.class, () -> registry.join(join("p0", "127.0.0.1:7100", peer0)));
        assertEquals(Refusal.CERTIFICATE_REFUSED, e.refusal());
        assertTrue(e.getMessage().startsWith("REVOKED") && e.getMessage().contains("revoked by the channel's admins"), e.getMessage());
    }

    @Test
    void aLaterAnswerThatLeavesTheRevocationOutDoesNotUndoIt() {
        Member peer0 = member(acme, "peer0");
        follow(answer(5, 4L, signed(ValidatorConfig.REVOKE, peer0.certificate(), 0, ADMIN)));
        follow(answer(6)); // another peer, behind or withholding: lists no change
        RegistryException e = assertThrows(RegistryException.class, () -> registry.join(join("p0", "127.0.0.1:7100", peer0)));
        assertTrue(e.getMessage().startsWith("REVOKED"), e.getMessage());
    }

    @Test
    void aChangeThePeerListsWithoutTheAdminsSignaturesChangesNothing() {
        PeerKey byzantine = PeerKey.generate(new SecureRandom());
        Member newcomer = member(partner, "partner0");
        follow(answer(10, 3L, signed(ValidatorConfig.CA_TRUST, partnerRoot.certificate(), 0, byzantine),
                4L, signed(ValidatorConfig.CA_TRUST, partnerRoot.certificate(), 1)));
        assertThrows(RegistryException.class, () -> registry.join(join("n0", "127.0.0.1:7200", newcomer)));
        assertFalse(ChainTrustAnswer.of("other", answer(10), ADMINS).isPresent(), "an answer about another channel");
        assertFalse(ChainTrustAnswer.of(CHANNEL, Map.of("channel", CHANNEL), ADMINS).isPresent(), "not a validators answer");
    }

    @Test
    void aChangeTheAdminsSignedForAnotherChannelChangesNothingHere() {
        Member peer0 = member(acme, "peer0");
        ValidatorConfig elsewhere = ValidatorConfig.ofCertificate(ValidatorConfig.REVOKE, "loopchain_default",
                Pem.certificate(peer0.certificate()), 0).signedBy(ADMIN);
        follow(answer(5, 4L, elsewhere)); // a byzantine peer lists it in kofia_1's answer: the same admins signed it
        registry.join(join("p0", "127.0.0.1:7100", peer0));
        assertEquals(List.of("p0"), registry.peers(CHANNEL).stream().map(RegisteredPeer::peerId).toList());
        assertTrue(store.changes.isEmpty(), "nothing stored");
    }

    @Test
    void aRestartedRadioStationRefusesARevokedCertificateBeforeItHasAskedAnyPeer() {
        Member peer0 = member(acme, "peer0");
        registry.join(join("p0", "127.0.0.1:7100", peer0));
        follow(answer(5, 4L, signed(ValidatorConfig.REVOKE, peer0.certificate(), 0, ADMIN)));
        assertEquals(1, store.changes.size(), "the change in effect is stored");
        follow(answer(6, 4L, signed(ValidatorConfig.REVOKE, peer0.certificate(), 0, ADMIN)));
        assertEquals(1, store.changes.size(), "once");

        PeerRegistry restarted = registry();
        assertTrue(restarted.restore(new PeerRecord(CHANNEL, registry.peers(CHANNEL).get(0), 1, peer0.chain())),
                "its registration is restored: the channel's genesis set");
        assertEquals(1, new ChainTrustFollower(restarted, CHANNELS, store).restore());
        RegistryException e = assertThrows(RegistryException.class, () -> restarted.join(join("p0", "127.0.0.1:7100", peer0)));
        assertTrue(e.getMessage().startsWith("REVOKED"), e.getMessage());
        assertEquals(List.of("p0"), restarted.peers(CHANNEL).stream().map(RegisteredPeer::peerId).toList());
    }

    @Test
    void aStoredChangeIsCheckedAgainAndOneTheAdminsDidNotSignOrOfAnUnknownChannelChangesNothing() {
        Member peer0 = member(acme, "peer0");
        PeerKey intruder = PeerKey.generate(new SecureRandom());
        ValidatorConfig forged = signed(ValidatorConfig.REVOKE, peer0.certificate(), 0, intruder);
        store.saveTrustChange(new PeerStore.TrustChange(CHANNEL, Json.pyDumps(forged.toJson().get(ValidatorConfig.FIELD))));
        store.saveTrustChange(new PeerStore.TrustChange("gone", Json.pyDumps(
                signed(ValidatorConfig.REVOKE, peer0.certificate(), 0, ADMIN).toJson().get(ValidatorConfig.FIELD))));
        store.saveTrustChange(new PeerStore.TrustChange(CHANNEL, "{not json"));
        assertEquals(0, follower.restore());
        registry.join(join("p0", "127.0.0.1:7100", peer0));
        assertEquals(List.of("p0"), registry.peers(CHANNEL).stream().map(RegisteredPeer::peerId).toList());
    }

    /** A {@link PeerStore} in memory, as the Radio Station's JPA store keeps it: each change once. */
    private static final class MemoryStore implements PeerStore {
        private final Map<String, TrustChange> changes = new LinkedHashMap<>();

        @Override
        public List<PeerRecord> loadAll() {
            return List.of();
        }

        @Override
        public void save(PeerRecord record) {
        }

        @Override
        public List<TrustChange> trustChanges() {
            return List.copyOf(changes.values());
        }

        @Override
        public void saveTrustChange(TrustChange change) {
            changes.putIfAbsent(change.channel() + "\n" + change.config(), change);
        }
    }
}
