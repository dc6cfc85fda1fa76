package org.loopchain.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.consensus.Validator;
import org.loopchain.consensus.ValidatorSet;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.json.Json;

/**
 * Trusting a CA and revoking a certificate as signed changes in the chain: in effect two heights after
 * their block, a revoked validator out of the set from there, its key never added back, and every
 * malformed, unsigned, tampered or repeated change refused.
 */
class CertificateChangeTest {

    private static final String CHANNEL = "c1";
    private static final TestCertificates PKI = new TestCertificates("loopchain");
    private static final List<PeerKey> PEERS = ValidatorHistoryTest.keys("peer", 4);
    private static final List<PeerKey> ADMINS = ValidatorHistoryTest.keys("admin", 3);

    private static ValidatorHistory history() {
        List<Validator> list = new ArrayList<>();
        for (int i = 0; i < PEERS.size(); i++) {
            list.add(Validator.of("p" + i, PEERS.get(i).publicKeyBase64()));
        }
        return new ValidatorHistory(CHANNEL, new ValidatorSet(list, Map.of(), 0.67),
                new AdminSignatures(CHANNEL, ADMINS.stream().map(PeerKey::publicKeyBase64).toList()));
    }

    private static ValidatorConfig signed(String type, String pem, long sequence) {
        return ValidatorConfig.ofCertificate(type, CHANNEL, pem, sequence).signedBy(ADMINS.get(0)).signedBy(ADMINS.get(2));
    }

    private static List<String> ids(ValidatorSet set) {
        return set.validators().stream().map(Validator::peerId).toList();
    }

    @Test
    void aRevokedValidatorLeavesTheSetTwoHeightsAfterTheBlockAndItsKeyCannotComeBack() {
        ValidatorHistory h = history();
        ValidatorConfig revoke = signed(ValidatorConfig.REVOKE, PKI.member("peer3", PEERS.get(3)), 0);
        assertTrue(h.refusal(revoke).isEmpty(), () -> h.refusal(revoke).orElseThrow().message());
        h.committed(BlocksForTests.block(CHANNEL, 5, revoke));

        assertEquals(List.of("p0", "p1", "p2", "p3"), ids(h.at(6)));
        assertEquals(List.of("p0", "p1", "p2"), ids(h.at(7)));
        assertTrue(h.revoked(6).isEmpty());
        assertEquals(List.of(revoke.parsedCertificate().fingerprint()), h.revoked(7).stream().map(ConfigCertificate::fingerprint).toList());

        ValidatorConfig back = new ValidatorConfig(ValidatorConfig.ADD, CHANNEL, "p3-again", PEERS.get(3).publicKeyBase64(), 1, "", 1,
                List.of()).signedBy(ADMINS.get(0)).signedBy(ADMINS.get(1));
        Refusal refused = h.refusal(back).orElseThrow();
        assertEquals(Refusal.Kind.NOT_APPLICABLE, refused.kind());
        assertTrue(refused.message().contains("revoked in channel c1"), refused.message());

        Map<?, ?> json = (Map<?, ?>) ((List<?>) HistoryJson.of(h, 7, 7).get("changes")).get(0);
        assertEquals(ValidatorConfig.REVOKE, json.get("type"));
        assertEquals(List.of("p3"), json.get("removed"));
        assertTrue(String.valueOf(((Map<?, ?>) json.get("certificate")).get("subject")).contains("CN=peer3"), json.toString());
    }

    @Test
    void revokingACertificateOfNoValidatorRecordsItAndLeavesTheSet() {
        ValidatorHistory h = history();
        PeerKey outsider = PeerKey.generate(new SecureRandom());
        h.committed(BlocksForTests.block(CHANNEL, 3, signed(ValidatorConfig.REVOKE, PKI.member("audit9", outsider), 0)));
        assertEquals(1, h.changes());
        assertEquals(ids(h.genesis()), ids(h.at(10)));
        assertEquals(1, h.revoked(5).size());
    }

    @Test
    void aTrustedCaIsInEffectFromHPlusTwoAndTrustingOrRevokingTwiceIsRefused() {
        ValidatorHistory h = history();
        TestCertificates other = new TestCertificates("partner");
        ValidatorConfig trust = signed(ValidatorConfig.CA_TRUST, other.orgCa(), 0);
        h.committed(BlocksForTests.block(CHANNEL, 8, trust));
        assertTrue(h.trustedCas(9).isEmpty());
        assertEquals(1, h.trustedCas(10).size());
        assertEquals(ids(h.genesis()), ids(h.at(10)), "trusting a CA changes no validator");

        Refusal again = h.refusal(signed(ValidatorConfig.CA_TRUST, other.orgCa(), 1)).orElseThrow();
        assertEquals(Refusal.Kind.NOT_APPLICABLE, again.kind());
        assertTrue(again.message().contains("has trusted the CA"), again.message());

        String cert = PKI.member("peer2", PEERS.get(2));
        h.committed(BlocksForTests.block(CHANNEL, 9, signed(ValidatorConfig.REVOKE, cert, 1)));
        assertEquals(Refusal.Kind.NOT_APPLICABLE, h.refusal(signed(ValidatorConfig.REVOKE, cert, 2)).orElseThrow().kind());
    }

    @Test
    void certificateChangesShareTheSequenceAndNeedTheAdminsLikeAnyChange() {
        ValidatorHistory h = history();
        String cert = PKI.member("peer1", PEERS.get(1));
        ValidatorConfig unsigned = ValidatorConfig.ofCertificate(ValidatorConfig.REVOKE, CHANNEL, cert, 0);
        assertEquals(Refusal.Kind.UNAUTHORIZED, h.refusal(unsigned).orElseThrow().kind());
        assertEquals(Refusal.Kind.TOO_FEW_SIGNATURES, h.refusal(unsigned.signedBy(ADMINS.get(1))).orElseThrow().kind());
        ValidatorConfig signed = signed(ValidatorConfig.REVOKE, cert, 0);
        ValidatorConfig swapped = new ValidatorConfig(ValidatorConfig.REVOKE, CHANNEL, "", "", 0, "", 0, signed.signatures(),
                PKI.member("peer0", PEERS.get(0)));
        assertEquals(Refusal.Kind.UNAUTHORIZED, h.refusal(swapped).orElseThrow().kind(), "signatures over another certificate");
        assertEquals(Refusal.Kind.STALE, h.refusal(signed(ValidatorConfig.REVOKE, cert, 1)).orElseThrow().kind());

        h.committed(BlocksForTests.block(CHANNEL, 2, signed));
        h.committed(BlocksForTests.block(CHANNEL, 3, signed));
        assertEquals(1, h.changes(), "the replayed revocation changes nothing");
    }

    @Test
    void revokingTheLastValidatorIsRefused() {
        ValidatorHistory one = new ValidatorHistory(CHANNEL, new ValidatorSet(List.of(Validator.of("p0", PEERS.get(0).publicKeyBase64())),
                Map.of(), 0.67), new AdminSignatures(CHANNEL, ADMINS.stream().map(PeerKey::publicKeyBase64).toList()));
        Refusal refused = one.refusal(signed(ValidatorConfig.REVOKE, PKI.member("peer0", PEERS.get(0)), 0)).orElseThrow();
        assertEquals(Refusal.Kind.NOT_APPLICABLE, refused.kind());
        assertTrue(refused.message().contains("without validators"), refused.message());
    }

    @Test
    void malformedCertificateChangesNameTheField() {
        String member = PKI.member("peer0", PEERS.get(0));
        assertMalformed("validator_config.certificate must be a CA certificate", ValidatorConfig.CA_TRUST, quoted(member), "");
        assertMalformed("validator_config.certificate must be a member certificate, not a CA's", ValidatorConfig.REVOKE,
                quoted(PKI.orgCa()), "");
        assertMalformed("validator_config.certificate must be one PEM certificate", ValidatorConfig.REVOKE, "\"not pem\"", "");
        assertMalformed("validator_config.certificate must be exactly one PEM certificate, not 2", ValidatorConfig.CA_TRUST,
                quoted(PKI.orgCa() + PKI.rootCa()), "");
        assertMalformed("validator_config.certificate must be a non-empty string", ValidatorConfig.REVOKE, "3", "");
        assertMalformed("validator_config.peer_id does not apply to certificate_revoke", ValidatorConfig.REVOKE, quoted(member),
                ", \"peer_id\": \"p0\"");
        assertMalformed("validator_config.certificate does not apply to validator_remove", ValidatorConfig.REMOVE, quoted(member),
                ", \"peer_id\": \"p0\"");
        assertMalformed("validator_config.certificate is longer than 8192 characters", ValidatorConfig.REVOKE,
                quoted("x".repeat(9000)), "");
    }

    @Test
    void aCertificateChangeSurvivesTheStoreAndItsJsonRoundTrip() {
        ValidatorHistory h = history();
        ValidatorConfig revoke = signed(ValidatorConfig.REVOKE, PKI.member("peer3", PEERS.get(3)), 0);
        h.committed(BlocksForTests.block(CHANNEL, 4, revoke));
        ValidatorHistory restored = StoredHistory.restore(history(), StoredHistory.toBytes(h));
        assertEquals(ids(h.at(6)), ids(restored.at(6)));
        assertEquals(1, restored.revoked(6).size());
        ValidatorConfig reparsed = ValidatorConfig.parse((Map<?, ?>) ((Map<?, ?>) Json.parse(Json.pyDumps(revoke.toJson())))
                .get(ValidatorConfig.FIELD));
        assertEquals(revoke, reparsed);
        assertFalse(reparsed.signedText().contains("peer_id"), reparsed.signedText());
    }

    private static String quoted(String s) {
        return Json.pyDumps(s);
    }

    private static void assertMalformed(String expected, String type, String certificateJson, String extra) {
        String text = "{\"type\": \"" + type + "\", \"channel\": \"c1\", \"sequence\": 0, \"certificate\": " + certificateJson
                + extra + "}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ValidatorConfig.parse((Map<?, ?>) Json.parse(text)));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }
}
