package org.loopchain.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogBatchTest {

    /** A batch of one record, up to its level. */
    private static final String ONE_RECORD = "{\"node\": \"p\", \"node_id\": \"x\", \"dropped\": 0, \"records\": [{\"time\": 1, ";

    private static final LogEntry COMMIT = new LogEntry(1000L, "peer1", "id-1", "kofia_1", 7L, 0, "INFO",
            "org.loopchain.channel.ChannelChain", "channel kofia_1: committed height 7 round 0", "");
    private static final LogEntry FAILURE = new LogEntry(1001L, "peer1", "id-1", null, null, null, "SEVERE",
            "org.loopchain.persistence.JpaChainStore", "\"quoted\" and \u00e9", "java.sql.SQLException: gone");

    @Test
    void aBatchReadsBackAsItWasSent() {
        LogBatch sent = new LogBatch("peer1", "id-1", 3, List.of(COMMIT, FAILURE));
        String text = sent.toJson();
        assertTrue(text.startsWith("{\"node\": \"peer1\", \"node_id\": \"id-1\", \"dropped\": 3, \"records\": [{\"time\": 1000,"), text);
        assertEquals(sent, LogBatch.parse(text));
    }

    @Test
    void reportedDropsBecomeAWarningRecordAfterTheBatchsRecords() {
        List<LogEntry> stored = new LogBatch("peer1", "id-1", 3, List.of(COMMIT)).toStore(5000L);
        assertEquals(2, stored.size());
        LogEntry drops = stored.get(1);
        assertEquals("WARNING", drops.level());
        assertEquals(1000L, drops.time());
        assertEquals("3 log records of peer1 were dropped before this (queue full or broker unavailable)", drops.message());
        assertEquals(5000L, new LogBatch("peer1", "id-1", 1, List.of()).toStore(5000L).get(0).time());
        assertEquals(List.of(COMMIT), new LogBatch("peer1", "id-1", 0, List.of(COMMIT)).toStore(5000L));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[]",
        "not json",
        "{\"node_id\": \"x\", \"dropped\": 0, \"records\": []}",
        "{\"node\": \"\", \"node_id\": \"x\", \"dropped\": 0, \"records\": []}",
        "{\"node\": \"p\", \"node_id\": \"x\", \"dropped\": -1, \"records\": []}",
        "{\"node\": \"p\", \"node_id\": \"x\", \"dropped\": 0, \"records\": [1]}",
        ONE_RECORD + "\"level\": \"LOUD\", \"logger\": \"l\", \"message\": \"m\"}]}",
        ONE_RECORD + "\"level\": \"INFO\", \"logger\": \"l\"}]}",
        "{\"node\": \"p\", \"node_id\": \"x\", \"dropped\": 0, \"records\": [{\"time\": \"1\", \"level\": \"INFO\","
                + " \"logger\": \"l\", \"message\": \"m\"}]}",
        ONE_RECORD + "\"level\": \"INFO\", \"logger\": \"l\", \"message\": \"m\","
                + " \"channel\": \"no such/channel\"}]}",
        ONE_RECORD + "\"level\": \"INFO\", \"logger\": \"l\", \"message\": \"m\","
                + " \"round\": 99999999999}]}"
    })
    void aMalformedBatchIsRefusedWithAReason(String text) {
        assertThrows(IllegalArgumentException.class, () -> LogBatch.parse(text));
    }

    @Test
    void longTextsAreClippedToTheStoresColumns() {
        String huge = "x".repeat(LogEntry.MAX_MESSAGE + 10);
        LogEntry e = LogEntry.of(1, "n", "id", "INFO", "l", huge, null);
        assertEquals(LogEntry.MAX_MESSAGE, e.message().length());
    }

    @Test
    void aMessageWithoutChannelHeightOrRoundHasNoneOfThem() {
        LogEntry e = LogEntry.of(1, "n", "id", "INFO", "l", "radio station started; the heightened roundup", null);
        assertEquals(null, e.channel());
        assertEquals(null, e.height());
        assertEquals(null, e.round());
    }
}
