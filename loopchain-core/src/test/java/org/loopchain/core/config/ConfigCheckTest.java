package org.loopchain.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCheckTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsEveryKeyWithItsSourceAndExitsZero() throws IOException {
        Files.createDirectories(home.resolve(".loopchain"));
        Path user = Files.writeString(home.resolve(".loopchain/loopchain.json"), "{\"PORT_PEER\": 7200}");
        Path override = Files.writeString(home.resolve("peer.json"), "{\"LOOPCHAIN_DEFAULT_CHANNEL\": \"kofia\"}");

        int code = run(new String[] {"-o", override.toString()}, Map.of("VOTING_RATIO", "0.8"));

        assertEquals(0, code, err());
        String printed = out();
        assertTrue(printed.startsWith("NODE_ROLE=peer  (default)\nPORT_PEER=7200  (user file " + user + ")\n"), printed);
        assertTrue(printed.contains("\nLOOPCHAIN_DEFAULT_CHANNEL=kofia  (-o file " + override + ")\n"), printed);
        assertTrue(printed.contains("\nVOTING_RATIO=0.8  (environment)\n"), printed);
        assertTrue(printed.contains("\nMAX_BLOCK_TX_NUM=2000  (default)\n"), printed);
        assertEquals(ConfigKeys.all().size(), printed.lines().count());
    }

    @Test
    void theUserFileCanBeNamedByAnEnvironmentVariable() throws IOException {
        Path user = Files.writeString(home.resolve("elsewhere.json"), "{\"BROKER_PORT\": 61617}");
        assertEquals(0, run(new String[0], Map.of("LOOPCHAIN_USER_CONFIG", user.toString())));
        assertTrue(out().contains("BROKER_PORT=61617  (user file " + user + ")"), out());
    }

    @Test
    void aBadConfigurationPrintsTheErrorAndExitsTwo() {
        int code = run(new String[0], Map.of("PORT_PEER", "80"));
        assertEquals(2, code);
        assertEquals("config error: PORT_PEER='80': must be 1024..63635 (from environment)\n", err());
        assertEquals("", out());
    }

    @Test
    void unknownArgumentsExitTwo() {
        assertEquals(2, run(new String[] {"--bogus"}, Map.of()));
        assertTrue(err().startsWith("config error: usage: ConfigCheck [-o FILE]"), err());
    }

    private int run(String[] args, Map<String, String> env) {
        return ConfigCheck.run(args, env, home, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
