package org.loopchain.score.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.score.engine.testing.ScoreRunner;
import score.Address;

class ConversionTest {

    @Test
    void integersAcceptHexDecimalAndJsonNumbersAndReturnHex() {
        assertEquals(31, JsonValues.toJava("0x1f", int.class));
        assertEquals(31L, JsonValues.toJava("31", Long.class));
        assertEquals(BigInteger.valueOf(-31), JsonValues.toJava("-0x1f", BigInteger.class));
        assertEquals(BigInteger.TEN, JsonValues.toJava(new BigDecimal("10"), BigInteger.class));
        assertEquals(7, JsonValues.toJava(7L, int.class));
        assertEquals("0x1f", JsonValues.toJson(31));
        assertEquals("-0x1f", JsonValues.toJson(BigInteger.valueOf(-31)));
        assertThrows(ArithmeticException.class, () -> JsonValues.toJava("0x100000000", int.class));
    }

    @Test
    void booleansBytesAndAddressesFollowIconConventions() {
        assertEquals(true, JsonValues.toJava("0x1", boolean.class));
        assertEquals(false, JsonValues.toJava(false, Boolean.class));
        assertEquals("0x1", JsonValues.toJson(true));
        assertArrayEquals(new byte[] {1, (byte) 0xab}, (byte[]) JsonValues.toJava("0x01ab", byte[].class));
        assertEquals("0x01ab", JsonValues.toJson(new byte[] {1, (byte) 0xab}));
        Address address = (Address) JsonValues.toJava(Contracts.ALICE, Address.class);
        assertEquals(Contracts.ALICE, JsonValues.toJson(address));
        assertThrows(IllegalArgumentException.class, () -> JsonValues.toJava("0x2", boolean.class));
        assertThrows(IllegalArgumentException.class, () -> JsonValues.toJava(null, int.class));
    }

    @Test
    void arraysListsAndMapsConvertElementByElement() {
        assertArrayEquals(new String[] {"a", "b"}, (String[]) JsonValues.toJava(List.of("a", "b"), String[].class));
        assertEquals(List.of("0x1", "0x2"), JsonValues.toJson(new int[] {1, 2}));
        assertEquals(Map.of("a", List.of("0x1", "0x0")), JsonValues.toJson(Map.of("a", List.of(1, false))));
    }

    @Test
    void contractSeesConvertedParametersAndReturnsIconJson() throws Exception {
        ScoreRunner runner = Contracts.tools(1_000_000);
        runner.executeBlock(List.of(runner.call(Contracts.ALICE, "negate", Map.of("flag", "0x1"))));
        QueryOutcome echo = runner.query("echo", Map.of("i", "0x10", "l", 17L, "big", "-12345678901234567890",
                "flag", true, "text", "héllo", "who", Contracts.BOB, "data", "0xcafe", "words", List.of("x", "y")));
        assertEquals(0, echo.code(), echo.message());
        assertEquals(Map.of("i", "0x10", "l", "0x11", "big", "-0xab54a98ceb1f0ad2", "flag", "0x1", "text", "héllo",
                "who", Contracts.BOB, "data", "0xcafe", "words", List.of("x", "y")), echo.result());
        assertEquals("0x0", runner.query("negate", Map.of("flag", "0x1")).result());
    }

    @Test
    void missingOptionalParametersGetTheirDefaults() throws Exception {
        ScoreRunner runner = Contracts.tools(1_000_000);
        runner.execute(Contracts.ALICE, "negate", Map.of("flag", "0x0"));
        assertEquals("hello bob xnull", runner.query("greet", Map.of("who", "bob")).result());
        assertEquals("hello bob x3!", runner.query("greet", Map.of("who", "bob", "times", "3", "loud", "0x1")).result());
        QueryOutcome noWords = runner.query("echo", Map.of("i", "0x0", "l", "0x0", "big", "0x0", "flag", "0x0",
                "text", "", "who", Contracts.BOB, "data", "0x"));
        assertEquals(List.of(), ((Map<?, ?>) noWords.result()).get("words"));
    }

    @Test
    void canonicalJsonSortsKeysAndEscapes() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("b", List.of(1L, true));
        value.put("a", "q\"\\\n");
        value.put("c", null);
        assertEquals("{\"a\":\"q\\\"\\\\\\u000a\",\"b\":[1,true],\"c\":null}", CanonicalJson.write(value));
    }
}
