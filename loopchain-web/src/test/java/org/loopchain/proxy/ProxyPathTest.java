package org.loopchain.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProxyPathTest {

    private static final Target PEER = new Target("peer1", "http://127.0.0.1:9100");

    @ParameterizedTest
    @ValueSource(strings = {"transactions", "transactions/result", "status/peer", "blocks", "status/evidence", "scores", "a.b_c-d"})
    void plainPathsUnderTheApiAreForwarded(String path) {
        assertTrue(ProxyPath.problem(path).isEmpty(), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "..", ".", "../v3", "status/../../v3", "./status", "status/.", "/status/peer", "status//peer",
        "status/", "%2e%2e/v3", "status%2Fpeer", "status%2fpeer", "http://evil.example/x", "http:", "//evil.example/x",
        "status\\peer", "status peer", "stat\u00fcs", ".hidden"})
    void pathsThatCouldLeaveTheApiAreRefused(String path) {
        assertTrue(ProxyPath.problem(path).isPresent(), path);
    }

    @Test
    void anEncodedSlashOrDotIsRefusedAsSuch() {
        assertTrue(ProxyPath.problem("status%2Fpeer").orElseThrow().contains("percent-encoded"));
        assertTrue(ProxyPath.problem("%2E%2E/v3").orElseThrow().contains("percent-encoded"));
    }

    @Test
    void anOverlongPathIsRefused() {
        assertTrue(ProxyPath.problem("a/".repeat(ProxyPath.MAX_PATH_CHARS) + "a").isPresent());
    }

    @Test
    void aQueryIsPrintableAsciiWithoutAFragment() {
        assertTrue(ProxyPath.queryProblem(null).isEmpty());
        assertTrue(ProxyPath.queryProblem("hash=ab12&channel=kofia_1").isEmpty());
        assertTrue(ProxyPath.queryProblem("data=%C3%A9").isEmpty());
        assertTrue(ProxyPath.queryProblem("a=b#frag").isPresent());
        assertTrue(ProxyPath.queryProblem("a=b c").isPresent());
        assertTrue(ProxyPath.queryProblem("a=\u00e9").isPresent());
        assertTrue(ProxyPath.queryProblem("a=b\r\nHost: x").isPresent());
    }

    @Test
    void theTargetIsTheRegisteredPeersApiV1() {
        assertEquals("http://127.0.0.1:9100/api/v1/transactions/result?hash=ab&channel=c",
                ProxyPath.target(PEER, get("transactions/result", "hash=ab&channel=c")).toString());
        assertEquals("http://127.0.0.1:9100/api/v1/status/peer", ProxyPath.target(PEER, get("status/peer", null)).toString());
        assertEquals("https://node.example:8443/base/api/v1/blocks",
                ProxyPath.target(new Target("p", "https://node.example:8443/base/"), get("blocks", null)).toString());
    }

    @Test
    void aTargetThatWouldLeaveThePeerIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProxyPath.target(PEER, get("../../v3", null)));
        assertThrows(IllegalArgumentException.class, () -> ProxyPath.target(PEER, get("@evil.example/x", null)));
        assertThrows(IllegalArgumentException.class, () -> ProxyPath.target(PEER, get("blocks", "a#b")));
    }

    private static ProxyRequest get(String path, String query) {
        return new ProxyRequest("GET", path, query, Map.of(), null);
    }
}
