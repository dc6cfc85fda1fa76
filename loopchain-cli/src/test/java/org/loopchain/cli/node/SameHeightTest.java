package org.loopchain.cli.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SameHeightTest {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final Map<String, String> peers = new LinkedHashMap<>(Map.of("peer0", "http://127.0.0.4:9000"));

    SameHeightTest() {
        peers.put("peer1", "http://127.0.0.5:9100");
    }

    @Test
    void aChainAtHeightZeroGetsOneTransactionThenAgrees() throws InterruptedException {
        AtomicInteger posted = new AtomicInteger();
        SameHeight wait = new SameHeight(peers, port -> new PeerStatus(posted.get(), posted.get() == 0 ? "" : "abc", "validator", ""),
                port -> {
                    assertEquals("http://127.0.0.4:9000", port, "the first peer gets the transaction");
                    posted.incrementAndGet();
                    return "0xtx";
                });
        assertTrue(wait.await(5000, 1, new PrintStream(out, true), new PrintStream(err, true)));
        assertEquals(1, posted.get());
        assertTrue(out.toString().contains("all 2 peers at height 1"), out.toString());
    }

    @Test
    void peersOnDifferentHashesNeverAgree() throws InterruptedException {
        SameHeight wait = new SameHeight(peers, port -> new PeerStatus(3, "h" + port, "validator", ""), port -> "x");
        assertFalse(wait.await(20, 1, new PrintStream(out, true), new PrintStream(err, true)));
        assertTrue(err.toString().contains("did not reach one block height"), err.toString());
    }

    @Test
    void aPeerThatRefusesItsChannelEndsTheWaitAtOnceNamingWhy() throws InterruptedException {
        AtomicInteger polls = new AtomicInteger();
        SameHeight wait = new SameHeight(peers, port -> {
            polls.incrementAndGet();
            return port.equals("http://127.0.0.4:9000")
                    ? PeerStatus.of(Map.of("block_height", 1, "block_hash", "ab", "role", "refused: the stored chain began with other validators"))
                    : PeerStatus.of(Map.of("block_height", 0, "block_hash", "cd", "role", "validator"));
        }, port -> "x");
        assertFalse(wait.await(60_000, 1, new PrintStream(out, true), new PrintStream(err, true)));
        assertEquals(2, polls.get(), "one round of polls, not a minute of them");
        assertTrue(err.toString().contains("a peer refuses its channel"), err.toString());
        assertTrue(err.toString().contains("role refused: the stored chain began with other validators"), err.toString());
        assertTrue(err.toString().contains("peer1    http://127.0.0.5:9100/api/v1/status/peer"), "each peer at its own address: " + err);
    }

    @Test
    void aFailedDeployReportIsReadFromItsFirstObject() {
        assertFalse(Deployer.Report.of("{\"exit_code\": \"FAILURE\", \"name\": \"no\"}\nat x.y").success());
        assertTrue(Deployer.Report.of("{\"exit_code\": \"SUCCESS\"}").success());
        assertFalse(Deployer.Report.of("<html>503</html>").success());
    }
}
