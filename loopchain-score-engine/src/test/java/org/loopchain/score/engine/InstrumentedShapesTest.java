package org.loopchain.score.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.ShapesBase;
import com.example.ShapesScore;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.loopchain.score.engine.testing.ScoreRunner;

class InstrumentedShapesTest {

    private static ScoreRunner runner;

    @BeforeAll
    static void install() throws Exception {
        runner = ScoreRunner.ofClasses("shapes", ShapesScore.class, ShapesBase.class, ShapesScore.Amount.class,
                ShapesScore.Noisy.class);
        TxOutcome installed = runner.execute(Contracts.ALICE, "nestedFinally", Map.of("n", "0x0"));
        assertEquals(0, installed.code(), installed.message());
    }

    @Test
    void switchesTryWithResourcesMultiCatchFinallyRecordsAndLambdasRunAsJavacMeantThem() {
        QueryOutcome outcome = runner.query("everything", Map.of("word", "gamma"));

        assertEquals(new QueryOutcome(0, "", "base10:5:body:body1:finally:{x=10, y=2}:true:h:Amount[owner=x, value=10]"),
                outcome);
    }

    @Test
    void nestedFinallyBlocksRunOncePerPathAndGiveTheirFramesBack() {
        // i odd: i + 100; i even: 100 + 1
        assertEquals("0x" + Integer.toHexString(1 + 3 + 5 + 7 + 9 + 10 * 100 + 5), runner.query("nestedFinally",
                Map.of("n", "0xa")).result());
    }
}
