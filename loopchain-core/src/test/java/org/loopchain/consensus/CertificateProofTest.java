package org.loopchain.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.json.Json;

/** A commit certificate checked as an outsider would: from its JSON alone, the keys and weights. */
class CertificateProofTest {

    private static final String CHANNEL = "loopchain_default";
    private static final String HASH = "ab".repeat(32);

    private final List<PeerKey> keys = new ArrayList<>();
    private final ValidatorSet validators;

    CertificateProofTest() {
        SecureRandom random = new SecureRandom();
        List<Validator> list = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            PeerKey key = PeerKey.generate(random);
            keys.add(key);
            list.add(new Validator("peer" + i, key.publicKeyBase64(), 1, null));
        }
        validators = new ValidatorSet(list, Map.of(), 0.67);
    }

    private CommitCertificate certificate(int voters) {
        Vote vote = Vote.precommit(CHANNEL, 7, 1, HASH, "cd".repeat(32));
        List<SignedMessage> precommits = new ArrayList<>();
        for (int i = 0; i < voters; i++) {
            precommits.add(SignedMessage.sign(vote, MessageSigner.of("peer" + i, keys.get(i))));
        }
        return new CommitCertificate(CHANNEL, 7, 1, HASH, "cd".repeat(32), precommits);
    }

    @Test
    void eachVoteCarriesTheExactJsonBytesItsSignatureCovers() {
        Map<String, Object> json = CertificateProof.json(certificate(3), validators);
        assertEquals(7L, json.get("height"));
        assertEquals(HASH, json.get("block_hash"));
        List<?> votes = (List<?>) json.get("votes");
        assertEquals(3, votes.size());
        for (Object o : votes) {
            Map<?, ?> vote = (Map<?, ?>) o;
            byte[] payload = Base64.getDecoder().decode((String) vote.get("payload"));
            String text = new String(payload, StandardCharsets.UTF_8);
            assertEquals("{\"block_hash\": \"" + HASH + "\", \"channel\": \"loopchain_default\", \"domain\": \"loopchain-lft-v1\","
                    + " \"height\": 7, \"result_root\": \"" + "cd".repeat(32) + "\", \"round\": 1, \"type\": \"precommit\"}", text);
            Map<?, ?> fields = (Map<?, ?>) Json.parse(text);
            assertEquals("precommit", fields.get("type"));
            assertTrue(PeerKey.verify((String) vote.get("public_key"), payload, (String) vote.get("signature")),
                    "the signature is ECDSA over SHA-256 of the payload, with the listed key");
        }
    }

    @Test
    void anOutsiderCountsTheWeightAgainstTheRatio() {
        assertTrue(outsiderAccepts(CertificateProof.json(certificate(3), validators)));
        assertFalse(outsiderAccepts(CertificateProof.json(certificate(2), validators)), "2 of 4 is not over 0.67");
    }

    @Test
    void aVoteWhosePayloadWasAlteredNoLongerVerifies() {
        Map<String, Object> json = CertificateProof.json(certificate(3), validators);
        @SuppressWarnings("unchecked")
        Map<String, Object> vote = (Map<String, Object>) ((List<?>) json.get("votes")).get(0);
        String forged = new String(Base64.getDecoder().decode((String) vote.get("payload")), StandardCharsets.UTF_8)
                .replace("\"round\": 1", "\"round\": 2");
        vote.put("payload", Base64.getEncoder().encodeToString(forged.getBytes(StandardCharsets.UTF_8)));
        assertFalse(outsiderAccepts(json));
    }

    /** What the README's Python snippet does: each vote verified, then distinct voters' weight over the ratio. */
    private boolean outsiderAccepts(Map<String, Object> json) {
        long weight = 0;
        Set<String> seen = new HashSet<>();
        for (Object o : (List<?>) json.get("votes")) {
            Map<?, ?> vote = (Map<?, ?>) o;
            byte[] payload = Base64.getDecoder().decode((String) vote.get("payload"));
            Map<?, ?> fields = (Map<?, ?>) Json.parse(new String(payload, StandardCharsets.UTF_8));
            Validator v = validators.get((String) vote.get("peer_id")).orElseThrow();
            boolean good = "precommit".equals(fields.get("type")) && json.get("block_hash").equals(fields.get("block_hash"))
                    && v.publicKeyBase64().equals(vote.get("public_key"))
                    && PeerKey.verify(v.publicKeyBase64(), payload, (String) vote.get("signature"));
            if (good && seen.add(v.peerId())) {
                weight += v.weight();
            }
        }
        return weight > 0.67 * 4;
    }
}
