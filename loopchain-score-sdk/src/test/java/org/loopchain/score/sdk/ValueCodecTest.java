package org.loopchain.score.sdk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopchain.score.sdk.db.ValueCodec;
import score.Address;

class ValueCodecTest {

    private static final List<Object> SAMPLES = List.of(true, false, (byte) -128, (short) -300, 'é', '\uffff',
            Integer.MIN_VALUE, Integer.MAX_VALUE, Long.MIN_VALUE, 0L, new BigInteger("-123456789012345678901234567890"),
            "", "héllo", InMemoryScoreHost.SCORE, InMemoryScoreHost.CALLER);

    @Test
    void everyStorableValueRoundTrips() {
        for (Object value : SAMPLES) {
            assertEquals(value, ValueCodec.decode(ValueCodec.encode(value), value.getClass()), value.toString());
        }
        byte[] bytes = {0, -1, 127};
        assertArrayEquals(bytes, ValueCodec.decode(ValueCodec.encode(bytes), byte[].class));
    }

    @Test
    void integersHaveOneByteFormWhateverTheirJavaType() {
        assertArrayEquals(ValueCodec.encode(BigInteger.valueOf(300)), ValueCodec.encode(300));
        assertArrayEquals(ValueCodec.encode(300L), ValueCodec.encode((short) 300));
        assertArrayEquals(new byte[] {1}, ValueCodec.encode(true));
        assertArrayEquals(new byte[] {(byte) 0xff}, ValueCodec.encode(-1));
        assertArrayEquals(new byte[] {0, (byte) 0x80}, ValueCodec.encode(128));
    }

    @Test
    void aValueTooWideForTheReadClassIsAnIllegalState() {
        byte[] big = ValueCodec.encode(Long.MAX_VALUE);
        assertThrows(IllegalStateException.class, () -> ValueCodec.decode(big, Integer.class));
        assertThrows(IllegalStateException.class, () -> ValueCodec.decode(ValueCodec.encode(2), Boolean.class));
        assertThrows(IllegalStateException.class, () -> ValueCodec.decode(new byte[3], Address.class));
    }

    @Test
    void unsupportedTypesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ValueCodec.encode(1.5f));
        assertThrows(IllegalArgumentException.class, () -> ValueCodec.encode(2.5d));
        assertThrows(IllegalArgumentException.class, () -> ValueCodec.encode(new Object()));
        assertThrows(IllegalArgumentException.class, () -> ValueCodec.requireValueClass(Double.class));
        assertThrows(IllegalArgumentException.class, () -> ValueCodec.requireValueClass(int.class));
    }
}
