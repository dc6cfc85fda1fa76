package org.loopchain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.loopchain.it.E2e.assertRejected;
import static org.loopchain.it.E2e.storedTxCount;
import static org.loopchain.it.E2e.submit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.crypto.PeerKeyFile;
import org.loopchain.core.json.Json;
import org.loopchain.it.scores.ClockScore;
import org.loopchain.it.scores.PlainScore;
import org.loopchain.score.host.ScoreConfig;

/**
 * SCOREs on the real 4-peer network: the sample token deployed with {@code ./loopchain score deploy}
 * (an operator-signed configuration in the chain), transfers sent to different peers, the same
 * balances on every peer, a failing transfer that changes nothing, a new version, an undeploy, plain
 * transactions; then a peer whose chain and archives were deleted replays the chain from genesis
 * (fetching both versions from the others) to the same head, results and result roots. Also an
 * endless loop that fails alike everywhere, configurations and archives that are refused. On the
 * {@link SharedNetwork}, after {@link NetworkEndToEndIT}: the chain it replays is that class's too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedNetwork.class)
@Order(SharedNetwork.FIRST_ORDER + 1)
class ScoreEndToEndIT {

    private static final String CHANNEL = "loopchain_default";
    private static final String TOKEN_PARAMS =
            "{\"_name\": \"Sample Token\", \"_symbol\": \"SMP\", \"_decimals\": \"0x0\", \"_initialSupply\": \"0x3e8\"}";

    private final List<Rest> peers = new ArrayList<>();
    private final List<String> addresses = new ArrayList<>();
    private Launcher launcher;

    @BeforeAll
    void up(Launcher network) {
        launcher = network;
        for (int i = 0; i < Launcher.PEERS; i++) {
            Rest peer = new Rest(Launcher.restPort(i));
            peers.add(peer);
            addresses.add((String) peer.get("status/peer").get("address"));
        }
    }

    private Path sample(String module, String file) {
        return launcher.root().resolve("score-samples").resolve(module).resolve("target").resolve(file);
    }

    @Test
    void scoreVersionsAreBoundToHeightsAndAPeerThatLostItsDataReplaysTheChainExactly() throws Exception {
        Path v1 = sample("token", "token.war");
        Path v11 = sample("token", "token-1.1.0.war");
        launcher.run("score", "deploy", v1.toString(), "--channel", CHANNEL, "--params", TOKEN_PARAMS,
                "--owner", addresses.get(0));
        awaitScoreState("ready", "1.0.0");

        // transfers sent to different peers: 0 → 1 (100), 1 → 2 (40); each peer is its caller
        List<String> calls = new ArrayList<>();
        calls.add(awaitSuccessHash(transfer(0, 1, 100)));
        String second = transfer(1, 2, 40);
        Map<String, Object> last = awaitSuccess(second);
        calls.add(second);
        List<?> logs = (List<?>) last.get("eventLogs");
        assertEquals(1, logs.size(), last.toString());
        List<?> indexed = (List<?>) ((Map<?, ?>) logs.get(0)).get("indexed");
        assertEquals(List.of("Transfer(Address,Address,int,bytes)", addresses.get(1), addresses.get(2), "0x28"), indexed);
        assertBalancesEverywhere(List.of(BigInteger.valueOf(900), BigInteger.valueOf(60), BigInteger.valueOf(40),
                BigInteger.ZERO));

        // beyond the balance: a clear failed result on every peer, nothing changed
        String tooMuch = transfer(3, 0, 16);
        calls.add(tooMuch);
        for (Rest peer : peers) {
            Map<String, Object> result = awaitCommitted(peer, tooMuch);
            assertTrue(((Number) result.get("code")).intValue() >= 32, result.toString());
            assertTrue(String.valueOf(result.get("message")).contains("balance"), result.toString());
        }

        // a new version: it installs again from the height after its configuration's block, the state stays
        launcher.run("score", "deploy", v11.toString(), "--channel", CHANNEL, "--params", TOKEN_PARAMS,
                "--owner", addresses.get(0));
        awaitScoreState("ready", "1.1.0");
        calls.add(awaitSuccessHash(transfer(2, 3, 15)));
        calls.add(awaitSuccessHash(transfer(1, 0, 10)));
        List<BigInteger> balances = List.of(BigInteger.valueOf(910), BigInteger.valueOf(50), BigInteger.valueOf(25),
                BigInteger.valueOf(15));
        assertBalancesEverywhere(balances);
        assertEquals(List.of("1.1.0", "1.0.0"), peers.get(2).get("status/score?channel=" + CHANNEL).get("all_version"));
        refusedConfigurationsChangeNothing(v1, v11);

        // undeploy: the channel runs no SCORE again, calls are refused, plain transactions go on
        launcher.run("score", "undeploy", "token", "--channel", CHANNEL);
        awaitScoreState("none", "0");
        assertRejected(peers.get(2).post("transactions", "{\"method\": \"transfer\", \"params\": {}}"), 400, "-21");
        List<String> plain = List.of(submit(peers.get(0), "{\"data\": \"after the undeploy\"}"),
                submit(peers.get(3), "{\"data\": \"and another\"}"));
        for (Rest peer : peers) {
            for (String tx : plain) {
                assertEquals(0, ((Number) awaitCommitted(peer, tx).get("code")).intValue());
            }
        }
        Map<String, Object> history = peers.get(0).get("scores?channel=" + CHANNEL).json();
        List<?> all = (List<?>) history.get("pins");
        List<?> pins = all.subList(all.size() - 3, all.size()); // the last three: an earlier test may have pinned others
        assertEquals(List.of(sha256(v1), sha256(v11), ""), pins.stream().map(p -> ((Map<?, ?>) p).get("sha256")).toList());
        String operator = (String) ((Map<?, ?>) pins.get(0)).get("operator");
        assertTrue(operator.startsWith("hx"), "who asked is recorded: " + history);

        // peer3 loses its chain and its archive store (keeping its identity: its certificate and key, peer_id) and starts again;
        // no domain has the token deployed any more, so it must fetch both versions from the others
        launcher.killHard("peer3");
        Path data = launcher.work().resolve("data").resolve("peer3");
        deleteTree(data.resolve("loopchain-db"));
        deleteTree(data.resolve("scores"));
        launcher.run("up");
        Rest late = peers.get(3);
        long head = awaitSameHead();
        System.out.println("[e2e] peer3 replayed the chain to height " + head + ", head "
                + late.get("blocks?channel=" + CHANNEL).get("block_hash"));
        for (long h = 1; h <= head; h++) {
            Map<String, Object> mine = late.get("scores?channel=" + CHANNEL + "&height=" + h).json();
            Map<String, Object> theirs = peers.get(0).get("scores?channel=" + CHANNEL + "&height=" + h).json();
            assertEquals(theirs.get("block_hash"), mine.get("block_hash"), "block hash at height " + h);
            assertEquals(theirs.get("result_root"), mine.get("result_root"), "result root at height " + h);
            assertEquals(theirs.get("pin"), mine.get("pin"), "pin at height " + h);
            if (!"".equals(mine.get("result_root"))) {
                System.out.println("[e2e] height " + h + ": result root " + mine.get("result_root") + " on peer0 and peer3, pin "
                        + mine.get("pin"));
            }
        }
        for (String call : calls) {
            Map<String, Object> mine = awaitCommitted(late, call);
            Map<String, Object> theirs = awaitCommitted(peers.get(0), call);
            assertEquals(theirs, mine, "the result of " + call);
        }
        assertTrue(Files.isRegularFile(data.resolve("scores").resolve(sha256(v1) + ".war")), "1.0.0 fetched into peer3's store");
        assertTrue(Files.isRegularFile(data.resolve("scores").resolve(sha256(v11) + ".war")), "1.1.0 fetched into peer3's store");
        assertEquals(history.get("pins"), late.get("scores?channel=" + CHANNEL).json().get("pins"));
        for (Rest peer : peers) {
            assertRejected(peer.post("query", "{\"method\": \"balanceOf\", \"params\": {\"_owner\": \"" + addresses.get(0)
                    + "\"}}"), 400, "-21");
        }

        // the same version pinned again: the install record matches, so the balances are those of before
        launcher.run("score", "deploy", v11.toString(), "--channel", CHANNEL);
        awaitScoreState("ready", "1.1.0");
        assertBalancesEverywhere(balances);

        // and no SCORE application is left in the domains: a later run starts them as a fresh network
        launcher.run("score", "undeploy", "token", "--channel", CHANNEL);
        awaitScoreState("none", "0");
    }

    /**
     * Configurations a peer refuses with a clear code, storing nothing: a forged signature, a key that
     * is not an operator, an archive no peer holds, an archive whose hash does not match the version
     * named, a stale sequence.
     */
    private void refusedConfigurationsChangeNothing(Path v1, Path v11) throws IOException {
        Rest peer = peers.get(1);
        long sequence = ((Number) peer.get("scores?channel=" + CHANNEL).get("sequence")).longValue();
        long stored = storedTxCount(peer);
        PeerKey operator = PeerKeyFile.loadOrCreate(launcher.work().resolve("operator.key"), new SecureRandom());
        ScoreConfig good = config("1.1.0", sha256(v11), sequence).signedBy(operator);
        ScoreConfig forged = new ScoreConfig(good.type(), CHANNEL, "token", "1.0.0", sha256(v1), Map.of(), "", sequence,
                good.operator(), good.signature());
        assertRejected(post(peer, forged), 403, "-24");
        assertRejected(post(peer, config("1.1.0", sha256(v11), sequence).signedBy(PeerKey.generate(new SecureRandom()))),
                403, "-24");
        assertRejected(post(peer, config("1.2.0", Hashes.sha256Hex(new byte[] {42}), sequence).signedBy(operator)), 422, "-25");
        assertRejected(post(peer, config("1.0.0", sha256(v11), sequence).signedBy(operator)), 422, "-26");
        assertRejected(post(peer, config("1.1.0", sha256(v11), sequence - 1).signedBy(operator)), 409, "-27");
        assertRejected(peer.post("transactions", Json.pyDumps(good.toJson())), 400, "-6");
        assertEquals(sequence, ((Number) peer.get("scores?channel=" + CHANNEL).get("sequence")).longValue());
        assertEquals(stored, storedTxCount(peer), "no refused configuration was stored");
    }

    private static ScoreConfig config(String version, String sha256, long sequence) {
        return new ScoreConfig(ScoreConfig.DEPLOY, CHANNEL, "token", version, sha256, Map.of(), "", sequence, null, null);
    }

    private static Rest.Reply post(Rest peer, ScoreConfig config) {
        return peer.post("scores", Json.pyDumps(config.toJson()));
    }

    private static String sha256(Path file) throws IOException {
        return Hashes.sha256Hex(Files.readAllBytes(file));
    }

    /** Waits until every peer reports the same head; returns its height. */
    private long awaitSameHead() throws InterruptedException {
        String seen = "";
        for (int i = 0; i < 900; i++) {
            List<Object> heads = new ArrayList<>();
            for (Rest peer : peers) {
                Rest.Reply r = peer.get("blocks?channel=" + CHANNEL);
                heads.add(r.status() == 200 ? r.get("block_hash") : "down");
            }
            seen = heads.toString();
            if (heads.stream().distinct().count() == 1 && !"down".equals(heads.get(0))) {
                Map<?, ?> block = (Map<?, ?>) peers.get(0).get("blocks?channel=" + CHANNEL).get("block_data_json");
                return Long.parseLong((String) block.get("height"));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the peers do not reach one head within 3 minutes: " + seen);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private String awaitSuccessHash(String hash) throws InterruptedException {
        awaitSuccess(hash);
        return hash;
    }

    @Test
    void anEndlessLoopFailsAlikeEverywhereAndTheChainGoesOn() throws Exception {
        Path loop = sample("endless-loop", "endless-loop.war");
        Map<String, Object> before = peers.get(0).get("scores?channel=" + CHANNEL).json();
        launcher.run("score", "deploy", loop.toString(), "--channel", CHANNEL);
        awaitScoreState("ready", "1.0.0");
        String spin = submit(peers.get(1), "{\"method\": \"spin\", \"params\": {}}");
        for (Rest peer : peers) {
            Map<String, Object> result = awaitCommitted(peer, spin);
            assertEquals(10, ((Number) result.get("code")).intValue(), result.toString());
        }
        String plain = submit(peers.get(3), "{\"data\": \"after the loop\"}");
        for (Rest peer : peers) {
            assertEquals(0, ((Number) awaitCommitted(peer, plain).get("code")).intValue());
        }
        Rest.Reply pong = peers.get(0).post("query", "{\"method\": \"ping\"}");
        assertEquals(200, pong.status(), pong.body());
        assertEquals("pong", pong.get("response"));
        launcher.run("score", "undeploy", "endless-loop", "--channel", CHANNEL);
        awaitScoreState("none", "0");
        assertEquals(((Number) before.get("sequence")).longValue() + 2,
                ((Number) peers.get(0).get("scores?channel=" + CHANNEL).get("sequence")).longValue());
    }

    @Test
    void badCallsAndBadArchivesAreRefusedWithAClearErrorAndChangeNothing() throws Exception {
        Rest peer = peers.get(2);
        long before = storedTxCount(peer);
        assertRejected(peer.post("transactions", "{\"method\": 5}"), 400, "-6");
        assertRejected(peer.post("transactions", "{\"method\": \"transfer\", \"params\": [1]}"), 400, "-6");
        assertRejected(peer.post("query", "{\"params\": {}}"), 400, "-6");
        assertRejected(peer.post("query", "not json"), 400, "-6");
        assertRejected(peer.post("query?channel=no_such_channel", "{\"method\": \"name\"}"), 404, "-20");
        String state = (String) peer.get("status/score?channel=" + CHANNEL).get("state");
        if ("none".equals(state)) {
            assertRejected(peer.post("transactions", "{\"method\": \"transfer\", \"params\": {}}"), 400, "-21");
            assertRejected(peer.post("query", "{\"method\": \"name\"}"), 400, "-21");
        } else {
            assertRejected(peer.post("transactions", "{\"method\": \"no_such_method\", \"params\": {}}"), 400, "-6");
            assertRejected(peer.post("query", "{\"method\": \"no_such_method\"}"), 400, "-6");
        }
        assertEquals(before, storedTxCount(peer), "no refused call was stored");

        Object pinned = peer.get("status/score?channel=" + CHANNEL).get("sha256");
        Path clock = archive("clock-score.jar", ClockScore.class, "clock", "");
        assertNotEquals(0, launcher.exitCode("score", "deploy", clock.toString(), "--channel", CHANNEL));
        assertTrue(launcher.logTail().contains("System.currentTimeMillis"), launcher.logTail());
        Path elsewhere = archive("other-channel.jar", PlainScore.class, "plain", "another_channel");
        assertNotEquals(0, launcher.exitCode("score", "deploy", elsewhere.toString(), "--channel", CHANNEL));
        for (Rest p : peers) {
            assertEquals(pinned, p.get("status/score?channel=" + CHANNEL).get("sha256"), "a refused archive changes no pin");
        }
    }

    // ---------------------------------------------------------------------------------------------

    private String transfer(int from, int to, long value) {
        return submit(peers.get(from), "{\"method\": \"transfer\", \"params\": {\"_to\": \"" + addresses.get(to)
                + "\", \"_value\": \"0x" + Long.toHexString(value) + "\"}}");
    }

    private void assertBalancesEverywhere(List<BigInteger> expected) {
        for (Rest peer : peers) {
            for (int i = 0; i < addresses.size(); i++) {
                Rest.Reply r = peer.post("query", "{\"method\": \"balanceOf\", \"params\": {\"_owner\": \""
                        + addresses.get(i) + "\"}}");
                assertEquals(200, r.status(), r.body());
                assertEquals(expected.get(i), new BigInteger(((String) r.get("response")).substring(2), 16),
                        "balance of peer" + i + " as peer " + peer + " answers");
            }
            Rest.Reply supply = peer.post("query", "{\"method\": \"totalSupply\"}");
            assertEquals("0x3e8", supply.get("response"), supply.body());
        }
    }

    /** Waits until every peer runs the channel's SCORE at {@code version} in {@code state}. */
    private void awaitScoreState(String state, String version) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            boolean all = true;
            for (Rest peer : peers) {
                Rest.Reply r = peer.get("status/score?channel=" + CHANNEL);
                all &= r.status() == 200 && state.equals(r.get("state")) && version.equals(r.get("version"));
            }
            if (all) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not every peer reports SCORE " + version + " " + state + ": "
                + peers.get(0).get("status/score?channel=" + CHANNEL).body());
    }

    /** The result once committed on every peer, checked to be a success and the same everywhere. */
    private Map<String, Object> awaitSuccess(String hash) throws InterruptedException {
        Map<String, Object> first = null;
        for (Rest peer : peers) {
            Map<String, Object> result = awaitCommitted(peer, hash);
            assertEquals(0, ((Number) result.get("code")).intValue(), result.toString());
            if (first == null) {
                first = result;
            } else {
                assertEquals(first.get("eventLogs"), result.get("eventLogs"), "the same event logs on every peer");
            }
        }
        return first;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> awaitCommitted(Rest peer, String hash) throws InterruptedException {
        for (int i = 0; i < 900; i++) {
            Rest.Reply r = peer.get("transactions/result?hash=" + hash);
            if (r.status() == 200 && "0".equals(r.get("response_code"))) {
                return (Map<String, Object>) r.get("response");
            }
            Thread.sleep(200);
        }
        throw new AssertionError("tx " + hash + " not committed on " + peer + " within 3 minutes");
    }

    /** A SCORE jar holding {@code main}, with the manifest the launcher and the node read. */
    private static Path archive(String name, Class<?> main, String id, String channels) throws IOException {
        Manifest manifest = new Manifest();
        Attributes a = manifest.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Score-Id", id);
        a.putValue("Score-Version", "1.0.0");
        a.putValue("Score-Class", main.getName());
        if (!channels.isEmpty()) {
            a.putValue("Score-Channels", channels);
        }
        Path file = Path.of("target", name).toAbsolutePath();
        String entry = main.getName().replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest);
                InputStream in = main.getClassLoader().getResourceAsStream(entry)) {
            jar.putNextEntry(new JarEntry(entry));
            in.transferTo(jar);
            jar.closeEntry();
        }
        return file;
    }
}
