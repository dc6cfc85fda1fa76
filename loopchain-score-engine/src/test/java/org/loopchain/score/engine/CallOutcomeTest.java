package org.loopchain.score.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.score.engine.testing.ScoreRunner;

class CallOutcomeTest {

    @Test
    void successHasCodeZeroEmptyMessageAndStepsUsed() throws Exception {
        TxOutcome outcome = Contracts.counter().execute(Contracts.ALICE, "increment", Map.of("by", "0x2"));
        assertEquals(0, outcome.code());
        assertEquals("", outcome.message());
        assertNull(outcome.result());
        assertTrue(outcome.steps() > 0);
    }

    @Test
    void revertWithUserCodeGivesThirtyTwoPlusTheCode() throws Exception {
        TxOutcome outcome = Contracts.counter().execute(Contracts.ALICE, "failAfterWrite", Map.of("code", "0x7"));
        assertEquals(39, outcome.code());
        assertEquals("failing with 7", outcome.message());
        assertTrue(outcome.eventLogs().isEmpty());
    }

    @Test
    void requireFalseAndOtherContractExceptionsGiveThirtyTwoWithTheMessage() throws Exception {
        ScoreRunner runner = Contracts.counter();
        TxOutcome required = runner.execute(Contracts.ALICE, "requireFalse", Map.of());
        assertEquals(32, required.code());
        assertEquals("required condition", required.message());
        TxOutcome thrown = runner.execute(Contracts.ALICE, "throwIllegalState", Map.of());
        assertEquals(32, thrown.code());
        assertEquals("bad state", thrown.message());
    }

    @Test
    void failedCallChangesNothingWhileOthersInTheBlockStillApply() throws Exception {
        ScoreRunner runner = Contracts.counter();
        BlockExecution block = runner.executeBlock(List.of(
                runner.call(Contracts.ALICE, "increment", Map.of("by", "0x1")),
                runner.call(Contracts.BOB, "failAfterWrite", Map.of("code", "0x0")),
                runner.call(Contracts.ALICE, "increment", Map.of("by", "0x10"))));
        assertEquals(List.of(0, 32, 0), block.outcomes().stream().map(TxOutcome::code).toList());
        assertEquals("0x16", runner.query("count", Map.of()).result());
        assertEquals(2, block.outcomes().get(0).eventLogs().size() + block.outcomes().get(2).eventLogs().size());
    }

    @Test
    void writeInAReadOnlyMethodFailsWithEightEvenWhenCaught() throws Exception {
        ScoreRunner runner = Contracts.counter();
        assertEquals(8, runner.execute(Contracts.ALICE, "writeInReadOnly", Map.of()).code());
        assertEquals(8, runner.execute(Contracts.ALICE, "swallowReadOnlyWrite", Map.of()).code());
        assertEquals(8, runner.query("writeInReadOnly", Map.of()).code());
        assertEquals(8, runner.query("swallowReadOnlyWrite", Map.of()).code());
        assertEquals("0x5", runner.query("count", Map.of()).result());
    }

    @Test
    void endlessLoopRunsOutOfStepsIdenticallyEveryTime() throws Exception {
        TxOutcome first = Contracts.tools(200_000).execute(Contracts.ALICE, "loop", Map.of());
        TxOutcome second = Contracts.tools(200_000).execute(Contracts.ALICE, "loop", Map.of());
        assertEquals(10, first.code());
        assertEquals("out of steps", first.message());
        assertEquals(first, second);
        assertEquals(200_000, first.steps());
    }

    @Test
    void unboundedRecursionIsAStackOverflow() throws Exception {
        TxOutcome outcome = Contracts.tools(Long.MAX_VALUE).execute(Contracts.ALICE, "recurse", Map.of());
        assertEquals(13, outcome.code());
    }

    @Test
    void unknownMethodIsThree() throws Exception {
        ScoreRunner runner = Contracts.counter();
        TxOutcome outcome = runner.execute(Contracts.ALICE, "decrement", Map.of());
        assertEquals(3, outcome.code());
        assertEquals("method 'decrement' not found", outcome.message());
        assertEquals(3, runner.query("nothing", Map.of()).code());
    }

    @Test
    void queryOfAWritingMethodIsThree() throws Exception {
        ScoreRunner runner = Contracts.counter();
        runner.execute(Contracts.ALICE, "increment", Map.of("by", "0x1"));
        QueryOutcome outcome = runner.query("increment", Map.of("by", "0x1"));
        assertEquals(new QueryOutcome(3, "'increment' is not a read-only method", null), outcome);
    }

    @Test
    void badMissingOrUnknownParametersAreSixNamingTheParameter() throws Exception {
        ScoreRunner runner = Contracts.counter();
        TxOutcome bad = runner.execute(Contracts.ALICE, "increment", Map.of("by", "lots"));
        assertEquals(6, bad.code());
        assertTrue(bad.message().startsWith("invalid parameter 'by'"), bad.message());
        TxOutcome missing = runner.execute(Contracts.ALICE, "increment", Map.of());
        assertEquals(new TxOutcome(missing.txHash(), 6, "missing parameter 'by'", null, List.of(), missing.steps()),
                missing);
        TxOutcome unknown = runner.execute(Contracts.ALICE, "increment", Map.of("by", "0x1", "to", "0x2"));
        assertEquals("unknown parameter 'to'", unknown.message());
        TxOutcome overflow = runner.execute(Contracts.ALICE, "failAfterWrite", Map.of("code", "0x100000000"));
        assertEquals(6, overflow.code());
    }

    @Test
    void malformedCallerIsAnIllegalFormatAndTheBlockGoesOn() throws Exception {
        ScoreRunner runner = Contracts.counter();
        BlockExecution block = runner.executeBlock(List.of(
                runner.call("bob", "increment", Map.of("by", "0x1")),
                runner.call(Contracts.ALICE, "increment", Map.of("by", "0x1"))));
        assertEquals(List.of(5, 0), block.outcomes().stream().map(TxOutcome::code).toList());
    }
}
