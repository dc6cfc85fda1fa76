package org.loopchain.core.icon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.loopchain.core.crypto.Hex;

/**
 * ICON's logsBloom, checked against vectors derived outside this code base. How they were made:
 * goloop's own Python bloom filter ({@code pyee/pyexec/utils/bloom.py} of icon-project/goloop,
 * eth-bloom with SHA3-256: three 11-bit indexes from the first six bytes of the hash, OR-ed into
 * a Python int written as 256 big-endian bytes) was run over the items goloop's
 * {@code service/txresult/logsbloom.go} adds for a log ({@code 0xff ‖ Address.Bytes()}, then
 * {@code byte(i) ‖ indexed[i]} for each non-null indexed value), with the values encoded as
 * goloop's {@code EventDataStringToBytesByType} and {@code intconv.BigIntToBytes} do. The script
 * printed the set bits and the hex; they are copied here.
 */
class LogsBloomTest {

    private static final String TOKEN = "cx1234567890abcdef1234567890abcdef12345678";
    private static final String ALICE = "hx" + "a".repeat(40);
    private static final String BOB = "hx" + "b".repeat(40);

    /** The input of goloop's logsbloom_test.go: cx000…0 logging the indexed item {1, 2, 3}. */
    @Test
    void goloopsTestLogSetsTheBitsGoloopsAlgorithmSets() {
        LogsBloom bloom = new LogsBloom();
        bloom.addLog(IconAddress.parse("a", "cx" + "0".repeat(40)), List.<byte[]>of(new byte[] {1, 2, 3}));

        assertEquals("0x" + "00".repeat(87) + "08" + "00".repeat(11) + "08" + "00".repeat(36) + "04" + "00".repeat(13)
                + "08" + "00".repeat(18) + "08" + "00".repeat(66) + "02" + "00".repeat(19), bloom.toHex());
        assertEquals(Set.of(153, 691, 843, 954, 1251, 1347), bitsOf(bloom));
    }

    @Test
    void aTokenTransferSetsTheBitsOfItsAddressSignatureAndThreeIndexedValues() {
        LogsBloom bloom = LogsBloom.of(List.of(log(TOKEN, Arrays.asList("Transfer(Address,Address,int,bytes)", ALICE, BOB, "0x64"), "0x")));

        assertEquals(Set.of(87, 119, 124, 207, 336, 741, 788, 834, 1207, 1298, 1306, 1777, 1822, 1933, 1957), bitsOf(bloom));
    }

    @Test
    void everyIndexedTypeIsAddedAsGoloopEncodesItAndANullValueIsSkipped() {
        LogsBloom bloom = LogsBloom.of(List.of(
                log(TOKEN, Arrays.asList("Mixed(bool,str,int)", "0x1", null, "-0x81")),
                log(TOKEN, Arrays.asList("Raw(bytes,str)", "0x00ff", "h\u00e9"))));

        assertEquals(Set.of(60, 68, 119, 131, 171, 386, 555, 770, 834, 835, 886, 966, 1375, 1511, 1627, 1726, 1732,
                1822, 1913, 1951, 2042), bitsOf(bloom));
    }

    @Test
    void mergingTwoResultsGivesTheUnionOfTheirBits() {
        LogsBloom transfer = LogsBloom.of(List.of(log(TOKEN, Arrays.asList("Transfer(Address,Address,int,bytes)", ALICE, BOB, "0x64"), "0x")));
        LogsBloom mixed = LogsBloom.of(List.of(
                log(TOKEN, Arrays.asList("Mixed(bool,str,int)", "0x1", null, "-0x81")),
                log(TOKEN, Arrays.asList("Raw(bytes,str)", "0x00ff", "h\u00e9"))));

        transfer.merge(mixed);

        assertEquals("0x040000000000000000000020800020000200000000000000000000004000000000020000000000104000000000000000"
                + "000000000800000000000000000000000000008000000000000000000000000000000000800000000000000004040000"
                + "000000000000000000800000000000000000000000000000000000000000000000000000000000400000000000000000"
                + "004000000000000c00000000001000040000002000000000000000000000000000000000000000000000080000000000"
                + "000000000000000000000000000000040000000000010000000000000000000000000000000080000000080000000008"
                + "10800000008000101000000000000000", transfer.toHex());
    }

    @Test
    void valuesAreEncodedAsGoloopLogsThem() {
        assertArrayEquals(Hex.decode("ff7f"), LogsBloom.valueBytes("int", "-0x81"));
        assertArrayEquals(Hex.decode("0080"), LogsBloom.valueBytes("int", "0x80"));
        assertArrayEquals(Hex.decode("00"), LogsBloom.valueBytes("int", "0x0"));
        assertArrayEquals(Hex.decode("01" + "ab".repeat(20)), LogsBloom.valueBytes("Address", "cx" + "ab".repeat(20)));
        assertArrayEquals(Hex.decode("00" + "ab".repeat(20)), LogsBloom.valueBytes("Address", "hx" + "ab".repeat(20)));
        assertArrayEquals(new byte[] {0}, LogsBloom.valueBytes("bool", "0x0"));
        assertArrayEquals(Hex.decode("68c3a9"), LogsBloom.valueBytes("str", "h\u00e9"));
    }

    @Test
    void aValueThatDoesNotReadAsItsDeclaredTypeAddsNothing() {
        assertNull(LogsBloom.valueBytes("int", "ten"));
        assertNull(LogsBloom.valueBytes("Address", "0x1"));
        assertNull(LogsBloom.valueBytes("bool", "0x2"));
        assertNull(LogsBloom.valueBytes("float", "0x1"));
        assertEquals(LogsBloom.of(List.of(log(TOKEN, Arrays.asList("E(int)")))).toHex(),
                LogsBloom.of(List.of(log(TOKEN, Arrays.asList("E(int)", "ten")))).toHex());
    }

    @Test
    void noEventLogsGiveTheAllZeroBloomIconAnswers() {
        assertEquals("0x" + "0".repeat(512), LogsBloom.of(List.of()).toHex());
        assertEquals("0x" + "0".repeat(512), LogsBloom.of(null).toHex());
    }

    private static Map<String, Object> log(String score, List<String> indexed, String... data) {
        return Map.of("scoreAddress", score, "indexed", new ArrayList<Object>(indexed), "data", List.of((Object[]) data));
    }

    /** The numbers of the set bits, bit 0 the lowest of the last byte (as the vectors list them). */
    private static Set<Integer> bitsOf(LogsBloom bloom) {
        byte[] bytes = Hex.decode(bloom.toHex().substring(2));
        Set<Integer> bits = new TreeSet<>();
        for (int bit = 0; bit < LogsBloom.BITS; bit++) {
            if ((bytes[bytes.length - 1 - bit / 8] >> (bit % 8) & 1) != 0) {
                bits.add(bit);
            }
        }
        return bits;
    }
}
