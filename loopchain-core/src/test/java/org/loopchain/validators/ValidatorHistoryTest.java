package org.loopchain.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.consensus.Validator;
import org.loopchain.consensus.ValidatorSet;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.json.Json;
import org.loopchain.score.engine.ScoreAddresses;

/** Every kind of bad validator change is refused with its kind and a message naming the channel or field. */
class ValidatorHistoryTest {

    private static final String CHANNEL = "c1";
    private static final List<PeerKey> PEERS = keys("peer", 5);
    private static final List<PeerKey> ADMINS = keys("admin", 3);

    /** {@code n} deterministic keys of {@code label}. */
    static List<PeerKey> keys(String label, int n) {
        List<PeerKey> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(PeerKey.generate(new SecureRandom((label + i).getBytes(StandardCharsets.UTF_8))));
        }
        return out;
    }

    private static ValidatorHistory history(int validators) {
        List<Validator> list = new ArrayList<>();
        for (int i = 0; i < validators; i++) {
            list.add(Validator.of("p" + i, PEERS.get(i).publicKeyBase64()));
        }
        return new ValidatorHistory(CHANNEL, new ValidatorSet(list, Map.of(), 0.67),
                new AdminSignatures(CHANNEL, ADMINS.stream().map(PeerKey::publicKeyBase64).toList()));
    }

    private static ValidatorConfig add(String id, int key, long weight) {
        return new ValidatorConfig(ValidatorConfig.ADD, CHANNEL, id, PEERS.get(key).publicKeyBase64(), weight, "", 0, List.of());
    }

    private static ValidatorConfig remove(String id) {
        return new ValidatorConfig(ValidatorConfig.REMOVE, CHANNEL, id, "", 0, "", 0, List.of());
    }

    private static ValidatorConfig twoAdmins(ValidatorConfig c) {
        return c.signedBy(ADMINS.get(0)).signedBy(ADMINS.get(1));
    }

    private static Refusal.Kind refusal(ValidatorHistory h, ValidatorConfig c) {
        return h.refusal(c).map(Refusal::kind).orElse(null);
    }

    @Test
    void aChangeSignedByAMajorityOfAdminsApplies() {
        assertTrue(history(4).refusal(twoAdmins(add("p4", 4, 1))).isEmpty());
    }

    @Test
    void anUnsignedChangeIsRefused() {
        assertEquals(Refusal.Kind.UNAUTHORIZED, refusal(history(4), add("p4", 4, 1)));
    }

    @Test
    void aChangeSignedByANonAdminIsRefusedEvenBesideAdmins() {
        ValidatorConfig c = twoAdmins(add("p4", 4, 1)).signedBy(PEERS.get(0));
        assertEquals(Refusal.Kind.UNAUTHORIZED, refusal(history(4), c));
        assertTrue(history(4).refusal(c).orElseThrow().message().contains("is not an admin of channel c1"));
    }

    @Test
    void aSignatureOverAnotherChangeIsRefused() {
        ValidatorConfig signed = twoAdmins(add("p4", 4, 1));
        ValidatorConfig tampered = new ValidatorConfig(signed.type(), CHANNEL, signed.peerId(), signed.publicKey(), 50, "", 0,
                signed.signatures());
        assertEquals(Refusal.Kind.UNAUTHORIZED, refusal(history(4), tampered));
    }

    @Test
    void oneOfThreeAdminsIsTooFewAndTheSameAdminTwiceCountsOnce() {
        assertEquals(Refusal.Kind.TOO_FEW_SIGNATURES, refusal(history(4), add("p4", 4, 1).signedBy(ADMINS.get(0))));
        assertEquals(Refusal.Kind.TOO_FEW_SIGNATURES,
                refusal(history(4), add("p4", 4, 1).signedBy(ADMINS.get(0)).signedBy(ADMINS.get(0))));
    }

    @Test
    void aChannelWithoutAdminsTakesNoChange() {
        ValidatorHistory h = new ValidatorHistory(CHANNEL, history(4).genesis(), new AdminSignatures(CHANNEL, List.of()));
        assertEquals(Refusal.Kind.UNAUTHORIZED, refusal(h, twoAdmins(add("p4", 4, 1))));
    }

    @Test
    void anAdminListedByAddressSignsWithItsKey() {
        String address = ScoreAddresses.addressOfPublicKey(Base64.getDecoder().decode(ADMINS.get(0).publicKeyBase64()));
        ValidatorHistory h = new ValidatorHistory(CHANNEL, history(4).genesis(), new AdminSignatures(CHANNEL, List.of(address)));
        assertTrue(h.refusal(add("p4", 4, 1).signedBy(ADMINS.get(0))).isEmpty());
    }

    @Test
    void aReplayedChangeIsStale() {
        ValidatorHistory h = history(4);
        ValidatorConfig c = twoAdmins(add("p4", 4, 1));
        h.committed(BlocksForTests.block(CHANNEL, 1, c));
        assertEquals(1, h.changes());
        assertEquals(Refusal.Kind.STALE, refusal(h, c));
        h.committed(BlocksForTests.block(CHANNEL, 2, c));
        assertEquals(1, h.changes(), "a replay committed in a block changes nothing");
    }

    @Test
    void removingTheLastValidatorIsRefused() {
        assertEquals(Refusal.Kind.NOT_APPLICABLE, refusal(history(1), twoAdmins(remove("p0"))));
    }

    @Test
    void anAdditionThatLeavesTheStayingValidatorsBelowAQuorumIsRefused() {
        ValidatorHistory two = history(2);
        assertEquals(Refusal.Kind.NOT_APPLICABLE, refusal(two, twoAdmins(add("p2", 2, 1))));
        assertTrue(two.refusal(twoAdmins(add("p2", 2, 1))).orElseThrow().message().contains("would not be a quorum"));
        assertEquals(Refusal.Kind.NOT_APPLICABLE, refusal(history(4), twoAdmins(add("p4", 4, 3))));
    }

    @Test
    void removingOrReweightingAnUnknownValidatorIsRefused() {
        assertEquals(Refusal.Kind.NOT_APPLICABLE, refusal(history(4), twoAdmins(remove("nobody"))));
        ValidatorConfig w = new ValidatorConfig(ValidatorConfig.WEIGHT, CHANNEL, "nobody", "", 2, "", 0, List.of());
        assertEquals(Refusal.Kind.NOT_APPLICABLE, refusal(history(4), twoAdmins(w)));
    }

    @Test
    void addingAValidatorTwiceOrWithAnotherValidatorsKeyIsRefused() {
        assertEquals(Refusal.Kind.NOT_APPLICABLE, refusal(history(4), twoAdmins(add("p1", 4, 1))));
        assertEquals(Refusal.Kind.NOT_APPLICABLE, refusal(history(4), twoAdmins(add("p9", 1, 1))));
    }

    @Test
    void aChangeForAnotherChannelIsRefused() {
        ValidatorConfig c = new ValidatorConfig(ValidatorConfig.REMOVE, "other", "p1", "", 0, "", 0, List.of());
        assertEquals(Refusal.Kind.MALFORMED, refusal(history(4), twoAdmins(c)));
    }

    @Test
    void malformedConfigurationsNameTheField() {
        String ok = "{\"type\": \"validator_weight\", \"channel\": \"c1\", \"peer_id\": \"p1\", \"weight\": 2, \"sequence\": 0}";
        assertEquals(ValidatorConfig.WEIGHT, parse(ok).type());
        assertMessage("validator_config.weight must be", ok.replace("\"weight\": 2", "\"weight\": 0"));
        assertMessage("validator_config.type must be", ok.replace("validator_weight", "validator_promote"));
        assertMessage("validator_config.sequence", ok.replace("\"sequence\": 0", "\"sequence\": -1"));
        assertMessage("validator_config.extra is not a known field", ok.replace("{", "{\"extra\": 1, "));
        assertMessage("validator_config.public_key must be", ok.replace("validator_weight", "validator_add")
                .replace("\"weight\"", "\"public_key\": \"AAAAAAAAAAAAAAAAAAAA\", \"weight\""));
        assertMessage("validator_config.weight does not apply", ok.replace("validator_weight", "validator_remove"));
        assertMessage("validator_config.signatures", ok.replace("{", "{\"signatures\": [\"x\"], "));
    }

    @Test
    void theSignedTextIsTheObjectWithoutSignaturesKeysSorted() {
        ValidatorConfig c = twoAdmins(remove("p1"));
        assertEquals("{\"channel\": \"c1\", \"peer_id\": \"p1\", \"sequence\": 0, \"type\": \"validator_remove\"}",
                c.signedText());
        ValidatorConfig again = parse(Json.pyDumps(((Map<?, ?>) c.toJson()).get(ValidatorConfig.FIELD)));
        assertEquals(c, again);
    }

    private static ValidatorConfig parse(String text) {
        return ValidatorConfig.parse((Map<?, ?>) Json.parse(text));
    }

    private static void assertMessage(String expected, String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(text));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
