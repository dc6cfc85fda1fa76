package org.loopchain.score.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.DepthScore;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.loopchain.score.engine.testing.ScoreRunner;

class CallDepthTest {

    private static final QueryOutcome TOO_DEEP = new QueryOutcome(13, "call depth exceeded", null);

    private static ScoreRunner runner;

    @BeforeAll
    static void install() throws Exception {
        runner = ScoreRunner.ofClasses("depth", DepthScore.class);
        runner.execute(Contracts.ALICE, "recurse", Map.of("n", "0x0")); // installs
    }

    @Test
    void callsNestedWithinTheCapRun() {
        // the external method itself is one frame: 255 more fit in 256
        assertEquals(new QueryOutcome(0, "", "0xff"), runner.query("recurse", Map.of("n", "0xff")));
    }

    @Test
    void oneFrameOverTheCapFailsWithThirteenOnEveryJvmAlike() {
        assertEquals(TOO_DEEP, runner.query("recurse", Map.of("n", "0x100")));
        assertEquals(TOO_DEEP, runner.query("recurse", Map.of("n", "0x2710")));
    }

    @Test
    void aFinallyThatReturnsCannotSwallowTheCap() {
        assertEquals(TOO_DEEP, runner.query("swallowOverflow", Map.of()));
    }

    @Test
    void aFinallyCannotSwallowAJvmErrorEither() throws Exception {
        ScoreRunner unlimited = ScoreRunner.ofClasses(new ScoreSettings(Long.MAX_VALUE, ScoreRunner.OWNER, Map.of()),
                "depth", DepthScore.class);

        TxOutcome outcome = unlimited.execute(Contracts.ALICE, "swallowOutOfMemory", Map.of());

        assertEquals(1, outcome.code());
        assertEquals("java.lang.OutOfMemoryError", outcome.message());
    }

    @Test
    void exceptionsThatLeaveMethodsGiveTheirFramesBack() {
        QueryOutcome outcome = runner.query("catchManyThenRecurse", Map.of("times", "0x3e8", "depth", "0xfe"));

        assertEquals(new QueryOutcome(0, "", "0x" + Integer.toHexString(1000 + 254)), outcome);
    }

    @Test
    void largeFramesReachTheSlotBudgetBeforeTheFrameCap() {
        int perFrame = 80 * 2 + 1; // at least the 80 long locals; the class file's max_stack adds more
        int fit = StepMeter.MAX_FRAME_SLOTS / perFrame;

        assertEquals(0, runner.query("wide", Map.of("n", "0x" + Integer.toHexString(fit / 2))).code());
        assertEquals(TOO_DEEP, runner.query("wide", Map.of("n", "0x" + Integer.toHexString(fit))));
    }

    @Test
    void theFailureAndItsStepsAreTheSameOnEveryRun() throws Exception {
        ScoreRunner other = ScoreRunner.ofClasses("depth", DepthScore.class);
        TxOutcome here = runner.execute(Contracts.ALICE, "recurse", Map.of("n", "0x3e8"));
        TxOutcome there = other.execute(Contracts.ALICE, "recurse", Map.of("n", "0x3e8"));

        assertEquals(13, here.code());
        assertEquals(here.message(), there.message());
        assertEquals(here.steps(), there.steps());
    }
}
