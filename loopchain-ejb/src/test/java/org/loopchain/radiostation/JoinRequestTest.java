package org.loopchain.radiostation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.crypto.TestKeys;
import org.loopchain.core.json.Json;

class JoinRequestTest {

    private final PeerKey key = TestKeys.fixed();

    @Test
    void theSignatureCoversTheCanonicalPayload() {
        JoinRequest r = JoinRequest.signed("loopchain_default", "peer-1", "127.0.0.1:7100", "http://127.0.0.1:9000",
                1_795_650_000_000_000L, key);
        String canonical = "{\"channel\": \"loopchain_default\", \"peer_id\": \"peer-1\", \"peer_target\": \"127.0.0.1:7100\", "
                + "\"public_key\": \"" + TestKeys.SPKI_BASE64 + "\", \"rest_url\": \"http://127.0.0.1:9000\", "
                + "\"time_stamp\": 1795650000000000}";
        assertEquals(canonical, new String(r.signedBytes(), StandardCharsets.UTF_8));
        assertTrue(PeerKey.verify(TestKeys.SPKI_BASE64, canonical.getBytes(StandardCharsets.UTF_8), r.signature()));
        assertTrue(r.signatureValid());
    }

    @Test
    void theBodyOrderDoesNotMatterButEveryFieldIsSigned() {
        JoinRequest r = JoinRequest.signed("c", "peer-1", "127.0.0.1:7100", "http://127.0.0.1:9000", 42L, key);
        Map<String, Object> reordered = new LinkedHashMap<>();
        reordered.put("signature", r.signature());
        reordered.put("time_stamp", r.timestampMicros());
        reordered.put("rest_url", r.restUrl());
        reordered.put("public_key", r.publicKey());
        reordered.put("peer_target", r.peerTarget());
        reordered.put("peer_id", r.peerId());
        reordered.put("channel", r.channel());
        assertTrue(JoinRequest.fromJson(reordered).signatureValid());

        for (String field : JoinRequest.FIELDS) {
            if (field.equals("public_key")) {
                continue;
            }
            Map<String, Object> tampered = r.toJson();
            tampered.put(field, field.equals("peer_target") ? "127.0.0.1:7101"
                    : field.equals("rest_url") ? "http://127.0.0.1:9001" : field.equals("time_stamp") ? (Object) 43L : "other");
            assertFalse(JoinRequest.fromJson(tampered).signatureValid(), field);
        }
        Map<String, Object> otherKey = r.toJson();
        otherKey.put("public_key", PeerKey.generate(new SecureRandom()).publicKeyBase64());
        assertFalse(JoinRequest.fromJson(otherKey).signatureValid());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRequestSurvivesItsOwnWireForm() {
        JoinRequest r = JoinRequest.signed("c", "peer-1", "127.0.0.1:7100", "http://127.0.0.1:9000",
                1_795_650_000_123_456L, key);
        JoinRequest read = JoinRequest.fromJson((Map<String, Object>) Json.parse(Json.pyDumps(r.toJson())));
        assertEquals(r, read);
        assertTrue(read.signatureValid());
    }

    @Test
    void aGarbageSignatureOrKeyIsInvalidNotAnError() {
        Map<String, Object> body = JoinRequest.signed("c", "p", "h:1", "http://h:2", 1L, key).toJson();
        body.put("signature", "bm90IGEgc2lnbmF0dXJl");
        assertFalse(JoinRequest.fromJson(body).signatureValid());
        body.put("public_key", "AAAA");
        assertFalse(JoinRequest.fromJson(body).signatureValid());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"time_stamp\": 1, \"peer_id\": \"p\", \"peer_target\": \"h:1\", \"public_key\": \"k\", \"rest_url\": \"http://h:2\", \"signature\": \"s\"}",
        "{\"time_stamp\": 1, \"channel\": 1, \"peer_id\": \"p\", \"peer_target\": \"h:1\", \"public_key\": \"k\", \"rest_url\": \"http://h:2\", \"signature\": \"s\"}",
        "{\"time_stamp\": 1, \"channel\": \"c\", \"peer_id\": \"p\", \"peer_target\": \"h:1\", "
            + "\"public_key\": \"k\", \"rest_url\": \"http://h:2\"}",
        "{\"time_stamp\": 1, \"channel\": \"c\", \"peer_id\": \"p\", \"peer_target\": \"h:1\", "
            + "\"public_key\": \"k\", \"rest_url\": \"http://h:2\", \"signature\": \"s\", \"x\": 1}",
        "{\"time_stamp\": 1, \"channel\": \"c c\", \"peer_id\": \"p\", \"peer_target\": \"h:1\", \"public_key\": \"k\", \"rest_url\": \"http://h:2\", \"signature\": \"s\"}",
        "{\"time_stamp\": 1, \"channel\": \"c\", \"peer_id\": \"\", \"peer_target\": \"h:1\", \"public_key\": \"k\", \"rest_url\": \"http://h:2\", \"signature\": \"s\"}",
        "{\"time_stamp\": 1, \"channel\": \"c\", \"peer_id\": \"p\", \"peer_target\": \"h\", \"public_key\": \"k\", \"rest_url\": \"http://h:2\", \"signature\": \"s\"}",
        "{\"time_stamp\": 1, \"channel\": \"c\", \"peer_id\": \"p\", \"peer_target\": \"h:1\", "
            + "\"public_key\": \"\", \"rest_url\": \"http://h:2\", \"signature\": \"s\"}",
        "{\"time_stamp\": 1, \"channel\": \"c\", \"peer_id\": \"p\", \"peer_target\": \"h:1\", "
            + "\"public_key\": \"k\", \"rest_url\": \"file:///etc/passwd\", \"signature\": \"s\"}",
        "{\"time_stamp\": 1, \"channel\": \"c\", \"peer_id\": \"p\", \"peer_target\": \"h:1\", "
            + "\"public_key\": \"k\", \"rest_url\": \"http://h:2?x=1\", \"signature\": \"s\"}",
        "{\"time_stamp\": 1, \"channel\": \"c\", \"peer_id\": \"p\", \"peer_target\": \"h:1\", "
            + "\"public_key\": \"k\", \"rest_url\": \"http://h:2\", \"signature\": \"\"}",
        "{\"channel\": \"c\", \"peer_id\": \"p\", \"peer_target\": \"h:1\", \"public_key\": \"k\", \"rest_url\": \"http://h:2\", \"signature\": \"s\"}",
        "{\"time_stamp\": \"1\", \"channel\": \"c\", \"peer_id\": \"p\", \"peer_target\": \"h:1\", \"public_key\": \"k\", \"rest_url\": \"http://h:2\", \"signature\": \"s\"}",
        "{\"time_stamp\": -1, \"channel\": \"c\", \"peer_id\": \"p\", \"peer_target\": \"h:1\", \"public_key\": \"k\", \"rest_url\": \"http://h:2\", \"signature\": \"s\"}",
        "{\"time_stamp\": 1.5, \"channel\": \"c\", \"peer_id\": \"p\", \"peer_target\": \"h:1\", \"public_key\": \"k\", \"rest_url\": \"http://h:2\", \"signature\": \"s\"}",
    })
    @SuppressWarnings("unchecked")
    void aMalformedRequestIsABadRequest(String body) {
        RegistryException e = assertThrows(RegistryException.class,
                () -> JoinRequest.fromJson((Map<String, Object>) Json.parse(body)));
        assertEquals(Refusal.BAD_REQUEST, e.refusal());
    }
}
