package org.loopchain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The same EAR on two servers in one channel: peers 0 and 1 (and the Radio Station) on Payara Server,
 * peers 2 and 3 on WildFly ({@code LOOPCHAIN_SERVERS=payara,payara,wildfly,wildfly}), with the real
 * broker and one Derby database per node (EclipseLink writes two, Hibernate two). A transaction sent
 * to a WildFly peer is committed in the same block by all four; the leader killed, the other three go
 * on and the killed one, started again, catches up to the same chain.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WildFlyMixedIT {

    private final Launcher launcher = new Launcher(Launcher.PEERS, "-wildfly",
            Map.of("LOOPCHAIN_SERVERS", "payara,payara,wildfly,wildfly"));
    private final List<Rest> peers = new ArrayList<>();

    @BeforeAll
    void up() {
        launcher.upFresh();
        for (int i = 0; i < Launcher.PEERS; i++) {
            peers.add(new Rest(Launcher.restPort(i)));
        }
    }

    @AfterAll
    void down() {
        launcher.run("down");
    }

    @Test
    @Order(1)
    void peersTwoAndThreeRunOnWildFlyTheOthersOnPayara() throws IOException {
        for (int i = 0; i < Launcher.PEERS; i++) {
            var dir = launcher.work().resolve("domains").resolve("peer" + i);
            boolean wildfly = Files.isRegularFile(dir.resolve("configuration/standalone-full.xml"));
            boolean payara = Files.isRegularFile(dir.resolve("config/domain.xml"));
            assertEquals(i >= 2, wildfly, "peer" + i + " on WildFly");
            assertEquals(i < 2, payara, "peer" + i + " on Payara");
        }
        assertTrue(Files.readString(launcher.work().resolve("domains/peer3/log/server.log")).contains("WildFly"),
                "peer3's log is a WildFly server's");
    }

    @Test
    @Order(2)
    void aTransactionSentToAWildFlyPeerIsCommittedInTheSameBlockByAll() throws InterruptedException {
        String hash = E2e.submit(peers.get(3), "{\"data\": \"sent to wildfly peer3\"}");
        long height = awaitCommitted(peers, hash);
        Object blockHash = blockHash(peers.get(0), height);
        for (Rest peer : peers) {
            assertEquals(blockHash, blockHash(peer, height), "the same block " + height + " on every peer");
        }
        Rest.Reply bad = peers.get(2).post("transactions", "{\"data\": 1");
        E2e.assertRejected(bad, 400, "-6");
    }

    @Test
    @Order(3)
    void theLeaderKilledTheOthersGoOnAndItCatchesUpWhenStartedAgain() throws Exception {
        String leaderId = (String) peers.get(0).get("status/peer").get("leader");
        int leader = -1;
        for (int i = 0; i < peers.size(); i++) {
            if (leaderId.equals(peers.get(i).get("status/peer").get("peer_id"))) {
                leader = i;
            }
        }
        assertTrue(leader >= 0, "some peer is the leader " + leaderId);
        launcher.killHard("peer" + leader);
        List<Rest> survivors = new ArrayList<>(peers);
        survivors.remove(leader);
        String hash = E2e.submit(survivors.get(0), "{\"data\": \"after the leader died\"}");
        long height = awaitCommitted(survivors, hash);
        assertNotEquals(leaderId, survivors.get(0).get("status/peer").get("leader"), "another leader");
        launcher.run("up");
        long caughtUp = awaitCommitted(List.of(peers.get(leader)), hash);
        assertEquals(height, caughtUp);
        assertEquals(blockHash(survivors.get(0), height), blockHash(peers.get(leader), height), "the same chain");
    }

    /** Waits (up to 3 minutes) until every one of PEERS reports HASH committed; its height. */
    private static long awaitCommitted(List<Rest> peers, String hash) throws InterruptedException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        long height = -1;
        for (Rest peer : peers) {
            while (true) {
                Rest.Reply r = peer.get("transactions/result?hash=" + hash);
                Object response = r.status() == 200 ? r.get("response") : null;
                if (response instanceof Map<?, ?> m && m.get("block_height") instanceof Number n) {
                    assertTrue(height < 0 || height == n.longValue(), "one height on every peer");
                    height = n.longValue();
                    break;
                }
                assertTrue(System.nanoTime() < deadline, "tx " + hash + " committed on port " + peer + " within 3 minutes");
                Thread.sleep(250);
            }
        }
        return height;
    }

    private static Object blockHash(Rest peer, long height) {
        return peer.get("blocks?height=" + height).get("block_hash");
    }
}
