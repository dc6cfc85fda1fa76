package org.loopchain.it;

import static org.loopchain.it.E2e.assertRejected;
import static org.loopchain.it.E2e.storedTxCount;
import static org.loopchain.it.E2e.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.loopchain.it.scores.ClockScore;
import org.loopchain.it.scores.PlainScore;

/**
 * SCOREs on the real 4-peer network: the sample token deployed with {@code ./loopchain score deploy}
 * to every peer's Payara domain, transfers sent to different peers, the same balances on every
 * peer, a failing transfer that changes nothing, a redeploy of a new version, an endless loop that
 * fails alike everywhere while the chain goes on, and archives the deploy refuses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScoreEndToEndIT {

    private static final String CHANNEL = "loopchain_default";
    private static final String TOKEN_PARAMS =
            "{\"_name\": \"Sample Token\", \"_symbol\": \"SMP\", \"_decimals\": \"0x0\", \"_initialSupply\": \"0x3e8\"}";

    private final Launcher launcher = new Launcher();
    private final List<Rest> peers = new ArrayList<>();
    private final List<String> addresses = new ArrayList<>();

    @BeforeAll
    void up() {
        launcher.upFresh();
        for (int i = 0; i < Launcher.PEERS; i++) {
            Rest peer = new Rest(Launcher.restPort(i));
            peers.add(peer);
            addresses.add((String) peer.get("status/peer").get("address"));
        }
    }

    @AfterAll
    void down() {
        launcher.run("down");
    }

    private Path sample(String module, String file) {
        return launcher.root().resolve("score-samples").resolve(module).resolve("target").resolve(file);
    }

    @Test
    void aTokenRunsAlikeOnEveryPeerThroughTransfersAFailureARedeployAnEndlessLoopAndAnUndeploy() throws Exception {
        launcher.run("score", "deploy", sample("token", "token.war").toString(), "--channel", CHANNEL,
                "--params", TOKEN_PARAMS, "--owner", addresses.get(0));
        awaitScoreState("ready", "1.0.0");

        // transfers sent to different peers: 0 → 1 (100), 1 → 2 (40), 2 → 3 (15); each peer is its caller
        awaitSuccess(transfer(0, 1, 100));
        awaitSuccess(transfer(1, 2, 40));
        Map<String, Object> last = awaitSuccess(transfer(2, 3, 15));
        List<?> logs = (List<?>) last.get("eventLogs");
        assertEquals(1, logs.size(), last.toString());
        List<?> indexed = (List<?>) ((Map<?, ?>) logs.get(0)).get("indexed");
        assertEquals(List.of("Transfer(Address,Address,int,bytes)", addresses.get(2), addresses.get(3), "0xf"), indexed);
        List<BigInteger> expected = List.of(BigInteger.valueOf(900), BigInteger.valueOf(60), BigInteger.valueOf(25),
                BigInteger.valueOf(15));
        assertBalancesEverywhere(expected);

        // beyond the balance: a clear failed result on every peer, nothing changed
        String tooMuch = transfer(3, 0, 16);
        for (Rest peer : peers) {
            Map<String, Object> result = awaitCommitted(peer, tooMuch);
            assertTrue(((Number) result.get("code")).intValue() >= 32, result.toString());
            assertTrue(String.valueOf(result.get("message")).contains("balance"), result.toString());
        }
        assertBalancesEverywhere(expected);

        // redeploy a new version: it installs again, the state stays
        launcher.run("score", "deploy", sample("token", "token-1.1.0.war").toString(), "--channel", CHANNEL,
                "--params", TOKEN_PARAMS, "--owner", addresses.get(0));
        awaitScoreState("ready", "1.1.0");
        awaitSuccess(transfer(1, 0, 10));
        assertBalancesEverywhere(List.of(BigInteger.valueOf(910), BigInteger.valueOf(50), BigInteger.valueOf(25),
                BigInteger.valueOf(15)));
        List<?> versions = (List<?>) peers.get(2).get("status/score?channel=" + CHANNEL).get("all_version");
        assertEquals("1.1.0", versions.get(0));

        // an endless loop fails its transaction on every peer alike and the chain goes on
        launcher.run("score", "deploy", sample("endless-loop", "endless-loop.war").toString(), "--channel", CHANNEL);
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

        // undeploy: the channel runs no SCORE again, calls are refused, plain transactions go on
        launcher.run("score", "undeploy", "endless-loop", "--channel", CHANNEL);
        awaitScoreState("none", "0");
        assertRejected(peers.get(2).post("transactions", "{\"method\": \"spin\"}"), 400, "-21");
        String after = submit(peers.get(0), "{\"data\": \"after the undeploy\"}");
        for (Rest peer : peers) {
            assertEquals(0, ((Number) awaitCommitted(peer, after).get("code")).intValue());
        }
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
