package org.loopchain.core.icon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.loopchain.core.crypto.Hex;

/** T_INT, T_BIN_DATA and addresses: only the canonical spelling, with messages that say why. */
class IconHexAndAddressTest {

    @Test
    void canonicalHexIntegersAreRead() {
        assertEquals(BigInteger.ZERO, IconHex.parseInt("value", "0x0"));
        assertEquals(BigInteger.valueOf(0x12345), IconHex.parseInt("stepLimit", "0x12345"));
        assertEquals(new BigInteger("de0b6b3a7640000", 16), IconHex.parseInt("value", "0xde0b6b3a7640000"));
        assertEquals(0x563a6cf330136L, IconHex.parseLong("timestamp", "0x563a6cf330136"));
        assertEquals("0x0", IconHex.format(BigInteger.ZERO));
        assertEquals("0xff", IconHex.format(BigInteger.valueOf(255)));
    }

    @Test
    void malformedHexIntegersAreRefusedNamingTheField() {
        assertRefused("stepLimit", "must start with 0x", "12345");
        assertRefused("stepLimit", "must start with 0x", "0x");
        assertRefused("stepLimit", "leading zero", "0x012");
        assertRefused("stepLimit", "leading zero", "0x00");
        assertRefused("stepLimit", "'A' at index 2", "0xAB");
        assertRefused("stepLimit", "must start with 0x", "0X1");
        assertRefused("stepLimit", "must start with 0x", "-0x1");
        assertRefused("stepLimit", "'g' at index 3", "0x1g");
        assertRefused("stepLimit", "not the number 5", 5);
        assertRefused("stepLimit", "more than 64 hex digits", "0x1" + "0".repeat(64));
        IconFormatException tooBig = assertThrows(IconFormatException.class, () -> IconHex.parseLong("timestamp", "0x8000000000000000"));
        assertTrue(tooBig.getMessage().contains("timestamp"), tooBig.getMessage());
    }

    @Test
    void binaryDataIsAnEvenNumberOfLowercaseDigits() {
        IconHex.checkBytes("data", "0x");
        IconHex.checkBytes("data", "0x00ff");
        assertThrows(IconFormatException.class, () -> IconHex.checkBytes("data", "0x0"));
        assertThrows(IconFormatException.class, () -> IconHex.checkBytes("data", "0xFF"));
        assertThrows(IconFormatException.class, () -> IconHex.checkBytes("data", "00"));
    }

    @Test
    void accountAndContractAddressesAreRead() {
        IconAddress account = IconAddress.parse("from", "hxbe258ceb872e08851f1f59694dac2558708ece11");
        assertTrue(account.isAccount());
        assertEquals("hxbe258ceb872e08851f1f59694dac2558708ece11", account.toString());
        IconAddress contract = IconAddress.parse("to", "cxb0776ee37f5b45bfaea8cff1d8232fbb6122ec32");
        assertTrue(contract.contract());
        assertFalse(contract.isAccount());
        assertEquals("cxb0776ee37f5b45bfaea8cff1d8232fbb6122ec32", contract.toString());
    }

    @Test
    void malformedAddressesAreRefusedNamingTheField() {
        assertAddressRefused("must start with hx (account) or cx (contract)", "0xbe258ceb872e08851f1f59694dac2558708ece11");
        assertAddressRefused("has 39 after the prefix", "hxbe258ceb872e08851f1f59694dac2558708ece1");
        assertAddressRefused("has 41 after the prefix", "hxbe258ceb872e08851f1f59694dac2558708ece111");
        assertAddressRefused("'B' at index 2", "hxBe258ceb872e08851f1f59694dac2558708ece11");
        assertAddressRefused("'z' at index 41", "hxbe258ceb872e08851f1f59694dac2558708ece1z");
        assertAddressRefused("start with hx", "HXbe258ceb872e08851f1f59694dac2558708ece11");
        assertAddressRefused("not null", null);
    }

    @Test
    void anAccountAddressIsTheLast20BytesOfTheSha3OfThe64ByteKey() {
        // the key of ICON's published vector; its public key and hx address computed
        // independently (Python: cryptography's secp256k1, hashlib.sha3_256)
        IconKey key = IconKey.of(Hex.decode("42a34cbac9b2931c6e99146b0f5d30de338c577f6a082beb3a2398dbb639b56c"));
        byte[] uncompressed = key.publicKey();
        assertEquals(IconAddress.ofPublicKey(uncompressed), IconAddress.ofPublicKey(Arrays.copyOfRange(uncompressed, 1, 65)));
        assertEquals("042a339b08e10f25853b47bc2e91a99775968d946895409406c31fabeed1dddf73"
                + "8c67b489ccb1d3bc11a00fe7714820f2d22be5695d5d5999d1130d41a244fcb8", Hex.encode(uncompressed));
        assertEquals("hx9ba48d4e461bbaddeb6fef379f7eeb0702dc03d5", key.address().toString());
        assertTrue(key.address().isAccount());
    }

    private static void assertRefused(String field, String reason, Object value) {
        IconFormatException e = assertThrows(IconFormatException.class, () -> IconHex.parseInt(field, value));
        assertTrue(e.getMessage().startsWith(field + " "), e.getMessage());
        assertTrue(e.getMessage().contains(reason) || e.getMessage().contains(reason.replace("not ", "")), e.getMessage());
    }

    private static void assertAddressRefused(String reason, String value) {
        IconFormatException e = assertThrows(IconFormatException.class, () -> IconAddress.parse("to", value));
        assertTrue(e.getMessage().startsWith("to "), e.getMessage());
        assertTrue(e.getMessage().contains(reason) || e.getMessage().contains(reason.replace("not ", "")), e.getMessage());
    }
}
