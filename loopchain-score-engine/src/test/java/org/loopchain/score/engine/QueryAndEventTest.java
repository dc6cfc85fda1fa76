package org.loopchain.score.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.score.engine.testing.ScoreRunner;

class QueryAndEventTest {

    @Test
    void queryNeverWritesState() throws Exception {
        ScoreRunner runner = Contracts.counter();
        runner.execute(Contracts.ALICE, "increment", Map.of("by", "0x1"));
        Map<String, byte[]> before = Map.copyOf(runner.state());
        runner.query("count", Map.of());
        runner.query("writeInReadOnly", Map.of());
        assertEquals(before.keySet(), runner.state().keySet());
        assertEquals("0x6", runner.query("count", Map.of()).result());
    }

    @Test
    void queryUsesTheBlockAndStateItIsGiven() throws Exception {
        ScoreCode code = Contracts.counterCode();
        ScoreExecutor executor = new ScoreExecutor(code, Contracts.counterSettings(1_000_000));
        ScoreBlock block = new ScoreBlock("main", 1, 0);
        BlockExecution installed = executor.execute(block, List.of(new ScoreCall("0x01", 0, 0, Contracts.ALICE,
                "increment", Map.of("by", "0x1"))), key -> null);
        StateReader state = key -> installed.writes().get(HexFormat.of().formatHex(key));
        assertEquals(new QueryOutcome(0, "", "0x6"), executor.query("count", Map.of(), state, block));
        assertEquals(new QueryOutcome(1, "SCORE not installed yet", null),
                executor.query("count", Map.of(), key -> null, block));
    }

    @Test
    void eventLogsSplitIndexedFromDataAndNameTheScore() throws Exception {
        ScoreRunner runner = Contracts.counter();
        TxOutcome outcome = runner.execute(Contracts.ALICE, "increment", Map.of("by", "0x2a"));
        assertEquals(List.of(new EventLog(runner.scoreAddress(),
                List.of("Incremented(Address,int)", Contracts.ALICE), List.of("0x2a"))), outcome.eventLogs());
    }

    @Test
    void failedCallKeepsNoEventLogs() throws Exception {
        TxOutcome outcome = Contracts.counter().execute(Contracts.ALICE, "failAfterWrite", Map.of("code", "0x1"));
        assertEquals(List.of(), outcome.eventLogs());
        assertNull(outcome.result());
    }
}
