package org.loopchain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.loopchain.core.block.BlockHashes;
import org.loopchain.core.block.MerkleTree;
import org.loopchain.core.crypto.Hex;
import org.loopchain.core.crypto.PeerKey;

/**
 * The real EAR in a real Payara Server domain, with the real Artemis broker and Derby, started and
 * stopped by {@code ./loopchain} once for the whole class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeerEndToEndIT {

    private final Launcher launcher = new Launcher();
    private final Rest rest = new Rest(Launcher.REST_PORT);

    @BeforeAll
    void up() {
        launcher.run("up");
    }

    @AfterAll
    void down() {
        launcher.run("down");
    }

    @Test
    void aThousandTransactionsAllLandInVerifiableBlocksWithResultCodeZero() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<String>> acks = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String body = "{\"data\": \"e2e-" + i + "\", \"n\": " + i + "}";
            acks.add(clients.submit(() -> submit(body)));
        }
        List<String> hashes = new ArrayList<>();
        for (Future<String> ack : acks) {
            hashes.add(ack.get(2, TimeUnit.MINUTES));
        }
        clients.shutdown();
        assertEquals(1000, Set.copyOf(hashes).size());

        awaitAllCommitted(hashes);
        Map<Long, List<String>> txsByHeight = verifiedChain();
        Set<String> inBlocks = ConcurrentHashMap.newKeySet();
        txsByHeight.values().forEach(inBlocks::addAll);
        assertTrue(inBlocks.containsAll(hashes), "every acknowledged transaction is in a block");

        Rest.Reply tx = rest.get("transactions?hash=" + hashes.get(7));
        assertEquals(200, tx.status());
        assertEquals("e2e-7", ((Map<?, ?>) tx.get("data")).get("data"));
        assertTrue(PeerKey.verifyDigest((String) tx.get("public_key"), Hex.decode(hashes.get(7)),
                (String) tx.get("signature")), "the peer's signature over the tx hash verifies");
    }

    @Test
    void badInputIsAnsweredWithAClearCodeAndStoresNothing() {
        long before = storedTxCount();
        String ok = "a".repeat(64);
        assertRejected(rest.post("transactions", "{\"data\": "), 400, "-6");
        assertRejected(rest.post("transactions", "[1, 2, 3]"), 400, "-6");
        assertRejected(rest.post("transactions", "\"just a string\""), 400, "-6");
        assertRejected(rest.post("transactions", ""), 400, "-6");
        assertRejected(rest.post("transactions", "{\"data\": \"" + "x".repeat(300_000) + "\"}"), 413, "-6");
        assertRejected(rest.post("transactions?channel=no_such_channel", "{\"data\": 1}"), 404, "-20");
        assertRejected(rest.post("transactions", "{\"channel\": 5}"), 400, "-6");
        assertRejected(rest.get("transactions?hash=xyz"), 400, "-6");
        assertRejected(rest.get("transactions?hash=" + ok), 404, "-1");
        assertRejected(rest.get("transactions/result?hash=" + ok + "0"), 400, "-6");
        assertRejected(rest.get("transactions/result?hash=" + ok), 404, "-1");
        assertRejected(rest.get("blocks?hash=" + ok), 404, "-4");
        assertRejected(rest.get("blocks?hash=not-a-hash"), 400, "-6");
        assertRejected(rest.get("blocks?height=99999999"), 404, "-4");
        assertRejected(rest.get("blocks?height=-1"), 400, "-6");
        assertRejected(rest.get("blocks?height=abc"), 400, "-6");
        assertRejected(rest.get("blocks?channel=no_such_channel"), 404, "-20");
        assertRejected(rest.get("status/peer?channel=no_such_channel"), 404, "-20");
        assertRejected(rest.get("no/such/path"), 404, "-1");
        assertEquals(before, storedTxCount(), "no bad request stored anything");
    }

    @Test
    void aPeerKilledWhileTransactionsFlowComesBackWithAnIntactChainAndLosesNothingAcknowledged() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean flowing = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            int client = c;
            clients.submit(() -> {
                for (int i = 0; flowing.get(); i++) {
                    try {
                        acknowledged.add(submit("{\"crash\": \"c" + client + "-" + i + "\"}"));
                    } catch (RuntimeException | AssertionError e) {
                        return; // the server went away: what it acknowledged so far is what counts
                    }
                }
            });
        }
        while (acknowledged.size() < 400) {
            Thread.sleep(20);
        }
        Map<Long, String> chainBefore = blockHashes();
        launcher.killHard("peer0");
        flowing.set(false);
        clients.shutdown();
        assertTrue(clients.awaitTermination(2, TimeUnit.MINUTES));

        launcher.run("up");
        Map<Long, String> chainAfter = blockHashes();
        chainBefore.forEach((h, hash) -> assertEquals(hash, chainAfter.get(h), "block at height " + h));
        awaitAllCommitted(new ArrayList<>(acknowledged));
        verifiedChain();
    }

    private String submit(String body) {
        Rest.Reply r = rest.post("transactions", body);
        if (r.status() != 200 || !"0".equals(r.get("response_code"))) {
            throw new AssertionError("submit answered " + r.status() + " " + r.body());
        }
        return (String) r.get("tx_hash");
    }

    private void awaitAllCommitted(List<String> hashes) throws InterruptedException {
        List<String> waiting = new ArrayList<>(hashes);
        for (int round = 0; round < 600 && !waiting.isEmpty(); round++) {
            waiting.removeIf(h -> {
                Rest.Reply r = rest.get("transactions/result?hash=" + h);
                assertTrue(r.status() == 200, "result of " + h + ": " + r.body());
                return "0".equals(r.get("response_code"));
            });
            if (!waiting.isEmpty()) {
                Thread.sleep(200);
            }
        }
        assertEquals(List.of(), waiting, "transactions still not committed after 2 minutes");
    }

    /** Walks the chain from genesis, recomputing every merkle root and block hash and the links. */
    private Map<Long, List<String>> verifiedChain() {
        Map<Long, List<String>> txs = new LinkedHashMap<>();
        long last = Long.parseLong((String) blockData(rest.get("blocks")).get("height"));
        String prev = "";
        for (long h = 0; h <= last; h++) {
            Rest.Reply r = rest.get("blocks?height=" + h);
            assertEquals(200, r.status(), r.body());
            Map<?, ?> data = blockData(r);
            List<String> hashes = new ArrayList<>();
            if (r.get("tx_data_json") instanceof List<?> list) {
                list.forEach(t -> hashes.add((String) ((Map<?, ?>) t).get("tx_hash")));
            }
            assertEquals(prev, data.get("prev_block_hash"), "link at height " + h);
            assertEquals(MerkleTree.root(hashes), data.get("merkle_tree_root_hash"), "merkle root at height " + h);
            String hash = BlockHashes.hash(prev, MerkleTree.root(hashes), Long.parseLong((String) data.get("time_stamp")));
            assertEquals(hash, r.get("block_hash"), "block hash at height " + h);
            txs.put(h, hashes);
            prev = hash;
        }
        return txs;
    }

    private Map<Long, String> blockHashes() {
        Map<Long, String> hashes = new LinkedHashMap<>();
        long last = Long.parseLong((String) blockData(rest.get("blocks")).get("height"));
        for (long h = 0; h <= last; h++) {
            hashes.put(h, (String) rest.get("blocks?height=" + h).get("block_hash"));
        }
        return Collections.unmodifiableMap(hashes);
    }

    private static Map<?, ?> blockData(Rest.Reply r) {
        return (Map<?, ?>) r.get("block_data_json");
    }

    private long storedTxCount() {
        Map<String, Object> s = rest.get("status/peer").json();
        return ((Number) s.get("total_tx")).longValue() + ((Number) s.get("pending_tx")).longValue();
    }

    private static void assertRejected(Rest.Reply r, int status, String code) {
        assertEquals(status, r.status(), r.body());
        assertEquals(code, String.valueOf(r.get("response_code")), r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), "no stack trace: " + r.body());
    }
}
