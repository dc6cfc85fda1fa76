package org.loopchain.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PyDumpsTest {

    @Test
    void floatsPrintAsPythonsRepr() {
        // python3 -c 'import json;print(json.dumps([0.1, 1e16, 1e-5, 100000.0, 123456789012345678, 123456789012345678.0, -0.0, 1.5e300, 1e-4, 1e15, 9999999999999998.0, 5e-324, 1.7976931348623157e308, 2**-1074*3, 0.3, 2/3, 1e22, 1e23, 2e-3, 4.35, 0.000123456]))'
        String python = "[0.1, 1e+16, 1e-05, 100000.0, 123456789012345678, 1.2345678901234568e+17, -0.0, 1.5e+300, 0.0001, "
                + "1000000000000000.0, 9999999999999998.0, 5e-324, 1.7976931348623157e+308, 1.5e-323, 0.3, 0.6666666666666666, "
                + "1e+22, 1e+23, 0.002, 4.35, 0.000123456]";
        List<Object> values = Arrays.asList(0.1, 1e16, 1e-5, 100000.0, new BigInteger("123456789012345678"), 123456789012345678.0,
                -0.0, 1.5e300, 1e-4, 1e15, 9999999999999998.0, Double.MIN_VALUE, Double.MAX_VALUE, 3 * Double.MIN_VALUE,
                0.3, 2.0 / 3, 1e22, 1e23, 2e-3, 4.35, 0.000123456);
        assertEquals(python, Json.pyDumps(values));
    }

    @Test
    void nonFiniteDoublesPrintAsPythonAllowsByDefault() {
        // python3 -c 'import json;print(json.dumps([float("nan"), float("inf"), -float("inf")]))'
        assertEquals("[NaN, Infinity, -Infinity]", Json.pyDumps(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)));
    }

    @Test
    void stringsAreEscapedAsciiOnlyLikePython() {
        // python3 -c 'import json;print(json.dumps({"a\"b\\c/\n\r\t\b\f\x00\x1f\x7f~": [True, False, None, "é", "\ud800"]}))'
        String python = "{\"a\\\"b\\\\c/\\n\\r\\t\\b\\f\\u0000\\u001f\\u007f~\": [true, false, null, \"\\u00e9\", \"\\ud800\"]}";
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a\"b\\c/\n\r\t\b\f\u0000\u001f\u007f~", Arrays.asList(true, false, null, "\u00e9", "\ud800"));
        assertEquals(python, Json.pyDumps(map));
    }

    @Test
    void nonAsciiBodyRoundTripsToPythonsExactString() {
        // python3 -c 'import json;print(json.dumps(json.loads("{\"name\": \"한글 ü 😀\", \"n\": [1, 2.5, 1e20, true, null]}")))'
        String python = "{\"name\": \"\\ud55c\\uae00 \\u00fc \\ud83d\\ude00\", \"n\": [1, 2.5, 1e+20, true, null]}";
        assertEquals(python, Json.pyDumps(Json.parse("{\"name\": \"한글 ü 😀\", \"n\": [1, 2.5, 1e20, true, null]}")));
    }

    @Test
    void javaIntegerTypesPrintAsDigits() {
        assertEquals("[1, -2, 3, 4, 5, 99999999999999999999]", Json.pyDumps(List.of(1, -2L, (short) 3, (byte) 4,
                BigInteger.valueOf(5), new BigInteger("99999999999999999999"))));
    }

    @Test
    void emptyContainersAndNestingUsePythonsSeparators() {
        // python3 -c 'import json;print(json.dumps({"a": {}, "b": [], "c": [{"d": [1, [2]]}]}))'
        assertEquals("{\"a\": {}, \"b\": [], \"c\": [{\"d\": [1, [2]]}]}",
                Json.pyDumps(Json.parse("{\"a\":{},\"b\":[],\"c\":[{\"d\":[1,[2]]}]}")));
    }

    @Test
    void nonStringKeysAreConvertedAsPythonConvertsThem() {
        // python3 -c 'import json;print(json.dumps({1: 0, 2.5: 0, False: 0, None: 0}))'
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put(1, 0);
        map.put(2.5, 0);
        map.put(false, 0);
        map.put(null, 0);
        assertEquals("{\"1\": 0, \"2.5\": 0, \"false\": 0, \"null\": 0}", Json.pyDumps(map));
    }

    @Test
    void anUnsupportedTypeIsRefused() {
        assertThrows(JsonException.class, () -> Json.pyDumps(List.of(new Object())));
    }

    @Test
    void aCircularStructureIsRefusedInsteadOfOverflowingTheStack() {
        List<Object> list = new ArrayList<>();
        list.add(list);
        assertThrows(JsonException.class, () -> Json.pyDumps(list));
    }

    @Test
    void theSameListTwiceIsNotCircular() {
        List<Object> shared = List.of(1);
        Map<String, Object> map = new HashMap<>();
        map.put("a", List.of(shared, shared));
        assertEquals("{\"a\": [[1], [1]]}", Json.pyDumps(map));
    }
}
