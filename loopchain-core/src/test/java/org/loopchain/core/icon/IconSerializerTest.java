package org.loopchain.core.icon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.core.json.Json;

/** The v3 serialisation rules, as goloop's serialize.go applies them. */
class IconSerializerTest {

    private static String serialize(String json) {
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) Json.parse(json);
        return IconSerializer.serialize(params);
    }

    @Test
    void keysAreSortedAndJoinedWithTheirValuesByDots() {
        assertEquals("icx_sendTransaction.a.1.b.2.c.3", serialize("{\"c\":\"3\",\"a\":\"1\",\"b\":\"2\"}"));
    }

    @Test
    void backslashDotBracesAndBracketsAreEscapedInValues() {
        assertEquals("icx_sendTransaction.k.a\\.b\\\\c\\{d\\}e\\[f\\]g",
                serialize("{\"k\":\"a.b\\\\c{d}e[f]g\"}"));
    }

    @Test
    void keysAreEscapedToo() {
        assertEquals("icx_sendTransaction.data.{a\\.b.x.c\\[0\\].y}",
                serialize("{\"data\":{\"a.b\":\"x\",\"c[0]\":\"y\"}}"));
    }

    @Test
    void otherCharactersPassAsTheyAre() {
        assertEquals("icx_sendTransaction.k.\"quote\" 'x' / : , é 한 😀 \n",
                serialize("{\"k\":\"\\\"quote\\\" 'x' / : , \\u00e9 \\ud55c \\ud83d\\ude00 \\n\"}"));
    }

    @Test
    void nullIsBackslashZero() {
        assertEquals("icx_sendTransaction.data.{params.{a.\\0.b.[\\0.x]}}",
                serialize("{\"data\":{\"params\":{\"b\":[null,\"x\"],\"a\":null}}}"));
    }

    @Test
    void nestedObjectsAreBracedAndSortedAtEveryLevel() {
        assertEquals("icx_sendTransaction.data.{method.transfer.params.{_to.hxab._value.0x1.z.{a.1.b.2}}}.dataType.call",
                serialize("{\"dataType\":\"call\",\"data\":{\"params\":{\"z\":{\"b\":\"2\",\"a\":\"1\"},"
                        + "\"_value\":\"0x1\",\"_to\":\"hxab\"},\"method\":\"transfer\"}}"));
    }

    @Test
    void listsKeepTheirOrderAndMayNest() {
        assertEquals("icx_sendTransaction.l.[c.a.[b.{k.v}].[]]", serialize("{\"l\":[\"c\",\"a\",[\"b\",{\"k\":\"v\"}],[]]}"));
    }

    @Test
    void emptyObjectsAndStringsAreKept() {
        assertEquals("icx_sendTransaction.a.{}.b.", serialize("{\"b\":\"\",\"a\":{}}"));
    }

    @Test
    void aDeployDataObjectSerialisesWithItsParams() {
        String json = "{\"version\":\"0x3\",\"from\":\"hxbe258ceb872e08851f1f59694dac2558708ece11\","
                + "\"to\":\"cx0000000000000000000000000000000000000000\",\"stepLimit\":\"0x12345\","
                + "\"timestamp\":\"0x563a6cf330136\",\"nid\":\"0x3f\",\"nonce\":\"0x1\",\"dataType\":\"deploy\","
                + "\"data\":{\"contentType\":\"application/zip\",\"content\":\"0x1867291283973610982301923812873419826abcdef9182731926312\","
                + "\"params\":{\"name\":\"ABCToken\",\"symbol\":\"abc\",\"decimals\":\"0x12\"}}}";
        assertEquals("icx_sendTransaction.data.{content.0x1867291283973610982301923812873419826abcdef9182731926312"
                + ".contentType.application/zip.params.{decimals.0x12.name.ABCToken.symbol.abc}}.dataType.deploy"
                + ".from.hxbe258ceb872e08851f1f59694dac2558708ece11.nid.0x3f.nonce.0x1.stepLimit.0x12345"
                + ".timestamp.0x563a6cf330136.to.cx0000000000000000000000000000000000000000.version.0x3", serialize(json));
    }

    @Test
    void keysSortByCodePointAsUtf8BytesDoNotByUtf16Unit() {
        // U+FF5E sorts before U+1F600 by code point (and UTF-8 bytes), after it by UTF-16 unit
        assertEquals("icx_sendTransaction.\uff5e.a.\ud83d\ude00.b", serialize("{\"\ud83d\ude00\":\"b\",\"\uff5e\":\"a\"}"));
        assertTrue(IconSerializer.compareCodePoints("ab", "abc") < 0);
        assertEquals(0, IconSerializer.compareCodePoints("ab", "ab"));
    }

    @Test
    void signatureIsLeftOutOnlyAtTheTopLevel() {
        assertEquals("icx_sendTransaction.data.{signature.x}", serialize("{\"signature\":\"s\",\"data\":{\"signature\":\"x\"}}"));
    }

    @Test
    void numbersAndBooleansAreRefusedWithTheirPath() {
        IconFormatException number = assertThrows(IconFormatException.class, () -> serialize("{\"data\":{\"params\":{\"n\":1}}}"));
        assertTrue(number.getMessage().contains("data.params.n"), number.getMessage());
        IconFormatException bool = assertThrows(IconFormatException.class, () -> serialize("{\"l\":[\"a\",true]}"));
        assertTrue(bool.getMessage().contains("l[1]"), bool.getMessage());
    }

    @Test
    void theNulCharacterIsRefused() {
        assertThrows(IconFormatException.class, () -> serialize("{\"k\":\"a\\u0000b\"}"));
    }

    @Test
    void emptyParamsAreThePrefixAlone() {
        assertEquals("icx_sendTransaction", serialize("{}"));
        assertEquals("icx_sendTransaction", serialize("{\"signature\":\"x\"}"));
    }

    @Test
    void aSingleValueSerialisesLikeANestedOne() {
        assertEquals("{a.\\0}", IconSerializer.serializeValue(Json.parse("{\"a\":null}")));
    }
}
