package org.loopchain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.crypto.PeerKeyFile;
import org.loopchain.core.json.Json;
import org.loopchain.radiostation.JoinRequest;

/**
 * The same EAR on two servers in one channel: peers 0 and 1 (and the Radio Station) on Payara Server,
 * peers 2 and 3 on WildFly ({@code LOOPCHAIN_SERVERS=payara,payara,wildfly,wildfly}), with the real
 * broker and one Derby database per node (EclipseLink writes two, Hibernate two). Each part listens on
 * an address of its own, none on 127.0.0.1: the broker, the Radio Station and each peer, the WildFly
 * ones included. A transaction sent to a WildFly peer is committed in the same block by all four; the
 * leader killed, the other three go on and the killed one, started again, catches up to the same chain.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WildFlyMixedIT {

    private static final String KOFIA = "kofia_1";
    private static final String BROKER_HOST = "127.0.0.12";
    private static final String RS_HOST = "127.0.0.13";
    private static final List<String> PEER_HOSTS = List.of("127.0.0.14", "127.0.0.15", "127.0.0.16", "127.0.0.17");

    private final Launcher launcher = new Launcher(Launcher.PEERS, "-wildfly", Map.of("LOOPCHAIN_SERVERS", "payara,payara,wildfly,wildfly",
            "LOOPCHAIN_BROKER_HOST", BROKER_HOST, "LOOPCHAIN_RS_HOST", RS_HOST, "LOOPCHAIN_PEER_HOSTS", String.join(",", PEER_HOSTS)));
    private final List<Rest> peers = new ArrayList<>();

    @BeforeAll
    void up() {
        launcher.upFresh();
        for (int i = 0; i < Launcher.PEERS; i++) {
            peers.add(new Rest(PEER_HOSTS.get(i), Launcher.restPort(i)));
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

    /** Every part answers on its own address and nothing on 127.0.0.1, so nothing works by accident through loopback. */
    @Test
    @Order(1)
    void eachPartListensOnItsOwnAddressTheWildFlyPeersToo() {
        for (int i = 0; i < Launcher.PEERS; i++) {
            assertTrue(E2e.accepts(PEER_HOSTS.get(i), Launcher.restPort(i)), "peer" + i + " on " + PEER_HOSTS.get(i));
            assertFalse(E2e.accepts("127.0.0.1", Launcher.restPort(i)), "peer" + i + " not on 127.0.0.1");
        }
        assertTrue(E2e.accepts(RS_HOST, Launcher.RS_REST_PORT), "the Radio Station on " + RS_HOST);
        assertFalse(E2e.accepts("127.0.0.1", Launcher.RS_REST_PORT), "the Radio Station not on 127.0.0.1");
        assertTrue(E2e.accepts(BROKER_HOST, Launcher.BROKER_PORT), "the broker on " + BROKER_HOST);
        assertFalse(E2e.accepts("127.0.0.1", Launcher.BROKER_PORT), "the broker not on 127.0.0.1");
        assertEquals(PEER_HOSTS.get(3) + ":" + (Launcher.PORT_PEER + 300), peers.get(3).get("status/peer").get("peer_target"),
                "the WildFly peer3 joined with its own address");
    }

    /**
     * The node's MicroProfile Health checks on every peer's REST port, whichever server: Payara's own
     * endpoint, on WildFly the node's HealthServlet (WildFly lists no check of an EAR's modules).
     */
    @Test
    @Order(1)
    void everyPeerAnswersItsHealthChecksOnItsRestPortOnBothServers() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < Launcher.PEERS; i++) {
            for (String[] probe : List.of(new String[] {"started", "loopchain-node"}, new String[] {"ready", "loopchain-ready"},
                    new String[] {"live", "loopchain-threads"})) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create("http://" + PEER_HOSTS.get(i) + ":" + Launcher.restPort(i) + "/health/" + probe[0])).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, answer.statusCode(), "peer" + i + " /health/" + probe[0] + ": " + answer.body());
                Map<?, ?> report = (Map<?, ?>) Json.parse(answer.body());
                assertEquals("UP", report.get("status"), answer.body());
                assertTrue(((List<?>) report.get("checks")).stream().anyMatch(c -> probe[1].equals(((Map<?, ?>) c).get("name"))),
                        "peer" + i + " lists " + probe[1] + ": " + answer.body());
            }
        }
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create("http://" + PEER_HOSTS.get(3) + ":" + Launcher.restPort(3)
                + "/health/nope")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, unknown.statusCode(), unknown.body());
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


    /**
     * kofia_1 (peers 0-2 validate, peer3 on WildFly audits): peer3 added by an admin-signed change is a
     * validator on every peer from two heights after the change's block, takes transactions, and its
     * vote is counted: with peer0 stopped, peers 1-3 still commit, which peers 1-2 alone could not.
     * Removed again, it is out of every peer's set from its effective height, no certificate from
     * there on carries its vote, and it refuses transactions as the channel's audit peer again.
     */
    @Test
    @Order(4)
    void anAuditPeerAddedOnChainVotesFromTheAgreedHeightAndRemovedIsDroppedThere() throws Exception {
        String peerId = (String) peers.get(3).get("status/peer?channel=" + KOFIA).get("peer_id");
        String key = publicKeyAtRadioStation(peerId);
        launcher.output("validator", "add", peerId, key, "--channel", KOFIA);
        long added = awaitEffective(peerId, true);
        for (Rest peer : peers) {
            assertTrue(validatorIds(peer).contains(peerId), "peer3 in the set of " + peer);
        }
        assertEquals("0", peers.get(3).post("transactions?channel=" + KOFIA, "{\"data\": \"to peer3, now a validator\"}")
                .get("response_code"), "a validator takes transactions");

        launcher.killHard("peer0");
        List<Rest> three = peers.subList(1, 4);
        String hash = E2e.submit(peers.get(1), "transactions?channel=" + KOFIA, "{\"data\": \"peer0 down\"}");
        long height = awaitCommitted(three, hash, KOFIA);
        assertTrue(height >= added, "committed at " + height + ", after the change took effect at " + added);
        assertTrue(votersOf(peers.get(1), height).contains(peerId), "peer3's vote made the quorum of block " + height);
        launcher.run("up");

        launcher.output("validator", "remove", peerId, "--channel", KOFIA);
        long removed = awaitEffective(peerId, false);
        String after = E2e.submit(peers.get(0), "transactions?channel=" + KOFIA, "{\"data\": \"after the removal\"}");
        long last = awaitCommitted(peers, after, KOFIA);
        for (long h = removed; h <= last; h++) {
            assertFalse(votersOf(peers.get(2), h).contains(peerId), "no vote of the removed peer3 in block " + h);
        }
        E2e.assertRejected(peers.get(3).post("transactions?channel=" + KOFIA, "{\"data\": 1}"), 403, "-28");
    }

    /**
     * The sample token deployed with {@code ./loopchain score deploy}: an application of its own on every
     * peer (asadmin deploy on Payara, WildFly's deployment scanner on WildFly), and all four run it at the
     * same version with the same state.
     */
    @Test
    @Order(5)
    void aScoreDeployedByTheLauncherRunsOnPayaraAndWildFlyPeersAlike() throws Exception {
        String owner = (String) peers.get(0).get("status/peer").get("address");
        launcher.run("score", "deploy", launcher.root().resolve("score-samples/token/target/token.war").toString(),
                "--params", "{\"_name\": \"Mixed\", \"_symbol\": \"MIX\", \"_decimals\": \"0x0\", \"_initialSupply\": \"0x3e8\"}",
                "--owner", owner);
        long deadline = System.nanoTime() + 180_000_000_000L;
        for (Rest peer : peers) {
            while (!("ready".equals(peer.get("status/score").get("state")) && "1.0.0".equals(peer.get("status/score").get("version")))) {
                assertTrue(System.nanoTime() < deadline, "token 1.0.0 ready on " + peer + ": " + peer.get("status/score").json());
                Thread.sleep(250);
            }
        }
        String to = (String) peers.get(3).get("status/peer").get("address");
        // the first call installs the SCORE (its constructor) on every peer, then runs
        E2e.submit(peers.get(0), "{\"method\": \"transfer\", \"params\": {\"_to\": \"" + to + "\", \"_value\": \"0x1\"}}");
        for (Rest peer : peers) {
            Rest.Reply supply = peer.post("query", "{\"method\": \"totalSupply\"}");
            while (!"0x3e8".equals(supply.get("response"))) {
                assertTrue(System.nanoTime() < deadline, peer + " answers the token's total supply: " + supply.body());
                Thread.sleep(250);
                supply = peer.post("query", "{\"method\": \"totalSupply\"}");
            }
        }
        for (Rest peer : peers) {
            Rest.Reply balance = peer.post("query", "{\"method\": \"balanceOf\", \"params\": {\"_owner\": \"" + to + "\"}}");
            assertEquals("0x1", balance.get("response"), peer + ": the transfer executed alike: " + balance.body());
        }
        assertTrue(Files.exists(launcher.work().resolve("domains/peer3/deployments/token.war.deployed")),
                "WildFly's deployment scanner deployed the token as an application of peer3");
        String listed = launcher.output("score", "list");
        assertTrue(listed.lines().anyMatch(l -> l.startsWith("    peer3    (running) token: Score-Id token, Score-Version 1.0.0")
                && l.endsWith(" deployed")), "score list shows it deployed on peer3: " + listed);
    }

    /**
     * The admins revoke peer2's certificate in kofia_1 ({@code ./loopchain validator revoke}, a signed
     * change in the chain): every peer drops it from the set at the height the change names, no
     * certificate from there on carries its vote, the two left go on committing, and the Radio Station,
     * which follows the channel's trust changes, refuses that certificate's next join as revoked; killed
     * and started again, it refuses it from its start (it stored the change), and peer2 stays registered.
     */
    @Test
    @Order(6)
    void aValidatorWhoseCertificateTheAdminsRevokeIsDroppedAtTheAgreedHeightAndRefusedByTheRadioStation() throws Exception {
        String peerId = (String) peers.get(2).get("status/peer?channel=" + KOFIA).get("peer_id");
        Path node = launcher.work().resolve("pki/nodes/peer2");
        String submitted = launcher.output("validator", "revoke", node.resolve("node.crt").toString(), "--channel", KOFIA);
        assertTrue(submitted.contains("revoke the certificate CN=peer2"), submitted);
        long removed = awaitEffective(peerId, false);
        Map<?, ?> change = lastChange(peers.get(1));
        assertEquals("certificate_revoke", change.get("type"));
        assertEquals(List.of(peerId), change.get("removed"));
        assertEquals(removed, ((Number) change.get("committed_height")).longValue() + 2, "in effect two heights after its block");

        String after = E2e.submit(peers.get(0), "transactions?channel=" + KOFIA, "{\"data\": \"after the revocation\"}");
        long last = awaitCommitted(peers, after, KOFIA);
        for (long h = removed; h <= last; h++) {
            assertFalse(votersOf(peers.get(3), h).contains(peerId), "no vote of the revoked peer2 in block " + h);
        }

        Rest rs = new Rest(RS_HOST, Launcher.RS_REST_PORT);
        Map<?, ?> registered = registeredAtRadioStation(peerId);
        PeerKey key = PeerKeyFile.load(node.resolve("node.key"));
        String chain = Files.readString(node.resolve("chain.pem"));
        long deadline = System.nanoTime() + 60_000_000_000L;
        Rest.Reply reply;
        do {
            assertTrue(System.nanoTime() < deadline, "the Radio Station refuses the revoked certificate within a minute");
            Thread.sleep(1_000);
            reply = rs.post("peer/join", Json.pyDumps(JoinRequest.signed(KOFIA, peerId, (String) registered.get("target"),
                    (String) registered.get("rest_url"), System.currentTimeMillis() * 1000, chain, key).toJson()));
        } while (reply.status() == 200);
        E2e.assertRejected(reply, 403, "-16");
        assertTrue(String.valueOf(reply.get("message")).startsWith("REVOKED"), reply.body());

        // the Radio Station killed and started again: the revocation is in its store, so it applies from the start
        launcher.killHard("rs");
        launcher.run("up");
        String log = Files.readString(launcher.work().resolve("domains/rs/logs/server.log"));
        assertTrue(log.contains("1 stored trust changes of the channels' chains applied"), "the restarted Radio Station applied"
                + " the stored revocation at its start");
        reply = rs.post("peer/join", Json.pyDumps(JoinRequest.signed(KOFIA, peerId, (String) registered.get("target"),
                (String) registered.get("rest_url"), System.currentTimeMillis() * 1000, chain, key).toJson()));
        E2e.assertRejected(reply, 403, "-16");
        assertTrue(String.valueOf(reply.get("message")).startsWith("REVOKED"), reply.body());
        assertEquals(publicKeyAtRadioStation(peerId), registered.get("public_key"), "its registration stays after the restart");
    }

    private static Map<?, ?> lastChange(Rest peer) {
        List<?> changes = (List<?>) peer.get("validators?channel=" + KOFIA).get("changes");
        return (Map<?, ?>) changes.get(changes.size() - 1);
    }

    /** Makes blocks on kofia_1 until every peer has {@code peerId} in (or out of) its set; the height the change took effect. */
    private long awaitEffective(String peerId, boolean in) throws InterruptedException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (true) {
            boolean all = true;
            for (Rest peer : peers) {
                all &= validatorIds(peer).contains(peerId) == in;
            }
            if (all) {
                List<?> changes = (List<?>) peers.get(0).get("validators?channel=" + KOFIA).get("changes");
                return ((Number) ((Map<?, ?>) changes.get(changes.size() - 1)).get("effective_height")).longValue();
            }
            assertTrue(System.nanoTime() < deadline, peerId + " " + (in ? "added" : "removed") + " on every peer within 3 minutes");
            E2e.submit(peers.get(0), "transactions?channel=" + KOFIA, "{\"data\": \"a block\"}");
            Thread.sleep(1_000);
        }
    }

    private static List<Object> validatorIds(Rest peer) {
        Rest.Reply r = peer.get("validators?channel=" + KOFIA);
        assertEquals(200, r.status(), r.body());
        return ((List<?>) r.get("validators")).stream().map(v -> (Object) ((Map<?, ?>) v).get("peer_id")).toList();
    }

    private static List<Object> votersOf(Rest peer, long height) {
        Object certificate = peer.get("blocks?height=" + height + "&channel=" + KOFIA).get("commit_certificate");
        assertTrue(certificate instanceof Map<?, ?>, "block " + height + " has a certificate: " + certificate);
        return ((List<?>) ((Map<?, ?>) certificate).get("votes")).stream().map(v -> (Object) ((Map<?, ?>) v).get("peer_id")).toList();
    }

    private static String publicKeyAtRadioStation(String peerId) {
        return (String) registeredAtRadioStation(peerId).get("public_key");
    }

    private static Map<?, ?> registeredAtRadioStation(String peerId) {
        Rest rs = new Rest(RS_HOST, Launcher.RS_REST_PORT);
        List<?> listed = (List<?>) ((Map<?, ?>) rs.get("peer/list?channel=" + KOFIA).get("data")).get("registered_peer_list");
        return listed.stream().map(p -> (Map<?, ?>) p).filter(p -> peerId.equals(p.get("peer_id"))).findFirst()
                .orElseThrow(() -> new AssertionError(peerId + " not at the RS"));
    }

    /** Waits (up to 3 minutes) until every one of PEERS reports HASH committed; its height. */
    private static long awaitCommitted(List<Rest> peers, String hash) throws InterruptedException {
        return awaitCommitted(peers, hash, "loopchain_default");
    }

    private static long awaitCommitted(List<Rest> peers, String hash, String channel) throws InterruptedException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        long height = -1;
        for (Rest peer : peers) {
            while (true) {
                Rest.Reply r = peer.get("transactions/result?hash=" + hash + "&channel=" + channel);
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
