package org.loopchain.core.icon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.core.crypto.Hex;

/** ICON's published v3 vector: serialised text, SHA3-256 hash, and the signature with the hash as the key. */
class IconVectorTest {

    static final String SERIALIZED = "icx_sendTransaction.from.hxbe258ceb872e08851f1f59694dac2558708ece11"
            + ".stepLimit.0x12345.timestamp.0x563a6cf330136.to.cxb0776ee37f5b45bfaea8cff1d8232fbb6122ec32.version.0x3";
    static final String HASH = "42a34cbac9b2931c6e99146b0f5d30de338c577f6a082beb3a2398dbb639b56c";
    static final String SIGNATURE = "h4ZD76kjLyaUM4P7OtnhFXPVf2lrJ/9qDZM1/lYJlEIDHhwwPtOAfZ5LBBemNzoJM5r6mXmB8NXZAsVBwGFwWgE=";

    static Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("version", "0x3");
        p.put("from", "hxbe258ceb872e08851f1f59694dac2558708ece11");
        p.put("to", "cxb0776ee37f5b45bfaea8cff1d8232fbb6122ec32");
        p.put("stepLimit", "0x12345");
        p.put("timestamp", "0x563a6cf330136");
        return p;
    }

    @Test
    void theParamsSerialiseToThePublishedText() {
        assertEquals(SERIALIZED, IconSerializer.serialize(params()));
    }

    @Test
    void theSignatureFieldIsNotSerialised() {
        Map<String, Object> p = params();
        p.put("signature", SIGNATURE);
        assertEquals(SERIALIZED, IconSerializer.serialize(p));
    }

    @Test
    void thePublishedTextHashesToThePublishedSha3() {
        assertEquals(HASH, IconTxHash.ofSerialized(SERIALIZED).hex());
        assertEquals("0x" + HASH, IconTxHash.of(params()).toString());
    }

    @Test
    void signingTheHashWithItselfAsTheKeyGivesThePublishedSignature() {
        IconKey key = IconKey.of(Hex.decode(HASH));
        IconTxHash hash = IconTxHash.ofSerialized(SERIALIZED);
        assertEquals(SIGNATURE, key.sign(hash).base64());
    }

    @Test
    void thePublishedSignatureRecoversTheSigningKeysAddress() {
        IconKey key = IconKey.of(Hex.decode(HASH));
        IconSignature signature = IconSignature.parse("signature", SIGNATURE);
        IconTxHash hash = IconTxHash.ofSerialized(SERIALIZED);
        assertEquals(key.address(), signature.recoverAddress(hash).orElseThrow());
    }
}
