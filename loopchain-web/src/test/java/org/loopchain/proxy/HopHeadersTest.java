package org.loopchain.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HopHeadersTest {

    @Test
    void onlyContentTypeAndAcceptAreForwarded() {
        Map<String, List<String>> h = new LinkedHashMap<>();
        h.put("content-type", List.of("application/json"));
        h.put("ACCEPT", List.of("application/json"));
        for (String hop : List.of("Connection", "Keep-Alive", "Proxy-Authorization", "Proxy-Connection", "TE", "Trailer",
                "Transfer-Encoding", "Upgrade", "Host", "Authorization", "Cookie", "X-Forwarded-For", "Forwarded")) {
            h.put(hop, List.of("x"));
        }
        assertTrue(HopHeaders.abuse(h).isEmpty(), HopHeaders.abuse(h).toString());
        assertEquals(Map.of("Content-Type", "application/json", "Accept", "application/json"), HopHeaders.endToEnd(h));
    }

    @Test
    void acceptHeadersGivenApartAreForwardedAsOneList() {
        Map<String, List<String>> h = Map.of("Accept", List.of("application/json", " text/plain "));
        assertEquals(Map.of("Accept", "application/json, text/plain"), HopHeaders.endToEnd(h));
    }

    @Test
    void ordinaryConnectionTokensAreDroppedWithTheConnectionHeader() {
        Map<String, List<String>> h = Map.of("Connection", List.of("keep-alive, Upgrade, X-Trace"), "X-Trace", List.of("1"),
                "Content-Type", List.of("text/plain"));
        assertTrue(HopHeaders.abuse(h).isEmpty());
        assertEquals(Map.of("Content-Type", "text/plain"), HopHeaders.endToEnd(h));
    }

    @Test
    void aConnectionHeaderNamingAnEndToEndHeaderIsRefused() {
        for (String named : List.of("Content-Type", "accept", "Content-Length", "Host", "Transfer-Encoding")) {
            Map<String, List<String>> h = Map.of("connection", List.of("close, " + named), "Content-Type", List.of("application/json"));
            assertTrue(HopHeaders.abuse(h).orElse("").contains("hop-by-hop header abuse"), named);
        }
    }

    @Test
    void malformedConnectionTokensAndForwardedValuesAreRefused() {
        assertTrue(HopHeaders.abuse(Map.of("Connection", List.of("close, a b"))).isPresent());
        assertTrue(HopHeaders.abuse(Map.of("Connection", List.of("x:y"))).isPresent());
        assertTrue(HopHeaders.abuse(Map.of("Content-Type", List.of("application/json\r\nX-Injected: 1"))).isPresent());
        assertTrue(HopHeaders.abuse(Map.of("Accept", List.of("*/*\u0000"))).isPresent());
    }

    @Test
    void twoContentTypesAreRefused() {
        assertTrue(HopHeaders.abuse(Map.of("Content-Type", List.of("application/json", "text/plain"))).isPresent());
        Map<String, List<String>> split = new LinkedHashMap<>();
        split.put("Content-Type", List.of("application/json"));
        split.put("content-type", List.of("text/plain"));
        assertTrue(HopHeaders.abuse(split).isPresent());
    }

    @Test
    void noHeadersForwardNothing() {
        assertTrue(HopHeaders.abuse(Map.of()).isEmpty());
        assertEquals(Map.of(), HopHeaders.endToEnd(Map.of()));
    }
}
