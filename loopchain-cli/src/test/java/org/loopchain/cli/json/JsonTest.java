package org.loopchain.cli.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void writesAsPythonsJsonDumpWithIndentTwo() {
        Object v = Json.parse("{\"a\": 1, \"b\": [{\"c\": \"x\\\"é\"}], \"d\": [], \"e\": null, \"f\": true}");
        assertEquals("{\n  \"a\": 1,\n  \"b\": [\n    {\n      \"c\": \"x\\\"\\u00e9\"\n    }\n  ],\n  \"d\": [],\n"
                + "  \"e\": null,\n  \"f\": true\n}", Json.write(v));
    }

    @Test
    void readsWhatItWrites() {
        Map<String, Object> v = Map.of("k", List.of(1L, "two"));
        assertEquals(v, Json.parse(Json.write(v)));
    }

    @Test
    void aReportFollowedByAStackTraceIsReadUpToItsEnd() {
        assertEquals(Map.of("exit_code", "FAILURE"), Json.parsePrefix("{\"exit_code\": \"FAILURE\"}\njava.lang.Exception: x"));
    }

    @Test
    void brokenJsonIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": }"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{} extra"));
    }
}
