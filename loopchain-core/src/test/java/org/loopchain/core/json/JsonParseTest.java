package org.loopchain.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonParseTest {

    @Test
    void parsesEveryValueTypeIntoTheDocumentedJavaTypes() {
        Object parsed = Json.parse(" {\"o\": {}, \"a\": [1, -2.5, 1e3, true, false, null], \"s\": \"x\\u00e9\\n\"} ");

        Map<?, ?> map = assertInstanceOf(LinkedHashMap.class, parsed);
        assertEquals(List.of("o", "a", "s"), new ArrayList<>(map.keySet()));
        List<?> a = assertInstanceOf(ArrayList.class, map.get("a"));
        assertEquals(BigInteger.ONE, a.get(0));
        assertEquals(-2.5, a.get(1));
        assertEquals(1000.0, a.get(2));
        assertEquals(Boolean.TRUE, a.get(3));
        assertEquals(Boolean.FALSE, a.get(4));
        assertNull(a.get(5));
        assertEquals("x\u00e9\n", map.get("s"));
    }

    @Test
    void integersKeepEveryDigit() {
        assertEquals(new BigInteger("123456789012345678901234567890"), Json.parse("123456789012345678901234567890"));
    }

    @Test
    void aDuplicateKeyKeepsItsFirstPositionAndTakesTheLastValueLikeAPythonDict() {
        // python3 -c 'import json;print(json.dumps(json.loads("{\"a\": 1, \"b\": 2, \"a\": 3}")))'  -> {"a": 3, "b": 2}
        assertEquals("{\"a\": 3, \"b\": 2}", Json.pyDumps(Json.parse("{\"a\": 1, \"b\": 2, \"a\": 3}")));
    }

    @Test
    void surrogatePairEscapesBecomeOneAstralCharacter() {
        assertEquals("\uD83D\uDE00", Json.parse("\"\\ud83d\\ude00\""));
    }

    @Test
    void nestingOf64LevelsIsAccepted() {
        assertInstanceOf(List.class, Json.parse("[".repeat(64) + "]".repeat(64)));
    }

    @Test
    void nestingOf65LevelsIsRejected() {
        JsonException e = assertThrows(JsonException.class, () -> Json.parse("[".repeat(65) + "]".repeat(65)));
        assertTrue(e.getMessage().contains("nesting"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[1, 2,]", "{\"a\": 1,}", "NaN", "[Infinity]", "-Infinity", "01", "[-012]", "\"abc", "]", "",
        "   ", "[1] x", "{\"a\" 1}", "{a: 1}", "\"\\x\"", "\"\\u12g4\"", "1.", ".5", "1e", "-", "1e400",
        "[-1e999]", "tru", "nul", "'a'", "\uFEFF{}", "{\"a\":1}}", "[1 2]"
    })
    void malformedTextIsRejected(String text) {
        assertThrows(JsonException.class, () -> Json.parse(text));
    }

    @Test
    void aRawControlCharacterInAStringIsRejected() {
        assertThrows(JsonException.class, () -> Json.parse("\"a\tb\""));
        assertThrows(JsonException.class, () -> Json.parse("\"a\u0000b\""));
    }

    @Test
    void theErrorMessageNamesTheOffset() {
        JsonException e = assertThrows(JsonException.class, () -> Json.parse("[1, 2,]"));
        assertEquals("bad JSON at offset 6: unexpected character ']'", e.getMessage());
    }

    @Test
    void anIntegerLongerThanPythonsDigitLimitIsRejected() {
        assertEquals(4300, Json.parse("1".repeat(4300)).toString().length());
        assertThrows(JsonException.class, () -> Json.parse("1".repeat(4301)));
    }

    @Test
    void nullTextIsRejected() {
        assertThrows(JsonException.class, () -> Json.parse(null));
    }
}
