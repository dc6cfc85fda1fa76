package org.loopchain.score.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.score.engine.contracts.CounterScore;
import org.loopchain.score.engine.contracts.KeepingScore;
import org.loopchain.score.engine.contracts.NamedScore;
import org.loopchain.score.engine.contracts.UnkeepableScore;
import org.loopchain.score.engine.testing.ScoreRunner;

class InstallTest {

    @Test
    void constructorRunsOnceAcrossBlocks() throws Exception {
        ScoreRunner runner = Contracts.counter();
        assertEquals(0, runner.execute(Contracts.ALICE, "increment", Map.of("by", "0x1")).code());
        assertEquals(0, runner.execute(Contracts.ALICE, "increment", Map.of("by", "0x1")).code());
        assertEquals("0x1", runner.query("installs", Map.of()).result());
        assertEquals("0x7", runner.query("count", Map.of()).result());
    }

    @Test
    void constructorFieldsAreKeptAcrossBlocksIncludingSuperclassFields() throws Exception {
        ScoreRunner runner = Contracts.counter();
        runner.execute(Contracts.ALICE, "increment", Map.of("by", "0x1"));
        runner.execute(Contracts.BOB, "increment", Map.of("by", "0x1"));
        assertEquals("alpha", runner.query("name", Map.of()).result());
        assertEquals(ScoreRunner.OWNER, runner.query("installer", Map.of()).result());
        assertEquals("0x7", runner.query("ticks", Map.of()).result(), "only the install snapshot is kept");
    }

    @Test
    void queryBeforeInstallFailsAndDoesNotInstall() throws Exception {
        ScoreRunner runner = Contracts.counter();
        QueryOutcome outcome = runner.query("count", Map.of());
        assertEquals(new QueryOutcome(1, "SCORE not installed yet", null), outcome);
        assertTrue(runner.state().isEmpty());
    }

    @Test
    void missingInstallParameterFailsEveryCallOfTheBlockAndKeepsNothing() throws Exception {
        ScoreRunner runner = ScoreRunner.ofClasses(ScoreRunner.DEFAULT_SETTINGS, "counter",
                CounterScore.class,
                NamedScore.class);
        BlockExecution block = runner.executeBlock(List.of(
                runner.call(Contracts.ALICE, "increment", Map.of("by", "0x1")),
                runner.call(Contracts.BOB, "increment", Map.of("by", "0x1"))));
        for (TxOutcome outcome : block.outcomes()) {
            assertEquals(1, outcome.code());
            assertEquals("install failed: missing parameter 'name'", outcome.message());
        }
        assertTrue(block.writes().isEmpty());
    }

    @Test
    void fieldOfAnUnkeepableTypeFailsTheInstallAndIsRetriedNextBlock() throws Exception {
        ScoreRunner runner = ScoreRunner.ofClasses("unkeepable", UnkeepableScore.class);
        TxOutcome first = runner.execute(Contracts.ALICE, "size", Map.of());
        assertEquals(1, first.code());
        assertEquals("install failed: field UnkeepableScore.names of type java.util.ArrayList cannot be kept"
                + " between calls", first.message());
        assertEquals(1, runner.execute(Contracts.ALICE, "size", Map.of()).code());
        assertTrue(runner.state().isEmpty());
    }

    @Test
    void installRecordLivesUnderAReservedKey() throws Exception {
        ScoreRunner runner = Contracts.counter();
        runner.execute(Contracts.ALICE, "increment", Map.of("by", "0x1"));
        assertTrue(runner.state().containsKey("00" + HexFormat.of().formatHex("install".getBytes(
                StandardCharsets.US_ASCII))));
    }

    @Test
    void containersAndEveryKeepableValueTypeSurviveRestore() throws Exception {
        ScoreRunner runner = ScoreRunner.ofClasses("keeping",
                KeepingScore.class);
        assertEquals(0, runner.execute(Contracts.ALICE, "describe", Map.of()).code());
        assertEquals("10 1 " + ScoreRunner.OWNER + " there 33 true ztrue-3", runner.query("describe", Map.of()).result());
    }
}
