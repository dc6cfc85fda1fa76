package org.loopchain.cli.top;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loopchain.cli.Main;

/** {@code top --once} against a fake peer on loopback (metrics and status as a peer serves them) and a closed port. */
class TopCommandTest {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final AtomicInteger scrapes = new AtomicInteger();
    HttpServer peer;

    @AfterEach
    void stop() {
        if (peer != null) {
            peer.stop(0);
        }
    }

    int fakePeer() throws IOException {
        peer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        peer.createContext("/api/v1/metrics", ex -> {
            int n = scrapes.incrementAndGet();
            reply(ex, 200, """
                    # HELP loopchain_block_height Height of the last committed block.
                    # TYPE loopchain_block_height gauge
                    loopchain_block_height{channel="loopchain_default"} %d
                    # TYPE loopchain_committed_tx_total counter
                    loopchain_committed_tx_total{channel="loopchain_default"} %d
                    loopchain_pending_tx{channel="loopchain_default"} 3
                    loopchain_round{channel="loopchain_default"} 0
                    loopchain_leader{channel="loopchain_default"} 1
                    loopchain_leader_changes_total{channel="loopchain_default"} 4
                    loopchain_complaints_total{channel="loopchain_default"} 1
                    loopchain_dropped_messages_total{channel="loopchain_default",reason="too-old"} 9
                    """.formatted(10 + n, 1000 * n));
        });
        peer.createContext("/api/v1/status/peer", ex -> reply(ex, 200,
                "{\"peer_id\": \"hxaa\", \"role\": \"leader\", \"leader\": \"hxaa\", \"channel\": \""
                        + ex.getRequestURI().getQuery().replace("channel=", "") + "\"}"));
        peer.start();
        return peer.getAddress().getPort();
    }

    static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    int top(String... args) {
        String[] argv = new String[args.length + 1];
        argv[0] = "top";
        System.arraycopy(args, 0, argv, 1, args.length);
        return Main.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void onceShowsOneScreenWithTheRateBetweenTwoPollsAndADownNodeAsDown() throws IOException {
        int up = fakePeer();
        int down = closedPort();
        assertEquals(0, top("--interval", "0.5", "--once", "true", "peer0=" + up, "peer1=" + down), err.toString());
        String screen = out.toString(StandardCharsets.UTF_8);
        assertEquals(2, scrapes.get(), "two polls: " + screen);
        assertFalse(screen.contains("\033["), "no ANSI when not on a terminal");
        Matcher row = Pattern.compile("\npeer0 +loopchain_default +leader +up +12 +2000 +([0-9.]+) +3 +0 +peer0 +1 +4 +9\n")
                .matcher(screen);
        assertTrue(row.find(), screen);
        double rate = Double.parseDouble(row.group(1));
        assertTrue(rate > 0 && rate <= 2000 + 1, "1000 tx in about 0.5 s: " + rate);
        assertTrue(screen.matches("(?s).*\npeer1 +- +- +down( +-)+\n.*"), screen);
        assertTrue(screen.contains("1 of 2 nodes up"), screen);
        assertTrue(screen.contains("peer1: nothing listens on 127.0.0.1:" + down), screen);
    }

    @Test
    void aPeerThatAnswersSomethingElseThanMetricsIsNotACrash() throws IOException {
        int port = fakePeer();
        peer.removeContext("/api/v1/metrics");
        peer.createContext("/api/v1/metrics", ex -> reply(ex, 200, "<html>hello</html>\n"));
        assertEquals(0, top("--interval", "0.1", "--once", "true", "peer0=" + port));
        String screen = out.toString(StandardCharsets.UTF_8);
        assertTrue(screen.contains("peer0: metrics line 1:"), screen);
        assertTrue(screen.contains("1 of 1 nodes up"), screen);
    }

    @Test
    void aNodeThatAnswersWithoutMetricsIsUpWithTheAnswerNoted() throws IOException {
        int port = fakePeer();
        peer.removeContext("/api/v1/metrics");
        assertEquals(0, top("--interval", "0.1", "--once", "true", "peer0=" + port));
        String screen = out.toString(StandardCharsets.UTF_8);
        assertTrue(screen.matches("(?s).*\npeer0 +- +- +up( +-)+\n.*"), screen);
        assertTrue(screen.contains("peer0: /api/v1/metrics answered HTTP 404"), screen);
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertEquals(2, top("--once", "true"));
        assertTrue(err.toString().contains("no nodes given"), err.toString());
        assertEquals(2, top("--interval", "0", "--once", "true", "peer0=9000"));
        assertEquals(2, top("--once", "true", "peer0"));
        assertEquals(2, top("--once", "true", "peer0=99999"));
    }
}
