package org.loopchain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.loopchain.it.E2e.assertRejected;
import static org.loopchain.it.E2e.storedTxCount;
import static org.loopchain.it.E2e.submit;

import jakarta.jms.JMSSecurityRuntimeException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
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
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.loopchain.consensus.ConsensusCodec;
import org.loopchain.consensus.MessageSigner;
import org.loopchain.consensus.SignedMessage;
import org.loopchain.consensus.Vote;
import org.loopchain.core.block.BlockHashes;
import org.loopchain.core.block.MerkleTree;
import org.loopchain.core.crypto.Hex;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.crypto.PeerKeyFile;
import org.loopchain.core.json.Json;
import org.loopchain.pki.CertificateAuthority;
import org.loopchain.pki.CertificateAuthority.Issued;
import org.loopchain.pki.KeyCurve;
import org.loopchain.pki.Pem;
import org.loopchain.pki.Role;
import org.loopchain.radiostation.JoinRequest;

/**
 * The real EAR in real Payara Server domains — a Radio Station and four peers — with the real
 * Artemis broker and Derby, started by {@code ./loopchain up} ({@link SharedNetwork}: the first class
 * on it). Every test leaves the network whole again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedNetwork.class)
@Order(SharedNetwork.FIRST_ORDER)
class NetworkEndToEndIT {

    private final List<Rest> peers = new ArrayList<>();
    private Launcher launcher;

    @BeforeAll
    void up(Launcher network) {
        launcher = network;
        for (int i = 0; i < Launcher.PEERS; i++) {
            peers.add(new Rest(Launcher.restPort(i)));
        }
    }

    @Test
    void aThousandTransactionsSpreadOverThePeersLandInOneVerifiedChainOnEveryPeer() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<String>> acks = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Rest peer = peers.get(i % peers.size());
            String body = "{\"data\": \"e2e-" + i + "\", \"n\": " + i + "}";
            acks.add(clients.submit(() -> submit(peer, body)));
        }
        List<String> hashes = new ArrayList<>();
        for (Future<String> ack : acks) {
            hashes.add(ack.get(2, TimeUnit.MINUTES));
        }
        clients.shutdown();
        assertEquals(1000, Set.copyOf(hashes).size());

        for (Rest peer : peers) {
            awaitAllCommitted(peer, hashes);
        }
        Map<Long, List<String>> chain = verifiedChain(peers.get(0));
        Set<String> inBlocks = ConcurrentHashMap.newKeySet();
        chain.values().forEach(inBlocks::addAll);
        assertTrue(inBlocks.containsAll(hashes), "every acknowledged transaction is in a block");
        assertSameChainEverywhere();
        Finality finality = new Finality(new Rest(Launcher.RS_REST_PORT));
        for (long h = 1; h < chain.size(); h++) {
            finality.assertFinal(peers.get((int) h % peers.size()), h);
        }

        Rest.Reply tx = peers.get(2).get("transactions?hash=" + hashes.get(7));
        assertEquals(200, tx.status(), tx.body());
        assertEquals("e2e-7", ((Map<?, ?>) tx.get("data")).get("data"));
        assertTrue(PeerKey.verifyDigest((String) tx.get("public_key"), Hex.decode(hashes.get(7)),
                (String) tx.get("signature")), "the receiving peer's signature over the tx hash verifies");
    }

    @Test
    void twoChannelsKeepTheirChainsApartAndTheAuditPeerHoldsItsChannelWithoutVoting() throws Exception {
        String kofia = "kofia_1";
        Rest audit = peers.get(3);
        Rest.Reply sent = peers.get(0).post("transactions?channel=" + kofia, "{\"data\": \"kofia only\"}");
        assertEquals(200, sent.status(), sent.body());
        String kofiaTx = (String) sent.get("tx_hash");
        String defaultTx = submit(peers.get(1), "{\"data\": \"default only\"}");
        for (Rest peer : peers) {
            awaitAllCommitted(peer, List.of(kofiaTx), kofia);
            awaitAllCommitted(peer, List.of(defaultTx), "loopchain_default");
            assertRejected(peer.get("transactions?hash=" + kofiaTx), 404, "-1");
            assertRejected(peer.get("transactions?hash=" + defaultTx + "&channel=" + kofia), 404, "-1");
        }

        Map<String, Object> status = audit.get("status/peer?channel=" + kofia).json();
        assertEquals("audit", status.get("role"), status.toString());
        Object defaultRole = audit.get("status/peer").get("role");
        assertTrue(List.of("validator", "leader").contains(defaultRole), "peer3 validates the default channel (it may lead"
                + " the current round): " + defaultRole);
        long stored = ((Number) status.get("total_tx")).longValue() + ((Number) status.get("pending_tx")).longValue();
        assertRejected(audit.post("transactions?channel=" + kofia, "{\"data\": \"to the auditor\"}"), 403, "-28");
        Map<String, Object> after = audit.get("status/peer?channel=" + kofia).json();
        assertEquals(stored, ((Number) after.get("total_tx")).longValue() + ((Number) after.get("pending_tx")).longValue(),
                "the audit peer stored nothing");

        String auditId = (String) status.get("peer_id");
        Finality finality = new Finality(new Rest(Launcher.RS_REST_PORT), kofia);
        long height = ((Number) status.get("block_height")).longValue();
        for (long h = 1; h <= height; h++) {
            finality.assertFinal(audit, h, kofia);
            List<?> votes = (List<?>) ((Map<?, ?>) audit.get("blocks?height=" + h + "&channel=" + kofia).get("commit_certificate"))
                    .get("votes");
            assertTrue(votes.stream().noneMatch(v -> auditId.equals(((Map<?, ?>) v).get("peer_id"))),
                    "the audit peer never votes (height " + h + ")");
        }
    }

    @Test
    void everyPeersLogRecordsReachTheCollectorAndLogsShowsThemMergedInTimeOrder() throws Exception {
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            hashes.add(submit(peers.get(i % peers.size()), "{\"data\": \"logs-" + i + "\"}"));
        }
        for (Rest peer : peers) {
            awaitAllCommitted(peer, hashes);
        }
        Rest rs = new Rest(Launcher.RS_REST_PORT);
        // every peer logs an INFO line per block it commits: "channel C: committed height N round R, ..."
        for (int i = 0; i < Launcher.PEERS; i++) {
            String node = "peer" + i;
            List<Map<?, ?>> commits = awaitLogRecords(rs, "logs?node=" + node + "&grep=committed%20height&level=INFO&limit=20");
            Map<?, ?> last = commits.get(commits.size() - 1);
            assertEquals(node, last.get("node"), last.toString());
            assertEquals("INFO", last.get("level"));
            assertTrue(last.get("channel") instanceof String && last.get("height") instanceof Number && last.get("round") instanceof Number,
                    "channel, height and round are read from the message: " + last);
            assertEquals(commits.size(), awaitLogRecords(rs, "logs?node=" + last.get("node_id") + "&grep=COMMITTED%20HEIGHT&limit=20").size(),
                    "a node is found by its peer id too, and grep ignores case");
        }
        Map<?, ?> all = (Map<?, ?>) rs.get("logs?limit=1000&since=1h").get("data");
        List<?> records = (List<?>) all.get("records");
        Set<Object> nodes = new HashSet<>();
        long previous = Long.MIN_VALUE;
        for (Object o : records) {
            Map<?, ?> r = (Map<?, ?>) o;
            long time = ((Number) r.get("time")).longValue();
            assertTrue(time >= previous, "merged in time order, newest last");
            previous = time;
            nodes.add(r.get("node"));
        }
        assertTrue(nodes.containsAll(List.of("peer0", "peer1", "peer2", "peer3")), "records of every peer: " + nodes);
        assertTrue(((List<?>) ((Map<?, ?>) rs.get("logs?level=SEVERE&limit=1000").get("data")).get("records")).stream()
                .allMatch(r -> "SEVERE".equals(((Map<?, ?>) r).get("level"))), "the level filter keeps that level and above");

        assertRejected(rs.get("logs?level=LOUD"), 400, "-6");
        assertRejected(rs.get("logs?since=soon"), 400, "-6");
        assertRejected(rs.get("logs?limit=0"), 400, "-6");
        assertRejected(rs.get("logs?nod=peer0"), 400, "-6");
        assertEquals(404, peers.get(0).get("logs").status(), "only the Radio Station collects");

        String printed = launcher.output("logs", "--node", "peer2", "--grep", "committed height", "--limit", "5");
        List<String> lines = printed.lines().toList();
        assertFalse(lines.isEmpty(), "./loopchain logs printed nothing");
        assertTrue(lines.size() <= 5, printed);
        for (String line : lines) {
            assertTrue(line.contains(" peer2 ") && line.contains(" INFO ") && line.contains("committed height")
                    && line.contains(" ChannelChain "), line);
        }
        String merged = launcher.output("logs", "--since", "1h", "--limit", "1000");
        for (int i = 0; i < Launcher.PEERS; i++) {
            assertTrue(merged.contains(" peer" + i + " "), "peer" + i + " in ./loopchain logs");
        }
    }

    /** The records of a query to the Radio Station's collector, once it has some (shipping runs every second). */
    private static List<Map<?, ?>> awaitLogRecords(Rest rs, String query) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            Rest.Reply r = rs.get(query);
            assertEquals(200, r.status(), r.body());
            List<?> records = (List<?>) ((Map<?, ?>) r.get("data")).get("records");
            if (!records.isEmpty()) {
                return records.stream().<Map<?, ?>>map(o -> (Map<?, ?>) o).toList();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no collected records for " + query + " within 30 s");
    }

    @Test
    void badInputIsAnsweredWithAClearCodeAndStoresNothing() {
        Rest rest = peers.get(1);
        long before = storedTxCount(rest);
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
        assertEquals(before, storedTxCount(rest), "no bad request stored anything");
    }

    @Test
    void theRadioStationAdmitsOnlyValidatorsCertifiedByTheNetworksCas() throws Exception {
        Rest rs = new Rest(Launcher.RS_REST_PORT);
        int before = registeredPeers(rs);
        String channel = (String) peers.get(0).get("status/peer").get("channel");
        PeerKey key = PeerKey.generate(new SecureRandom());
        long now = System.currentTimeMillis() * 1000;
        // peer3's place, without a certificate, with one of another network's CA, and with peer3's own chain
        JoinRequest bare = JoinRequest.signed(channel, "intruder", "127.0.0.1:" + (Launcher.PORT_PEER + 300),
                "http://127.0.0.1:1", now, key);
        assertRejected(rs.post("peer/join", Json.pyDumps(bare.toJson())), 403, "-16");
        CertificateAuthority foreignRoot = CertificateAuthority.createRoot("loopchain", KeyCurve.SECP256K1,
                CertificateAuthority.ROOT_VALIDITY, Clock.systemUTC(), new SecureRandom());
        Issued foreignOrg = foreignRoot.issueOrganisation("demo", KeyCurve.SECP256K1, CertificateAuthority.ORG_VALIDITY);
        CertificateAuthority foreign = new CertificateAuthority(foreignOrg.certificate(), foreignOrg.keyPair().getPrivate(),
                Clock.systemUTC(), new SecureRandom());
        Issued fake = foreign.issueMember("peer3", Role.VALIDATOR, KeyCurve.SECP256K1, CertificateAuthority.NODE_VALIDITY);
        PeerKey fakeKey = PeerKey.fromPkcs8(fake.keyPair().getPrivate().getEncoded());
        String fakeChain = Pem.certificate(fake.certificate()) + Pem.certificate(foreign.certificate());
        Rest.Reply refused = rs.post("peer/join", Json.pyDumps(JoinRequest.signed(channel, "intruder",
                "127.0.0.1:" + (Launcher.PORT_PEER + 300), "http://127.0.0.1:1", now + 1, fakeChain, fakeKey).toJson()));
        assertRejected(refused, 403, "-16");
        assertTrue(String.valueOf(refused.get("message")).startsWith("UNKNOWN_ISSUER"), refused.body());
        String peer3Chain = Files.readString(launcher.work().resolve("pki/nodes/peer3/chain.pem"));
        refused = rs.post("peer/join", Json.pyDumps(JoinRequest.signed(channel, "intruder",
                "127.0.0.1:" + (Launcher.PORT_PEER + 300), "http://127.0.0.1:1", now + 2, peer3Chain, key).toJson()));
        assertRejected(refused, 403, "-16");
        assertTrue(String.valueOf(refused.get("message")).startsWith("KEY_MISMATCH"), refused.body());
        assertEquals(before, registeredPeers(rs), "nothing stored");
    }

    private static int registeredPeers(Rest rs) {
        Map<?, ?> data = (Map<?, ?>) rs.get("peer/list").get("data");
        return ((Number) data.get("registered_peer_count")).intValue();
    }

    @Test
    void microProfileHealthSaysEachNodeIsLiveStartedAndReady() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int port : List.of(Launcher.restPort(2), Launcher.RS_REST_PORT)) {
            for (String probe : List.of("live", "started", "ready")) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/health/" + probe)).GET().build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), port + " " + probe + ": " + r.body());
                Map<?, ?> health = (Map<?, ?>) Json.parse(r.body());
                assertEquals("UP", health.get("status"), r.body());
                assertFalse(((List<?>) health.get("checks")).isEmpty(), "the node's own checks answer: " + r.body());
            }
        }
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + Launcher.restPort(2) + "/health/ready")).GET().build(), HttpResponse.BodyHandlers.ofString());
        Map<?, ?> data = (Map<?, ?>) ((Map<?, ?>) ((List<?>) ((Map<?, ?>) Json.parse(ready.body())).get("checks")).get(0)).get("data");
        assertEquals(List.of("true", "true"), List.of(String.valueOf(data.get("database")), String.valueOf(data.get("broker"))), ready.body());
        assertTrue(String.valueOf(data.get("channel loopchain_default")).contains("at height"), ready.body());
    }

    @Test
    void pathsOutsideTheApiAnswerJsonNamingNoServerAndQueriesAreDecodedAsUtf8() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String root = "http://127.0.0.1:" + Launcher.restPort(1);
        for (HttpRequest request : List.of(
                HttpRequest.newBuilder(URI.create(root + "/api/v4")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpRequest.newBuilder(URI.create(root + "/no/such/page.html")).GET().build(),
                HttpRequest.newBuilder(URI.create(root + "/api/v1/blocks")).DELETE().build())) {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() == 404 || r.statusCode() == 405, request + ": " + r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), request + ": " + r.headers());
            assertEquals("-1", String.valueOf(((Map<?, ?>) Json.parse(r.body())).get("response_code")), r.body());
            String everything = r.headers().map() + r.body();
            assertFalse(everything.contains("Payara") || everything.contains("Servlet/"), "no server named: " + everything);
        }
        Rest.Reply unicode = peers.get(1).get("blocks?channel=%C3%A9t%C3%A9");
        assertRejected(unicode, 404, "-20");
        assertTrue(((String) unicode.get("message")).endsWith("été"), unicode.body());
    }

    @Test
    void theLeaderKilledWhileTransactionsFlowIsReplacedAndComesBackWithTheSameChain() throws Exception {
        int leader = leaderIndex();
        String leaderId = (String) peers.get(leader).get("status/peer").get("peer_id");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean flowing = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(peers.size());
        for (int c = 0; c < peers.size(); c++) {
            Rest peer = peers.get(c);
            int client = c;
            clients.submit(() -> {
                for (int i = 0; flowing.get(); i++) {
                    try {
                        acknowledged.add(submit(peer, "{\"crash\": \"c" + client + "-" + i + "\"}"));
                    } catch (RuntimeException | AssertionError e) {
                        if (peer == peers.get(leader)) {
                            return; // the killed leader: what it acknowledged so far is what counts
                        }
                    }
                }
            });
        }
        awaitSize(acknowledged, 200);
        launcher.killHard("peer" + leader);
        Rest survivor = peers.get((leader + 1) % peers.size());
        long heightAtKill = height(survivor);
        awaitHeight(survivor, heightAtKill + 3); // H+1 may still be the dead leader's proposal; H+3 cannot
        flowing.set(false);
        clients.shutdown();
        assertTrue(clients.awaitTermination(2, TimeUnit.MINUTES));
        assertNotEquals(leaderId, survivor.get("status/peer").get("leader"), "the survivors name another leader");
        assertNotEquals(leaderId, blockData(survivor.get("blocks?height=" + (heightAtKill + 3))).get("peer_id"),
                "a block after the kill was made by another leader");

        launcher.run("up");
        awaitSameHeight();
        for (Rest peer : peers) {
            awaitAllCommitted(peer, new ArrayList<>(acknowledged));
        }
        assertSameChainEverywhere();
        verifiedChain(peers.get(leader));
    }

    @Test
    void garbageAndForgeriesOnTheTopicsAreDroppedCountedAndTheChannelGoesOn() throws Exception {
        String channel = "loopchain_default";
        PeerKey intruder = PeerKey.generate(new SecureRandom());
        String peer1Id = (String) peers.get(1).get("status/peer").get("peer_id");
        long height = height(peers.get(0));
        ConsensusCodec codec = new ConsensusCodec(1 << 20);
        try (var factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + Launcher.BROKER_PORT)) {
            assertThrows(JMSSecurityRuntimeException.class, () -> factory.createContext().close(),
                    "the broker refuses a client without a login");
        }
        // the garbage comes from a member of the channel: peer0's broker login
        String password = Files.readString(launcher.conf("peer0.broker-password")).strip();
        try (var factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + Launcher.BROKER_PORT);
                var jms = factory.createContext("peer0", password)) {
            var consensus = jms.createTopic("loopchain." + channel + ".consensus");
            jms.createProducer().setProperty("kind", "consensus").setProperty("channel", channel)
                    .send(consensus, "this is not a consensus message");
            // a vote claiming to come from peer1, signed with another key; and one from a stranger
            jms.createProducer().setProperty("kind", "consensus").setProperty("channel", channel).send(consensus,
                    codec.encode(SignedMessage.sign(Vote.prevote(channel, height + 1, 0, "a".repeat(64)),
                            MessageSigner.of(peer1Id, intruder))));
            jms.createProducer().setProperty("kind", "consensus").setProperty("channel", channel).send(consensus,
                    codec.encode(SignedMessage.sign(Vote.precommit(channel, height + 1, 0, "b".repeat(64)),
                            MessageSigner.of("stranger", intruder))));
            jms.createProducer().setProperty("kind", "tx").setProperty("channel", channel)
                    .send(jms.createTopic("loopchain." + channel + ".tx"), "[{\"not\": \"a transaction\"}]");
            // peer0's own key used as a byzantine validator would: two different prevotes for one round
            PeerKey peer0Key = PeerKeyFile.load(launcher.work().resolve("pki/nodes/peer0/node.key"));
            String peer0Id = (String) peers.get(0).get("status/peer").get("peer_id");
            for (String hash : List.of("c".repeat(64), "d".repeat(64))) {
                jms.createProducer().setProperty("kind", "consensus").setProperty("channel", channel).send(consensus,
                        codec.encode(SignedMessage.sign(Vote.prevote(channel, height + 1, 1, hash),
                                MessageSigner.of(peer0Id, peer0Key))));
            }
        }
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            hashes.add(submit(peers.get(i % peers.size()), "{\"after_garbage\": " + i + "}"));
        }
        for (Rest peer : peers) {
            awaitAllCommitted(peer, hashes);
        }
        assertSameChainEverywhere();
        Map<?, ?> dropped = (Map<?, ?>) peers.get(2).get("status/peer").get("dropped_messages");
        assertTrue(dropped.containsKey("undecodable"), "garbage counted: " + dropped);
        assertTrue(dropped.containsKey("bad-signature") && dropped.containsKey("not-a-validator"),
                "forgeries counted: " + dropped);
        List<?> evidence = (List<?>) peers.get(2).get("status/evidence").get("equivocations");
        assertEquals(1, evidence.size(), "the equivocation is stored as evidence: " + evidence);
        Map<?, ?> e = (Map<?, ?>) evidence.get(0);
        assertEquals(List.of(peers.get(0).get("status/peer").get("peer_id"), "PREVOTE"), List.of(e.get("peer_id"), e.get("type")));
        assertRejected(peers.get(2).get("status/evidence?channel=no_such_channel"), 404, "-20");
    }

    @Test
    void theRadioStationsProxyIsOneEndpointForEveryPeerAndAKilledPeerCostsNoAcknowledgedTransaction() throws Exception {
        Rest rs = new Rest(Launcher.RS_REST_PORT);
        String peer1Id = (String) peers.get(1).get("status/peer").get("peer_id");
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            hashes.add(submit(rs, "proxy/transactions", "{\"via_proxy\": " + i + "}"));
        }
        String kofiaTx = submit(rs, "proxy/transactions?channel=kofia_1", "{\"via_proxy\": \"kofia\"}");
        for (int i = 0; i < 4; i++) { // round robin over kofia_1's validators: never its audit peer (-28)
            submit(rs, "proxy/transactions", "{\"channel\": \"kofia_1\", \"via_proxy\": " + i + "}");
        }
        awaitAllCommitted(peers.get(1), hashes);
        awaitAllCommitted(peers.get(1), List.of(kofiaTx), "kofia_1");

        String viaPeer1 = "proxy/" + peer1Id + "/";
        assertEquals("0", rs.get(viaPeer1 + "transactions/result?hash=" + hashes.get(3)).get("response_code"));
        Rest.Reply tx = rs.get(viaPeer1 + "transactions?hash=" + hashes.get(3));
        assertEquals(200, tx.status(), tx.body());
        assertEquals(3L, ((Number) ((Map<?, ?>) tx.get("data")).get("via_proxy")).longValue());
        assertEquals(peers.get(1).get("blocks?height=1").body(), rs.get(viaPeer1 + "blocks?height=1").body(),
                "the peer's answer comes back unchanged");
        assertEquals("0", rs.get("proxy/transactions/result?hash=" + hashes.get(5)).get("response_code"));
        assertRejected(rs.get(viaPeer1 + "transactions?hash=" + "a".repeat(64)), 404, "-1"); // the peer's own refusal

        long before = storedTxCount(peers.get(1));
        assertRejected(rs.get("proxy/no-such-peer/status/peer"), 404, "-800");
        assertRejected(rs.post("proxy/no-such-peer/transactions", "{\"data\": 1}"), 404, "-800");
        assertRejected(rs.get(viaPeer1 + ".hidden"), 400, "-6");
        assertRejected(rs.get(viaPeer1 + "status:peer"), 400, "-6");
        assertRejected(rs.post("proxy/transactions", "{\"data\": \"" + "x".repeat(300_000) + "\"}"), 413, "-6");
        assertRejected(rs.post("proxy/transactions?channel=no_such_channel", "{\"data\": 1}"), 404, "-20");
        byte[] body = "{\"data\": \"hop\"}".getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer abuse = RawHttp.exchange(Launcher.RS_REST_PORT, RawHttp.request("POST",
                "/api/v1/proxy/transactions".getBytes(StandardCharsets.US_ASCII), Map.of("Connection", "Content-Type",
                        "Content-Type", "application/json", "Content-Length", String.valueOf(body.length)), body));
        assertEquals(400, abuse.status(), abuse.text());
        assertEquals("-6", String.valueOf(((Map<?, ?>) Json.parse(abuse.text())).get("response_code")), abuse.text());
        assertEquals(before, storedTxCount(peers.get(1)), "no refused request reached a peer");

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        String peer2Id = (String) peers.get(2).get("status/peer").get("peer_id");
        launcher.killHard("peer2");
        assertRejected(rs.get("proxy/" + peer2Id + "/status/peer"), 502, "-29");
        for (int i = 0; i < 20; i++) { // the Radio Station still lists peer2 online for a few heartbeats
            acknowledged.add(submit(rs, "proxy/transactions", "{\"peer2_killed\": " + i + "}"));
        }
        launcher.run("up");
        awaitSameHeight();
        for (Rest peer : peers) {
            awaitAllCommitted(peer, new ArrayList<>(acknowledged));
        }
        assertSameChainEverywhere();
    }

    @Test
    void theNetworkResumesByItselfAfterTheBrokerRestarts() throws Exception {
        launcher.run("broker", "restart");
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            hashes.add(submit(peers.get(i % peers.size()), "{\"after_broker_restart\": " + i + "}"));
        }
        for (Rest peer : peers) {
            awaitAllCommitted(peer, hashes);
        }
        assertSameChainEverywhere();
    }

    // ---------------------------------------------------------------------------------------------

    private static void awaitAllCommitted(Rest peer, List<String> hashes) throws InterruptedException {
        awaitAllCommitted(peer, hashes, "loopchain_default");
    }

    private static void awaitAllCommitted(Rest peer, List<String> hashes, String channel) throws InterruptedException {
        List<String> waiting = new ArrayList<>(hashes);
        for (int round = 0; round < 900 && !waiting.isEmpty(); round++) {
            waiting.removeIf(h -> "0".equals(peer.get("transactions/result?hash=" + h + "&channel=" + channel).get("response_code")));
            if (!waiting.isEmpty()) {
                Thread.sleep(200);
            }
        }
        assertEquals(List.of(), waiting, "transactions still not committed after 3 minutes");
    }

    private void assertSameChainEverywhere() throws InterruptedException {
        awaitSameHeight();
        Map<Long, String> reference = blockHashes(peers.get(0));
        for (Rest peer : peers) {
            assertEquals(reference, blockHashes(peer), "every peer holds the same chain");
        }
    }

    private void awaitSameHeight() throws InterruptedException {
        for (int i = 0; i < 900; i++) {
            Set<String> heads = ConcurrentHashMap.newKeySet();
            for (Rest peer : peers) {
                Rest.Reply r = peer.get("blocks");
                heads.add(r.status() == 200 ? (String) r.get("block_hash") : "down");
            }
            if (heads.size() == 1 && !heads.contains("down")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the peers did not reach the same head within 3 minutes");
    }

    private static void awaitHeight(Rest peer, long height) throws InterruptedException {
        for (int i = 0; i < 900 && height(peer) < height; i++) {
            Thread.sleep(200);
        }
        assertTrue(height(peer) >= height, "height " + height + " not reached");
    }

    private static void awaitSize(Set<String> set, int size) throws InterruptedException {
        for (int i = 0; i < 1200 && set.size() < size; i++) {
            Thread.sleep(50);
        }
        assertTrue(set.size() >= size, "only " + set.size() + " transactions acknowledged");
    }

    private static long height(Rest peer) {
        Rest.Reply r = peer.get("status/peer");
        return r.status() == 200 ? ((Number) r.get("block_height")).longValue() : -1;
    }

    private int leaderIndex() {
        return leaderIndex(peers.get(0));
    }

    /** The index of the peer that {@code asked} names as leader. */
    private int leaderIndex(Rest asked) {
        String leader = (String) asked.get("status/peer").get("leader");
        for (int i = 0; i < peers.size(); i++) {
            Rest.Reply r = peers.get(i).get("status/peer");
            if (r.status() == 200 && leader.equals(r.get("peer_id"))) {
                return i;
            }
        }
        return -1;
    }

    /** Walks the chain from genesis, recomputing every merkle root and block hash and the links. */
    private static Map<Long, List<String>> verifiedChain(Rest rest) {
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

    private static Map<Long, String> blockHashes(Rest rest) {
        Map<Long, String> hashes = new LinkedHashMap<>();
        long last = Long.parseLong((String) blockData(rest.get("blocks")).get("height"));
        for (long h = 0; h <= last; h++) {
            hashes.put(h, (String) rest.get("blocks?height=" + h).get("block_hash"));
        }
        return hashes;
    }

    private static Map<?, ?> blockData(Rest.Reply r) {
        return (Map<?, ?>) r.get("block_data_json");
    }

}
