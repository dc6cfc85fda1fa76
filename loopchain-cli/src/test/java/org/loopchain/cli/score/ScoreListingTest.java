package org.loopchain.cli.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreListingTest {
    @TempDir
    Path node;

    /** A WildFly node: its deployment scanner folder holds the EAR, SCORE archives and the scanner's markers. */
    @Test
    void aWildFlyNodeListsTheScoreDeploymentsWithTheScannersStateAndNotTheNodesEar() throws IOException {
        Path deployments = Files.createDirectories(node.resolve("deployments"));
        Files.writeString(deployments.resolve("loopchain.ear"), "the node");
        Files.writeString(deployments.resolve("loopchain.ear.deployed"), "");
        score(deployments.resolve("token.war"), "token", "1.0.0");
        Files.writeString(deployments.resolve("token.war.deployed"), "");
        score(deployments.resolve("hello.jar"), "hello", "0.1");
        Files.writeString(deployments.resolve("hello.jar.failed"), "WFLYCTL0080: failed services");

        String listed = list();

        assertEquals(2, listed.lines().count(), listed);
        assertTrue(listed.contains("peer3    (running) hello: Score-Id hello, Score-Version 0.1 sha256 "), listed);
        assertTrue(listed.lines().filter(l -> l.contains("hello:")).allMatch(l -> l.endsWith(" failed")), listed);
        assertTrue(listed.contains("peer3    (running) token: Score-Id token, Score-Version 1.0.0 sha256 "), listed);
        assertTrue(listed.lines().filter(l -> l.contains("token:")).allMatch(l -> l.endsWith(" deployed")), listed);
    }

    @Test
    void aWildFlyNodeWithoutScoresSaysSo() throws IOException {
        Files.createDirectories(node.resolve("deployments"));
        Files.writeString(node.resolve("deployments/loopchain.ear"), "the node");

        assertEquals("    peer3    (running) no SCORE deployed\n", list());
    }

    private String list() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoreListing.domain(node, "peer3", "running", new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void score(Path file, String id, String version) throws IOException {
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().putValue("Score-Id", id);
        mf.getMainAttributes().putValue("Score-Version", version);
        try (OutputStream os = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(os, mf)) {
            jar.flush();
        }
    }
}
