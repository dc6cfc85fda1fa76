package org.loopchain.score.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployedArchivesTest {
    @TempDir
    Path root;

    private List<String> scan(DeployedArchives deployed) {
        List<String> found = new ArrayList<>();
        deployed.scan((file, bytes) -> found.add(root.relativize(file) + "=" + new String(bytes)));
        return found;
    }

    /** Payara: {@code applications/__internal/<app>/<archive>}. */
    @Test
    void anArchiveOneLevelDownIsFoundOnceAndAgainWhenItChanges() throws IOException {
        Files.createDirectories(root.resolve("token"));
        Files.writeString(root.resolve("token/token.war"), "v1");
        DeployedArchives deployed = new DeployedArchives(root);

        assertEquals(List.of("token/token.war=v1"), scan(deployed));
        assertEquals(List.of(), scan(deployed), "nothing new");
        Files.writeString(root.resolve("token/token.war"), "v2-longer");
        assertEquals(List.of("token/token.war=v2-longer"), scan(deployed));
    }

    /** WildFly: the deployment scanner's folder holds the SCORE archives beside the node's EAR and the scanner's markers. */
    @Test
    void inTheScannersFolderTheArchivesCountAndTheEarMarkersAndPartialCopiesDoNot() throws IOException {
        Files.writeString(root.resolve("loopchain.ear"), "the node");
        Files.writeString(root.resolve("loopchain.ear.deployed"), "");
        Files.writeString(root.resolve("token.war"), "token");
        Files.writeString(root.resolve("token.war.deployed"), "");
        Files.writeString(root.resolve(".hello.jar.part"), "half");

        assertEquals(List.of("token.war=token"), scan(new DeployedArchives(root)));
    }

    @Test
    void aMissingFolderHoldsNothing() {
        assertEquals(List.of(), scan(new DeployedArchives(root.resolve("absent"))));
    }
}
