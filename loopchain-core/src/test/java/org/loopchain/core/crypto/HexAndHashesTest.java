package org.loopchain.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HexAndHashesTest {

    @Test
    void hexEncodesLowercaseAndDecodesEitherCase() {
        assertEquals("00ff10ab", Hex.encode(new byte[] {0, -1, 16, (byte) 0xab}));
        assertArrayEquals(new byte[] {0, -1, 16, (byte) 0xab}, Hex.decode("00FF10aB"));
    }

    @Test
    void hexRejectsOddLengthAndNonHexCharacters() {
        assertThrows(IllegalArgumentException.class, () -> Hex.decode("abc"));
        assertThrows(IllegalArgumentException.class, () -> Hex.decode("zz"));
    }

    @Test
    void aHashIsExactly64HexDigits() {
        assertTrue(Hex.isHash("af5570f5a1810b7af78caf4bc70a660f0df51e42baf91d4de5b2328de0e83dfc"));
        assertTrue(Hex.isHash("AF5570F5A1810B7AF78CAF4BC70A660F0DF51E42BAF91D4DE5B2328DE0E83DFC"));
        assertFalse(Hex.isHash("af5570f5a1810b7af78caf4bc70a660f0df51e42baf91d4de5b2328de0e83df"));
        assertFalse(Hex.isHash("af5570f5a1810b7af78caf4bc70a660f0df51e42baf91d4de5b2328de0e83dfg"));
        assertFalse(Hex.isHash(null));
    }

    @Test
    void sha256CoversThePartsInOrder() {
        // python3 -c 'import hashlib;print(hashlib.sha256(b"hello").hexdigest())'
        assertEquals("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",
                Hashes.sha256Hex("he".getBytes(StandardCharsets.UTF_8), "llo".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void le64IsPythonsStructPackLittleEndianQ() {
        // python3 -c 'import struct;print(struct.pack("<q",1795626676738706).hex(), struct.pack("<q",-2).hex())'
        assertEquals("925a37ea1c610600", Hex.encode(Hashes.le64(1795626676738706L)));
        assertEquals("feffffffffffffff", Hex.encode(Hashes.le64(-2)));
    }
}
