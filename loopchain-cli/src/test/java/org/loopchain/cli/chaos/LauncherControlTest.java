package org.loopchain.cli.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopchain.cli.json.Json;

class LauncherControlTest {
    @TempDir
    Path dir;
    Path calls;
    Path conf;
    LauncherControl control;

    /** A launcher that records its arguments, knows no PID and starts nothing. */
    @BeforeEach
    void fakeLauncher() throws IOException {
        calls = dir.resolve("calls.txt");
        Path launcher = dir.resolve("loopchain");
        Files.writeString(launcher, "#!/bin/sh\necho \"$*\" >> '" + calls + "'\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
        conf = Files.createDirectories(dir.resolve("conf"));
        control = new LauncherControl(launcher, dir.resolve("logs/chaos-launcher.log"), conf);
    }

    @Test
    void aPeerLeftInATestModeHasItsKeysTakenOutAndIsRestartedTheOthersAreLeftAlone() throws IOException {
        Json.write(conf.resolve("peer0.json"), Map.of("PORT_PEER", 7100L));
        Json.write(conf.resolve("peer1.json"), Map.of("PORT_PEER", 7200L, "TEST_FAULTS_ALLOWED", true, "TEST_BYZANTINE", "flood"));

        control.clearTestKeys(List.of("peer0", "peer1"));

        assertEquals(List.of("pid peer1", "peer -o " + conf.resolve("peer1.json") + " -n peer1"), Files.readAllLines(calls));
        assertEquals(Map.of("PORT_PEER", 7200L), Json.read(conf.resolve("peer1.json")));
        assertEquals(Map.of("PORT_PEER", 7100L), Json.read(conf.resolve("peer0.json")));
    }

    /** A byzantine restart of peer1 while another fault has peer2 down brings back peer1 only. */
    @Test
    void aRestartIntoATestModeStartsThatPeerAloneAndNotTheOthersThatAreDown() throws IOException {
        Json.write(conf.resolve("peer1.json"), Map.of("PORT_PEER", 7200L));

        control.restartWith("peer1", Map.of("TEST_FAULTS_ALLOWED", true, "TEST_BYZANTINE", "flood"));

        assertEquals(List.of("pid peer1", "peer -o " + conf.resolve("peer1.json") + " -n peer1"), Files.readAllLines(calls));
        assertEquals(Map.of("PORT_PEER", 7200L, "TEST_FAULTS_ALLOWED", true, "TEST_BYZANTINE", "flood"), Json.read(conf.resolve("peer1.json")));
    }

    @Test
    void withNoTestKeysAnywhereNothingIsRestarted() throws IOException {
        Json.write(conf.resolve("peer0.json"), Map.of("PORT_PEER", 7100L));

        control.clearTestKeys(List.of("peer0"));

        assertEquals(false, Files.exists(calls));
    }
}
