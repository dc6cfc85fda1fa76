package org.loopchain.score.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopchain.core.json.Json;

/** The operator's commands, run with the clock, the waiting and the streams a caller gives. */
class ScoreConfigCommandTest {

    private static final Clock NEVER_READ = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void anUnknownCommandIsAUsageError() throws Exception {
        assertEquals(2, run("", "deploy", "key.pem"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: ScoreConfigCommand key|sign"));
    }

    @Test
    void keyPrintsTheOperatorsPublicKeyAndAddress() throws Exception {
        assertEquals(0, run("", "key", dir.resolve("operator.pem").toString()));
        String[] printed = out.toString(StandardCharsets.UTF_8).trim().split(" ");
        assertEquals(2, printed.length);
        assertTrue(printed[1].matches("hx[0-9a-f]{40}"), printed[1]);
    }

    @Test
    void signPrintsTheConfigurationSignedByTheOperator() throws Exception {
        String unsigned = "{\"type\": \"score_undeploy\", \"channel\": \"c\", \"score_id\": \"x\", \"sequence\": 3}";
        assertEquals(0, run(unsigned, "sign", dir.resolve("operator.pem").toString()));
        Map<?, ?> body = (Map<?, ?>) Json.parse(out.toString(StandardCharsets.UTF_8));
        assertTrue(ScoreConfig.parse((Map<?, ?>) body.get(ScoreConfig.FIELD)).signatureValid());
    }

    @Test
    void aConfigurationThatDoesNotParseIsRefusedWithExit1() throws Exception {
        assertEquals(1, run("{\"type\": \"score_deploy\"}", "sign", dir.resolve("operator.pem").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("loopchain: cannot sign the SCORE configuration: "));
    }

    private int run(String stdin, String... args) throws Exception {
        return ScoreConfigCommand.run(args, NEVER_READ, d -> fail("no command here waits"),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
