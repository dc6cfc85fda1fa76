package org.loopchain.cli.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopchain.cli.CliException;
import org.loopchain.cli.Main;
import org.loopchain.cli.wildfly.WildFlyNode;

/** ./loopchain score's words, its refusals, and a SCORE on a WildFly node's deployment scanner (markers made here, as the scanner does). */
class ScoreCommandTest {
    private static final String USAGE = "./loopchain score deploy ARCHIVE …";
    @TempDir
    Path work;

    private static Map<String, String> options(String... words) {
        return ScoreCommand.options(List.of(words), "score deploy", USAGE, Set.of("--channel", "--params"), Set.of("--no-pin"));
    }

    @Test
    void theUsersWordsAreOneArgumentOptionsWithValuesAndFlags() {
        assertEquals(Map.of("", "a.war", "--channel", "kofia_1", "--no-pin", ""), options("--no-pin", "a.war", "--channel", "kofia_1"));
        assertEquals(Map.of("", "a.war", "--params", "{\"x\": 1}"), options("a.war", "--params", "{\"x\": 1}"));
        assertTrue(assertThrows(CliException.class, () -> options("a.war", "--owner", "hx1")).getMessage()
                .contains("unknown option '--owner'"));
        assertTrue(assertThrows(CliException.class, () -> options("a.war", "--channel")).getMessage().contains("--channel needs a value"));
        assertTrue(assertThrows(CliException.class, () -> options("a.war", "b.war")).getMessage().contains("one at a time"));
        assertEquals("usage: " + USAGE, assertThrows(CliException.class, () -> options("--no-pin")).getMessage());
    }

    @Test
    void anIdMustNameAScoreNotTheNodesOwnApplication() {
        ScoreCommand.checkId("token");
        assertTrue(assertThrows(CliException.class, () -> ScoreCommand.checkId("loopchain")).getMessage().contains("node's own"));
        assertTrue(assertThrows(CliException.class, () -> ScoreCommand.checkId("artemis-rar")).getMessage().contains("node's own"));
        assertTrue(assertThrows(CliException.class, () -> ScoreCommand.checkId("../x")).getMessage().contains("bad SCORE id"));
    }

    @Test
    void refusalsBeforeAnythingIsDone() throws IOException {
        Path archive = Files.writeString(work.resolve("a.war"), "x");
        assertEquals(1, run("deploy", archive.toString(), "--no-pin", "--params", "{}").status());
        assertTrue(run("deploy", archive.toString(), "--no-pin", "--params", "{}").err().contains("--params and --owner belong to the pin"));
        assertTrue(run("deploy", work.resolve("missing.war").toString()).err().contains("no such file"));
        assertTrue(run("deploy", archive.toString()).err().contains("no " + work.resolve("conf/channel_manage_data.json")));
        assertTrue(run("undeploy", "loopchain").err().contains("names the node's own application"));
        Result bogus = run("bogus");
        assertEquals(1, bogus.status());
        assertTrue(bogus.err().contains("./loopchain score undeploy ID"), bogus.err());
        assertTrue(run("help").out().contains("./loopchain score list"));
    }

    @Test
    void aWildFlyPeerDeploysThroughItsScannerAndSaysWhatTheMarkerSays() throws Exception {
        PeerDeployment peer = wildflyPeer();
        Path folder = peer.dir().resolve("deployments");
        Path archive = Files.writeString(work.resolve("token-1.0.war"), "archive bytes");
        Thread scanner = marker(folder.resolve("token.war"), "deployed");
        PeerDeployment.Outcome deployed = peer.deploy("token", archive);
        scanner.join();
        assertTrue(deployed.ok(), deployed.line());
        assertTrue(deployed.line().matches("peer3    deployed token in \\d+ s: domains/peer3/deployments/token.war"), deployed.line());
        assertEquals("archive bytes", Files.readString(folder.resolve("token.war")));
        assertTrue(peer.has("token"));

        scanner = marker(folder.resolve("token.war"), "undeployed");
        PeerDeployment.Outcome undeployed = peer.undeploy("token");
        scanner.join();
        assertTrue(undeployed.ok() && undeployed.line().startsWith("peer3    undeployed token in "), undeployed.line());
        assertFalse(peer.has("token"));
        assertFalse(Files.exists(folder.resolve("token.war.undeployed")), "the marker is cleared");
    }

    @Test
    void aWildFlyDeploymentThatFailsNamesWildFlysReasonAndAnEarlierMarkerDoesNotCount() throws Exception {
        PeerDeployment peer = wildflyPeer();
        Path folder = peer.dir().resolve("deployments");
        Files.writeString(folder.resolve("token.war.deployed"), ""); // of an earlier copy: removed before the new one goes in
        Path archive = Files.writeString(work.resolve("token.war"), "bad bytes");
        Thread scanner = marker(folder.resolve("token.war"), "failed");
        PeerDeployment.Outcome failed = peer.deploy("token", archive);
        scanner.join();
        assertFalse(failed.ok());
        assertEquals("peer3    FAILED: WFLYSRV0153: Failed to process phase PARSE", failed.line());
    }

    private PeerDeployment wildflyPeer() throws IOException {
        Path dir = work.resolve("domains/peer3");
        Files.createDirectories(dir.resolve("deployments"));
        Files.writeString(dir.resolve(WildFlyNode.INFO_FILE), "ADMIN_PORT=30448\n");
        return new PeerDeployment("peer3", dir, 30448, "asadmin", work.resolve("logs/peer3.asadmin.log"), work);
    }

    /** What WildFly's scanner does: once ARCHIVE appears (or, for undeployed, is gone), its marker. */
    private static Thread marker(Path archive, String marker) {
        Thread t = new Thread(() -> {
            try {
                boolean gone = marker.equals("undeployed");
                while (Files.exists(archive) == gone || !gone && Files.exists(archive.resolveSibling(archive.getFileName() + ".deployed"))) {
                    Thread.sleep(20);
                }
                Files.writeString(archive.resolveSibling(archive.getFileName() + "." + marker),
                        marker.equals("failed") ? "WFLYSRV0153: Failed to process phase PARSE" : "");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        return t;
    }

    private record Result(int status, String out, String err) {
    }

    private Result run(String... words) {
        List<String> argv = new ArrayList<>(List.of("score", "--domains", work.resolve("domains").toString(), "--work", work.toString(),
                "--log-dir", work.resolve("logs").toString(), "--running", "", "--channel", "loopchain_default",
                "--channels-file", work.resolve("conf/channel_manage_data.json").toString(), "--operator-key",
                work.resolve("operator.key").toString(), "--"));
        argv.addAll(List.of(words));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(argv.toArray(String[]::new), new PrintStream(out), new PrintStream(err));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
