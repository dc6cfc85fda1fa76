package org.loopchain.core.icon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.core.crypto.Hex;
import org.loopchain.core.json.Json;

/** Parsing and verifying icx_sendTransaction params. */
class V3TransactionTest {

    private static final IconKey KEY = IconKey.of(Hex.decode("42a34cbac9b2931c6e99146b0f5d30de338c577f6a082beb3a2398dbb639b56c"));
    private static final IconKey OTHER = IconKey.of(Hex.decode("00000000000000000000000000000000000000000000000000000000000000ff"));

    private static Map<String, Object> unsigned() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("version", "0x3");
        p.put("from", KEY.address().toString());
        p.put("to", "hx5bfdb090f43a808005ffc27c25b213145e80b7cd");
        p.put("value", "0xde0b6b3a7640000");
        p.put("stepLimit", "0x12345");
        p.put("timestamp", "0x563a6cf330136");
        p.put("nid", "0x3");
        p.put("nonce", "0x1");
        return p;
    }

    /** Signs {@code p} with {@code key} and returns it as a client would send it, re-read by Json.parse. */
    private static Object signed(Map<String, Object> p, IconKey key) {
        p.put("signature", key.sign(IconTxHash.of(p)).base64());
        return Json.parse(Json.pyDumps(p));
    }

    @Test
    void aSignedTransferParsesAndVerifies() {
        V3Transaction tx = V3Transaction.parse(signed(unsigned(), KEY));
        assertEquals(KEY.address(), tx.from());
        assertEquals("hx5bfdb090f43a808005ffc27c25b213145e80b7cd", tx.to().toString());
        assertEquals(new BigInteger("1000000000000000000"), tx.value());
        assertEquals(BigInteger.valueOf(0x12345), tx.stepLimit());
        assertEquals(0x563a6cf330136L, tx.timestampMicros());
        assertEquals(BigInteger.valueOf(3), tx.nid());
        assertEquals(BigInteger.ONE, tx.nonce());
        assertNull(tx.dataType());
        assertEquals(IconTxHash.of(unsigned()), tx.hash());
        assertEquals(KEY.address(), tx.signer().orElseThrow());
        assertTrue(tx.verify());
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        Map<String, Object> p = unsigned();
        p.remove("value");
        p.remove("nonce");
        p.remove("nid");
        V3Transaction tx = V3Transaction.parse(signed(p, KEY));
        assertNull(tx.value());
        assertNull(tx.nonce());
        assertNull(tx.nid());
        assertTrue(tx.verify());
    }

    @Test
    void aSignatureByAnotherKeyDoesNotVerify() {
        V3Transaction tx = V3Transaction.parse(signed(unsigned(), OTHER));
        assertEquals(OTHER.address(), tx.signer().orElseThrow());
        assertFalse(tx.verify());
    }

    @Test
    void aChangedFieldAfterSigningDoesNotVerify() {
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) signed(unsigned(), KEY);
        p.put("value", "0xde0b6b3a7640001");
        assertFalse(V3Transaction.parse(p).verify());
    }

    @Test
    void aCallTransactionWithParamsVerifies() {
        Map<String, Object> p = unsigned();
        p.put("to", "cxb0776ee37f5b45bfaea8cff1d8232fbb6122ec32");
        p.put("dataType", "call");
        p.put("data", Map.of("method", "transfer", "params", Map.of("_to", "hxab.{x}", "_value", "0x1", "_list", List.of("a", "b"))));
        V3Transaction tx = V3Transaction.parse(signed(p, KEY));
        assertEquals("call", tx.dataType());
        assertTrue(tx.to().contract());
        assertTrue(tx.verify());
    }

    @Test
    void aDeployAndAMessageTransactionVerify() {
        Map<String, Object> deploy = unsigned();
        deploy.remove("value");
        deploy.put("to", "cx0000000000000000000000000000000000000000");
        deploy.put("dataType", "deploy");
        deploy.put("data", Map.of("contentType", "application/java", "content", "0x504b0304", "params", Map.of("name", "Token")));
        assertTrue(V3Transaction.parse(signed(deploy, KEY)).verify());
        Map<String, Object> message = unsigned();
        message.put("dataType", "message");
        message.put("data", "0x48656c6c6f");
        assertTrue(V3Transaction.parse(signed(message, KEY)).verify());
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        for (String field : List.of("version", "from", "to", "stepLimit", "timestamp", "signature")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> p = (Map<String, Object>) signed(unsigned(), KEY);
            p.remove(field);
            assertRefused(field + " is missing", p);
        }
    }

    @Test
    void malformedFieldsAreRefusedWithAClearReason() {
        assertRefused("version must be \"0x3\"", with("version", "0x2"));
        assertRefused("from must be an account", with("from", "cxb0776ee37f5b45bfaea8cff1d8232fbb6122ec32"));
        assertRefused("to has 'G' at index 2", with("to", "hxG5bfdb090f43a808005ffc27c25b213145e80b7c"));
        assertRefused("value has a leading zero", with("value", "0x01"));
        assertRefused("stepLimit must start with 0x", with("stepLimit", "12345"));
        assertRefused("timestamp must be a string", with("timestamp", new BigInteger("1523327456264040")));
        assertRefused("nid has 'A' at index 2", with("nid", "0xA"));
        assertRefused("unknown field \"fee\"", with("fee", "0x1"));
        assertRefused("value is null", with("value", null));
        assertRefused("params must be an object", List.of());
    }

    @Test
    void malformedSignaturesAreRefusedWithAClearReason() {
        assertRefused("signature is not base64", with("signature", "not base64!"));
        assertRefused("signature decodes to 64 bytes", with("signature", Base64.getEncoder().encodeToString(new byte[64])));
        byte[] badV = new byte[65];
        badV[64] = 27;
        assertRefused("recovery id v=27", with("signature", Base64.getEncoder().encodeToString(badV)));
        byte[] highS = KEY.sign(IconTxHash.of(unsigned())).bytes();
        BigInteger n = new BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);
        BigInteger s = n.subtract(new BigInteger(1, Arrays.copyOfRange(highS, 32, 64)));
        org.bouncycastle.util.BigIntegers.asUnsignedByteArray(s, highS, 32, 32);
        assertRefused("high S", with("signature", Base64.getEncoder().encodeToString(highS)));
    }

    @Test
    void aSignatureThatRecoversNoKeyDoesNotVerify() {
        byte[] zeros = new byte[65];
        zeros[0] = 1;
        zeros[32] = 1;
        V3Transaction tx = V3Transaction.parse(with("signature", Base64.getEncoder().encodeToString(zeros)));
        assertFalse(tx.verify());
    }

    @Test
    void dataMustFitItsDataType() {
        assertRefused("dataType must be call, deploy or message", withData("deposit", Map.of("action", "add")));
        assertRefused("data is given without a dataType", withData(null, Map.of("method", "x")));
        assertRefused("dataType call needs data", withData("call", null));
        assertRefused("data.method must be a non-empty string", withData("call", Map.of("params", Map.of())));
        assertRefused("data.params must be an object", withData("call", Map.of("method", "m", "params", List.of())));
        assertRefused("data.contentType must be", withData("deploy", Map.of("contentType", "text/plain", "content", "0x00")));
        assertRefused("data.content must be 0x", withData("deploy", Map.of("contentType", "application/zip", "content", "0x0")));
        assertRefused("data (a message) must be 0x", withData("message", "hello"));
        assertRefused("data.params.n is the number 1", withData("call", Map.of("method", "m", "params", Map.of("n", BigInteger.ONE))));
        Map<String, Object> deployWithValue = unsigned();
        deployWithValue.put("dataType", "deploy");
        deployWithValue.put("data", Map.of("contentType", "application/zip", "content", "0x00"));
        deployWithValue.put("signature", KEY.sign(IconTxHash.of(unsigned())).base64());
        assertRefused("a deploy transaction has no value", deployWithValue);
    }

    @Test
    void theParamsAreKeptAsReceivedAndCannotBeChanged() {
        V3Transaction tx = V3Transaction.parse(signed(unsigned(), KEY));
        assertEquals("0x12345", tx.params().get("stepLimit"));
        assertThrows(UnsupportedOperationException.class, () -> tx.params().put("stepLimit", "0x1"));
        Map<String, Object> p = unsigned();
        p.put("dataType", "call");
        p.put("data", new LinkedHashMap<>(Map.of("method", "m", "params", new LinkedHashMap<>(Map.of("a", "b")))));
        @SuppressWarnings("unchecked")
        Map<String, Object> received = (Map<String, Object>) signed(p, KEY);
        V3Transaction call = V3Transaction.parse(received);
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) received.get("data");
        data.put("method", "changed");
        assertEquals("m", ((Map<?, ?>) call.data()).get("method"), "a copy, not the caller's map");
        assertThrows(UnsupportedOperationException.class, () -> ((Map<?, ?>) ((Map<?, ?>) call.data()).get("params")).clear());
        assertTrue(call.verify());
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> p = unsigned();
        p.put("signature", KEY.sign(IconTxHash.of(p)).base64());
        p.put(field, value);
        return p;
    }

    private static Map<String, Object> withData(String dataType, Object data) {
        Map<String, Object> p = unsigned();
        p.put("signature", KEY.sign(IconTxHash.of(p)).base64());
        if (dataType != null) {
            p.put("dataType", dataType);
        }
        if (data != null) {
            p.put("data", data);
        }
        return p;
    }

    private static void assertRefused(String reason, Object params) {
        IconFormatException e = assertThrows(IconFormatException.class, () -> V3Transaction.parse(params));
        assertTrue(e.getMessage().contains(reason), "expected \"" + reason + "\" in: " + e.getMessage());
    }
}
