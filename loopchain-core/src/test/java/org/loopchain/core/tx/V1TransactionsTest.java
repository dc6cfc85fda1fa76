package org.loopchain.core.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.crypto.TestKeys;
import org.loopchain.core.json.Json;

class V1TransactionsTest {

    static final TxMeta REFERENCE_META = new TxMeta("f7e2c586-e8f2-11f1-a9ab-02fc00000001", "loopchain/default",
            "a63c1ccb2a416ed001a494340202191e9c7ac295", "kofia_certificate");
    static final long REFERENCE_TS = 1795626676738706L;
    static final String REFERENCE_HASH = "f5f342d90cefa97f8552dae9bbf6fd52d99a655f7bca1739085f1674ba98d1b6";

    @Test
    void metaJsonIsPythonsDumpsOfTheOrderedMeta() {
        // python3 -c 'import json;print(json.dumps({"peer_id":"f7e2c586-e8f2-11f1-a9ab-02fc00000001","score_id":"loopchain/default","score_version":"a63c1ccb2a416ed001a494340202191e9c7ac295","channel_name":"kofia_certificate"}))'
        assertEquals("{\"peer_id\": \"f7e2c586-e8f2-11f1-a9ab-02fc00000001\", \"score_id\": \"loopchain/default\", "
                + "\"score_version\": \"a63c1ccb2a416ed001a494340202191e9c7ac295\", \"channel_name\": \"kofia_certificate\"}",
                REFERENCE_META.json());
        assertEquals(List.of("peer_id", "score_id", "score_version", "channel_name"), List.copyOf(REFERENCE_META.asMap().keySet()));
    }

    @Test
    void referenceTxHashMatchesTheV1Vector() {
        // python3 -c 'import hashlib,json,struct;m={"peer_id":"f7e2c586-e8f2-11f1-a9ab-02fc00000001","score_id":"loopchain/default","score_version":"a63c1ccb2a416ed001a494340202191e9c7ac295","channel_name":"kofia_certificate"};print(hashlib.sha256(json.dumps(m).encode()+json.dumps({"data":"hello"}).encode()+struct.pack("<q",1795626676738706)).hexdigest())'
        String data = Json.pyDumps(Json.parse("{\"data\":\"hello\"}"));
        assertEquals("{\"data\": \"hello\"}", data);
        assertEquals(REFERENCE_HASH, V1Transactions.hash(REFERENCE_META, data, REFERENCE_TS));
    }

    @Test
    void nonAsciiTxHashMatchesPython() {
        // python3 -c 'import hashlib,json,struct;m={"peer_id":"f7e2c586-e8f2-11f1-a9ab-02fc00000001","score_id":"loopchain/default","score_version":"a63c1ccb2a416ed001a494340202191e9c7ac295","channel_name":"kofia_certificate"};d=json.dumps(json.loads("{\"name\": \"한글 ü 😀\", \"n\": [1, 2.5, 1e20, true, null]}"));print(hashlib.sha256(json.dumps(m).encode()+d.encode()+struct.pack("<q",1795626676738706)).hexdigest())'
        Object body = Json.parse("{\"name\": \"한글 ü 😀\", \"n\": [1, 2.5, 1e20, true, null]}");
        Transaction tx = V1Transactions.create("kofia_certificate", REFERENCE_META, body, REFERENCE_TS, TestKeys.fixed());
        assertEquals("3bb546e1139879c3d937c6804cfcaed91262bf06be981a26d64d3f787cafcfec", tx.hash());
        assertEquals("{\"name\": \"\\ud55c\\uae00 \\u00fc \\ud83d\\ude00\", \"n\": [1, 2.5, 1e+20, true, null]}", tx.data());
    }

    @Test
    void aCreatedTxCarriesItsFieldsAndVerifies() {
        PeerKey key = TestKeys.fixed();
        Transaction tx = V1Transactions.create("kofia_certificate", REFERENCE_META, Map.of("data", "hello"), REFERENCE_TS, key);

        assertEquals(TxKind.V1, tx.kind());
        assertEquals(REFERENCE_HASH, tx.hash());
        assertEquals("{\"data\": \"hello\"}", tx.data());
        assertEquals(key.publicKeyBase64(), tx.publicKey());
        assertTrue(V1Transactions.verify(tx), V1Transactions.problems(tx).toString());
    }

    @Test
    void theOriginalPeersSignedReferenceTxVerifies() {
        // the GET /api/v1/transactions?hash=f5f342d9... answer of loopchain-v1-api.md
        Transaction original = new Transaction(TxKind.V1, REFERENCE_HASH, "kofia_certificate", REFERENCE_META,
                "{\"data\": \"hello\"}", REFERENCE_TS,
                "MEYCIQChmqZ/sOLoZoOpZGDSMt7GXVJLHaJyf3otTyxS67mHewIhANXuNV/eNUZ2TXn5B6bk9l4GRq1w/7xvdfh96zMuo9wt",
                "MFYwEAYHKoZIzj0CAQYFK4EEAAoDQgAENcBQNH95Ae8DfC+tXC9YCJVApDSEl+RjWniGQ6QPStB1SZ3Zqng1QIViublsyTaGwu9XEOQlsmT+R7IBq+iB3Q==");
        assertTrue(V1Transactions.verify(original), V1Transactions.problems(original).toString());
    }

    @Test
    void changedDataOrTimestampBreaksTheHash() {
        Transaction tx = V1Transactions.create("kofia_certificate", REFERENCE_META, Map.of("data", "hello"), REFERENCE_TS, TestKeys.fixed());
        Transaction otherData = new Transaction(tx.kind(), tx.hash(), tx.channel(), tx.meta(), "{\"data\": \"hellO\"}",
                tx.timestampMicros(), tx.signature(), tx.publicKey());
        Transaction otherTime = new Transaction(tx.kind(), tx.hash(), tx.channel(), tx.meta(), tx.data(),
                tx.timestampMicros() + 1, tx.signature(), tx.publicKey());

        assertFalse(V1Transactions.verify(otherData));
        assertFalse(V1Transactions.verify(otherTime));
        assertTrue(V1Transactions.problems(otherData).get(0).contains("does not recompute"));
    }

    @Test
    void aSignatureOfAnotherTxDoesNotVerify() {
        PeerKey key = TestKeys.fixed();
        Transaction a = V1Transactions.create("kofia_certificate", REFERENCE_META, Map.of("data", "a"), REFERENCE_TS, key);
        Transaction b = V1Transactions.create("kofia_certificate", REFERENCE_META, Map.of("data", "b"), REFERENCE_TS, key);
        Transaction forged = new Transaction(b.kind(), b.hash(), b.channel(), b.meta(), b.data(), b.timestampMicros(),
                a.signature(), b.publicKey());

        assertEquals(List.of("tx " + b.hash() + " signature does not verify"), V1Transactions.problems(forged));
    }

    @Test
    void anUnsignedTxDoesNotVerify() {
        Transaction tx = new Transaction(TxKind.V1, REFERENCE_HASH, "kofia_certificate", REFERENCE_META,
                "{\"data\": \"hello\"}", REFERENCE_TS, null, null);
        assertEquals("", tx.signature());
        assertFalse(V1Transactions.verify(tx));
    }

    @Test
    void anIconV3TxIsNotVerifiedByTheV1Rules() {
        Transaction tx = V1Transactions.create("kofia_certificate", REFERENCE_META, Map.of("data", "hello"), REFERENCE_TS, TestKeys.fixed());
        Transaction icon = new Transaction(TxKind.ICON_V3, tx.hash(), tx.channel(), tx.meta(), tx.data(),
                tx.timestampMicros(), tx.signature(), tx.publicKey());
        assertFalse(V1Transactions.verify(icon));
    }
}
