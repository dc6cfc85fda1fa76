package org.loopchain.samples.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loopchain.score.engine.BlockExecution;
import org.loopchain.score.engine.QueryOutcome;
import org.loopchain.score.engine.ScoreSettings;
import org.loopchain.score.engine.TxOutcome;
import org.loopchain.score.engine.testing.ScoreRunner;

class EndlessLoopTest {

    private static final String OWNER = "hx" + "11".repeat(20);
    private static final int OUT_OF_STEPS = 10;

    private ScoreRunner runner;

    @BeforeEach
    void install() throws Exception {
        runner = ScoreRunner.ofClasses(new ScoreSettings(100_000, OWNER, Map.of()), "endless-loop", EndlessLoop.class);
    }

    @Test
    void spinRunsOutOfStepsAndTheScoreStillAnswersAfterwards() {
        TxOutcome spin = runner.execute(OWNER, "spin", Map.of());

        assertEquals(OUT_OF_STEPS, spin.code(), spin.message());
        assertEquals(List.of(), spin.eventLogs());
        QueryOutcome ping = runner.query("ping", Map.of());
        assertEquals(0, ping.code(), ping.message());
        assertEquals("pong", ping.result());
    }

    @Test
    void spinStopsAtTheSameStepWithTheSameResultRootOnEveryRun() throws Exception {
        ScoreRunner other = ScoreRunner.ofClasses(new ScoreSettings(100_000, OWNER, Map.of()),
                "endless-loop", EndlessLoop.class);

        BlockExecution here = runner.executeBlock(List.of(runner.call(OWNER, "spin", Map.of())));
        BlockExecution there = other.executeBlock(List.of(other.call(OWNER, "spin", Map.of())));

        assertEquals(OUT_OF_STEPS, there.outcomes().get(0).code());
        assertEquals(here.outcomes().get(0).steps(), there.outcomes().get(0).steps());
        assertEquals(here.resultRoot(), there.resultRoot());
    }
}
