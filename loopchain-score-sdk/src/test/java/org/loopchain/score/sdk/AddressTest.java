package org.loopchain.score.sdk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import score.Address;

class AddressTest {

    private static final String BODY = "0123456789abcdef0123456789abcdef01234567";

    @Test
    void anAccountAddressParsesAndPrintsBack() {
        Address address = Address.fromString("hx" + BODY);
        assertFalse(address.isContract());
        assertEquals("hx" + BODY, address.toString());
        assertEquals(Address.LENGTH, address.toByteArray().length);
        assertEquals(0, address.toByteArray()[0]);
    }

    @Test
    void aContractAddressParsesAndPrintsBack() {
        Address address = Address.fromString("cx" + BODY);
        assertTrue(address.isContract());
        assertEquals("cx" + BODY, address.toString());
        assertEquals(1, address.toByteArray()[0]);
    }

    @Test
    void equalAddressesHaveEqualHashesAndKindMatters() {
        assertEquals(Address.fromString("hx" + BODY), new Address(Address.fromString("hx" + BODY).toByteArray()));
        assertEquals(Address.fromString("hx" + BODY).hashCode(), Address.fromString("hx" + BODY).hashCode());
        assertNotEquals(Address.fromString("hx" + BODY), Address.fromString("cx" + BODY));
    }

    @Test
    void badTextIsRejected() {
        for (String bad : new String[] {"", "hx", "hx" + BODY + "0", "hx" + BODY.substring(1), "ax" + BODY,
                "HX" + BODY, "hx" + BODY.toUpperCase(), "hx" + BODY.replace('a', 'g'), "0x" + BODY}) {
            assertThrows(IllegalArgumentException.class, () -> Address.fromString(bad), bad);
        }
        assertThrows(NullPointerException.class, () -> Address.fromString(null));
    }

    @Test
    void badBytesAreRejectedAndInputIsCopied() {
        assertThrows(IllegalArgumentException.class, () -> new Address(new byte[20]));
        byte[] wrongKind = new byte[Address.LENGTH];
        wrongKind[0] = 2;
        assertThrows(IllegalArgumentException.class, () -> new Address(wrongKind));
        assertThrows(NullPointerException.class, () -> new Address(null));

        byte[] raw = new byte[Address.LENGTH];
        Address address = new Address(raw);
        raw[5] = 1;
        address.toByteArray()[6] = 1;
        assertArrayEquals(new byte[Address.LENGTH], address.toByteArray());
    }
}
