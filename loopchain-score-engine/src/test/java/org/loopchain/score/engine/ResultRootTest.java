package org.loopchain.score.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ResultRootTest {

    private static final ScoreBlock BLOCK = new ScoreBlock("main", 3, 1_000);
    private static final TreeMap<String, BigInteger> NO_MOVES = new TreeMap<>();

    private static BlockExecution run(ScoreExecutor executor, String by) {
        return executor.execute(BLOCK, List.of(
                new ScoreCall("0x01", 0, 10, Contracts.ALICE, "increment", Map.of("by", by)),
                new ScoreCall("0x02", 1, 11, Contracts.BOB, "count", Map.of())), key -> null);
    }

    @Test
    void identicalInputsGiveTheIdenticalRootOnTwoExecutors() throws Exception {
        BlockExecution first = run(new ScoreExecutor(Contracts.counterCode(), Contracts.counterSettings(1_000_000)), "0x1");
        BlockExecution second = run(new ScoreExecutor(Contracts.counterCode(), Contracts.counterSettings(1_000_000)), "0x1");
        assertEquals(64, first.resultRoot().length());
        assertEquals(first.resultRoot(), second.resultRoot());
        assertEquals(first.outcomes(), second.outcomes());
    }

    @Test
    void aDifferentResultOrWriteChangesTheRoot() throws Exception {
        ScoreExecutor executor = new ScoreExecutor(Contracts.counterCode(), Contracts.counterSettings(1_000_000));
        BlockExecution base = run(executor, "0x1");
        assertNotEquals(base.resultRoot(), run(executor, "0x2").resultRoot());

        TreeMap<String, byte[]> otherWrites = new TreeMap<>(base.writes());
        otherWrites.put("ff", new byte[] {1});
        assertNotEquals(base.resultRoot(), ResultRoot.of(base.outcomes(), otherWrites, NO_MOVES));
        TreeMap<String, byte[]> deleted = new TreeMap<>(base.writes());
        deleted.put(deleted.firstKey(), null);
        assertNotEquals(base.resultRoot(), ResultRoot.of(base.outcomes(), deleted, NO_MOVES));

        TxOutcome changed = new TxOutcome("0x02", 0, "", "0x7", List.of(), base.outcomes().get(1).steps());
        assertNotEquals(base.resultRoot(), ResultRoot.of(List.of(base.outcomes().get(0), changed), base.writes(), NO_MOVES));
        assertEquals(base.resultRoot(), ResultRoot.of(base.outcomes(), base.writes(), NO_MOVES));
    }

    @Test
    void blockWithoutCallsHasAnEmptyRootAndNoWrites() throws Exception {
        ScoreExecutor executor = new ScoreExecutor(Contracts.counterCode(), Contracts.counterSettings(1_000_000));
        BlockExecution empty = executor.execute(BLOCK, List.of(), key -> null);
        assertEquals("", empty.resultRoot());
        assertTrue(empty.outcomes().isEmpty());
        assertTrue(empty.writes().isEmpty());
    }

    @Test
    void writesAreHexKeysInByteOrder() throws Exception {
        ScoreExecutor executor = new ScoreExecutor(Contracts.counterCode(), Contracts.counterSettings(1_000_000));
        BlockExecution block = run(executor, "0x1");
        List<String> keys = List.copyOf(block.writes().keySet());
        assertTrue(keys.get(0).startsWith("00"), "the install record sorts first: " + keys);
        assertEquals(keys.stream().sorted().toList(), keys);
    }
}
