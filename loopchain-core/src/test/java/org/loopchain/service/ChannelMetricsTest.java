package org.loopchain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.channel.ChannelStatus;
import org.loopchain.channel.ChannelStatus.Timing;

class ChannelMetricsTest {

    private static final ChannelStatus DEFAULT = new ChannelStatus(12, "ab", 3400, 5, 7, 1_796_448_561_055_631L, 2, "p0", "leader",
            6, 1, new Timing(11, 250), new Timing(12, 3_000));
    private static final ChannelStatus KOFIA = new ChannelStatus(3, "cd", 9, 0, 0, 0, 0, "p1", "validator",
            0, 4, Timing.NONE, Timing.NONE);

    private static String text() {
        Map<String, ChannelStatus> statuses = new LinkedHashMap<>();
        statuses.put("loopchain_default", DEFAULT);
        statuses.put("kofia_1", KOFIA);
        return ChannelMetrics.prometheus(statuses, Map.of("kofia_1", Map.of("bad_signature", 4L)), Map.of("solo_7", 9L));
    }

    @Test
    void eachStatusValueIsASamplePerChannelUnderItsHelpAndType() {
        String text = text();
        assertTrue(text.contains("""
                # HELP loopchain_block_height Height of the last committed block.
                # TYPE loopchain_block_height gauge
                loopchain_block_height{channel="loopchain_default"} 12
                loopchain_block_height{channel="kofia_1"} 3
                """), text);
        assertTrue(text.contains("# TYPE loopchain_committed_tx_total counter\nloopchain_committed_tx_total{channel=\"loopchain_default\"} 3400\n"));
        assertTrue(text.contains("loopchain_pending_tx{channel=\"loopchain_default\"} 7\n"));
        assertTrue(text.contains("loopchain_last_commit_timestamp_seconds{channel=\"loopchain_default\"} 1.796448561055631E9\n"), text);
        assertTrue(text.contains("loopchain_leader{channel=\"loopchain_default\"} 1\nloopchain_leader{channel=\"kofia_1\"} 0\n"));
        assertTrue(text.contains("loopchain_dropped_messages_total{channel=\"kofia_1\",reason=\"bad_signature\"} 4\n"), text);
        assertTrue(text.contains("# TYPE loopchain_foreign_messages_total counter\nloopchain_foreign_messages_total{channel=\"solo_7\"} 9\n"), text);
    }

    @Test
    void leaderChangesAndComplaintsAreCountersPerChannel() {
        String text = text();
        assertTrue(text.contains("# TYPE loopchain_leader_changes_total counter\n"
                + "loopchain_leader_changes_total{channel=\"loopchain_default\"} 6\n"
                + "loopchain_leader_changes_total{channel=\"kofia_1\"} 0\n"), text);
        assertTrue(text.contains("# TYPE loopchain_complaints_total counter\n"
                + "loopchain_complaints_total{channel=\"loopchain_default\"} 1\n"
                + "loopchain_complaints_total{channel=\"kofia_1\"} 4\n"), text);
    }

    @Test
    void verifyAndStoreTimesAreSummariesInSecondsWithTheirCounts() {
        String text = text();
        assertTrue(text.contains("""
                # TYPE loopchain_block_verify_seconds summary
                loopchain_block_verify_seconds_sum{channel="loopchain_default"} 0.25
                loopchain_block_verify_seconds_count{channel="loopchain_default"} 11
                loopchain_block_verify_seconds_sum{channel="kofia_1"} 0
                loopchain_block_verify_seconds_count{channel="kofia_1"} 0
                """), text);
        assertTrue(text.contains("""
                loopchain_block_store_seconds_sum{channel="loopchain_default"} 3
                loopchain_block_store_seconds_count{channel="loopchain_default"} 12
                """), text);
    }

    @Test
    void everyLineIsACommentOrANameLabelsAndANumber() {
        for (String line : text().split("\n")) {
            assertTrue(line.startsWith("# HELP ") || line.startsWith("# TYPE ")
                    || line.matches("[a-z_]+\\{([a-z_]+=\"[^\"]*\",?)+\\} -?[0-9.E]+"), line);
        }
    }

    @Test
    void labelValuesAreEscaped() {
        assertEquals("a\\\\b\\\"c\\nd", ChannelMetrics.escape("a\\b\"c\nd"));
    }
}
