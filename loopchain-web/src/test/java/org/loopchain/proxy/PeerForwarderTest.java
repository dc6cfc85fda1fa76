package org.loopchain.proxy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PeerForwarderTest {

    private static final byte[] JSON = "{\"response_code\": \"0\", \"tx_hash\": \"ab\", \"more_info\": \"\"}".getBytes(StandardCharsets.UTF_8);

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final PeerForwarder forwarder = new PeerForwarder(pool, Duration.ofSeconds(1), Duration.ofMillis(500), 4096);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void forwardsMethodPathQueryBodyAndOnlyEndToEndHeaders() throws Exception {
        try (FakePeer peer = FakePeer.answering(200, "application/json;charset=utf-8", JSON)) {
            Map<String, List<String>> client = new LinkedHashMap<>();
            client.put("Content-Type", List.of("application/json"));
            client.put("Accept", List.of("*/*"));
            client.put("Proxy-Authorization", List.of("Basic c2VjcmV0"));
            client.put("Cookie", List.of("session=1"));
            client.put("Connection", List.of("keep-alive, X-Trace"));
            client.put("X-Trace", List.of("1"));
            byte[] body = "{\"data\": \"hello\"}".getBytes(StandardCharsets.UTF_8);
            ProxyRequest request = new ProxyRequest("POST", "transactions", "channel=kofia_1", HopHeaders.endToEnd(client), body);

            Forwarded f = forwarder.forward(peer.target("p1"), request).get();

            assertTrue(f.answered(), f.detail());
            assertEquals(1, peer.received.size());
            FakePeer.Received r = peer.received.get(0);
            assertEquals("POST", r.method());
            assertEquals("/api/v1/transactions", r.path());
            assertEquals("channel=kofia_1", r.query());
            assertArrayEquals(body, r.body());
            assertEquals("application/json", r.headers().getFirst("Content-Type"));
            assertEquals("*/*", r.headers().getFirst("Accept"));
            for (String dropped : List.of("Proxy-Authorization", "Cookie", "X-Trace", "Keep-Alive")) {
                assertFalse(r.headers().containsKey(dropped), dropped + " was forwarded");
            }
        }
    }

    @Test
    void thePeersStatusContentTypeAndBodyComeBackUnchanged() throws Exception {
        byte[] refusal = "{\"response_code\": -1, \"message\": \"no such path\"}".getBytes(StandardCharsets.UTF_8);
        try (FakePeer peer = FakePeer.answering(404, "application/json;charset=utf-8", refusal)) {
            Forwarded f = forwarder.forward(peer.target("p1"), get("status/nosuch")).get();
            assertEquals(404, f.status());
            assertEquals("application/json;charset=utf-8", f.contentType());
            assertArrayEquals(refusal, f.body());
            assertFalse(f.retryable(), "a 4xx is the peer's answer, not a failure");
        }
    }

    @Test
    void aRedirectIsPassedBackNotFollowed() throws Exception {
        try (FakePeer elsewhere = FakePeer.answering(200, null, JSON);
             FakePeer peer = new FakePeer(exchange -> {
                 exchange.getResponseHeaders().set("Location", elsewhere.url() + "/api/v1/blocks");
                 exchange.sendResponseHeaders(302, -1);
             })) {
            Forwarded f = forwarder.forward(peer.target("p1"), get("blocks")).get();
            assertEquals(302, f.status());
            assertTrue(elsewhere.received.isEmpty(), "the proxy went to another host than the registered peer");
        }
    }

    @Test
    void aPeerThatIsDownIsUnreachable() throws Exception {
        Forwarded f = forwarder.forward(FakePeer.down("p1"), get("blocks")).get();
        assertEquals(Forwarded.Failure.UNREACHABLE, f.failure());
        assertTrue(f.retryable());
    }

    @Test
    void aPeerThatDoesNotAnswerInTimeTimesOut() throws Exception {
        try (FakePeer peer = new FakePeer(exchange -> Thread.sleep(5_000))) {
            long start = System.nanoTime();
            Forwarded f = forwarder.forward(peer.target("p1"), get("blocks")).get();
            assertEquals(Forwarded.Failure.TIMEOUT, f.failure(), f.detail());
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(3), "bounded by the timeout");
        }
    }

    @Test
    void aPeerThatStallsInTheMiddleOfItsBodyTimesOut() throws Exception {
        try (FakePeer peer = new FakePeer(exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked
            OutputStream out = exchange.getResponseBody();
            out.write("{\"response_code\": ".getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(5_000);
        })) {
            Forwarded f = forwarder.forward(peer.target("p1"), get("blocks")).get();
            assertEquals(Forwarded.Failure.TIMEOUT, f.failure(), f.detail());
        }
    }

    @Test
    void anAnswerOverTheLimitIsNotPassedOn() throws Exception {
        try (FakePeer peer = FakePeer.answering(200, "application/json", new byte[5000])) {
            Forwarded f = forwarder.forward(peer.target("p1"), get("blocks")).get();
            assertEquals(Forwarded.Failure.TOO_LARGE, f.failure(), f.detail());
            assertFalse(f.retryable());
            assertNull(f.contentType());
        }
        try (FakePeer peer = FakePeer.answering(200, "application/json", new byte[4096])) {
            assertEquals(4096, forwarder.forward(peer.target("p1"), get("blocks")).get().body().length, "the limit itself passes");
        }
    }

    @Test
    void aKilledPeerCostsNoSubmissionWhenTheNextOneTakesIt() throws Exception {
        try (FakePeer live = FakePeer.answering(200, "application/json", JSON)) {
            Failover failover = new Failover(forwarder);
            ProxyRequest submission = new ProxyRequest("POST", "transactions", null, Map.of(), "{}".getBytes(StandardCharsets.UTF_8));
            Forwarded f = failover.first(List.of(FakePeer.down("p1"), live.target("p2")), submission).get();
            assertEquals(200, f.status());
            assertEquals("p2", f.peerId());
            assertArrayEquals(JSON, f.body());
            assertEquals(1, live.received.size());
        }
    }

    private static ProxyRequest get(String path) {
        return new ProxyRequest("GET", path, null, Map.of(), null);
    }

    @Test
    void aFailureIsDescribedInWordsNotClassNames() {
        assertEquals("connection refused", PeerForwarder.describe(
                new CompletionException(new ConnectException())));
        assertEquals("the connection failed", PeerForwarder.describe(new IOException("java.io.EOFException: x")));
        assertEquals("header parser received no bytes", PeerForwarder.describe(new IOException("header parser received no bytes")));
    }
}
