package org.loopchain.cli.top;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.cli.top.PrometheusText.Sample;

class PrometheusTextTest {

    @Test
    void commentsAreSkippedAndSamplesKeepNameLabelsAndValue() {
        List<Sample> samples = PrometheusText.parse("""
                # HELP loopchain_block_height Height of the last committed block.
                # TYPE loopchain_block_height gauge
                loopchain_block_height{channel="loopchain_default"} 12
                loopchain_dropped_messages_total{channel="kofia_1",reason="bad_signature"} 4

                loopchain_last_commit_timestamp_seconds{channel="kofia_1"} 1.796448561055631E9
                """);
        assertEquals(List.of(
                new Sample("loopchain_block_height", Map.of("channel", "loopchain_default"), 12),
                new Sample("loopchain_dropped_messages_total", Map.of("channel", "kofia_1", "reason", "bad_signature"), 4),
                new Sample("loopchain_last_commit_timestamp_seconds", Map.of("channel", "kofia_1"), 1.796448561055631E9)),
                samples);
    }

    @Test
    void labelValuesAreUnescapedAndMayHoldBracesCommasAndSpaces() {
        Sample s = PrometheusText.parse("m{a=\"x\\\\y\\\"z\\n\", b=\"{1, 2}\",} 3\n").get(0);
        assertEquals("x\\y\"z\n", s.label("a"));
        assertEquals("{1, 2}", s.label("b"));
        assertEquals("", s.label("missing"));
    }

    @Test
    void aSampleWithoutLabelsOrWithATimestampOrASpecialValueIsRead() {
        List<Sample> samples = PrometheusText.parse("up 1 1700000000000\nx{} +Inf\ny NaN\nz -2.5e-3\n");
        assertEquals(new Sample("up", Map.of(), 1), samples.get(0));
        assertEquals(Double.POSITIVE_INFINITY, samples.get(1).value());
        assertTrue(Double.isNaN(samples.get(2).value()));
        assertEquals(-0.0025, samples.get(3).value());
    }

    @Test
    void aLineThatIsNoSampleIsRefusedWithItsNumber() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> PrometheusText.parse("# ok\nm{channel=\"a\"} 1\nm{channel=\"a\" 2\n")).getMessage();
        assertTrue(message.startsWith("metrics line 3:"), message);
        assertThrows(IllegalArgumentException.class, () -> PrometheusText.parse("m{channel=\"a\"} many\n"));
        assertThrows(IllegalArgumentException.class, () -> PrometheusText.parse("{channel=\"a\"} 1\n"));
        assertThrows(IllegalArgumentException.class, () -> PrometheusText.parse("m 1 2 3\n"));
        assertThrows(IllegalArgumentException.class, () -> PrometheusText.parse("<html>503</html>\n"));
    }

    @Test
    void samplesOfAChannelBecomeOneReadingAndDropsAreSummedOverReasons() {
        Map<String, ChannelReading> r = ChannelReading.of(PrometheusText.parse("""
                loopchain_block_height{channel="a"} 12
                loopchain_committed_tx_total{channel="a"} 3400
                loopchain_pending_tx{channel="a"} 7
                loopchain_round{channel="a"} 1
                loopchain_leader{channel="a"} 1
                loopchain_leader_changes_total{channel="a"} 6
                loopchain_complaints_total{channel="a"} 2
                loopchain_dropped_messages_total{channel="a",reason="too-old"} 4
                loopchain_dropped_messages_total{channel="a",reason="bad-signature"} 1
                loopchain_block_height{channel="b"} 3
                """));
        assertEquals(List.of("a", "b"), List.copyOf(r.keySet()));
        assertEquals(new ChannelReading(12, 3400, 7, 1, 6, 2, 5, "leader", ""), r.get("a"));
        assertEquals(new ChannelReading(3, -1, -1, -1, -1, -1, -1, "", ""), r.get("b"), "absent metrics read as unknown");
    }
}
