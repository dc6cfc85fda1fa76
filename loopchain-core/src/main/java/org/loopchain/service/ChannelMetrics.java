package org.loopchain.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.loopchain.channel.ChannelStatus;

/**
 * A peer's channels in the Prometheus text exposition format (version 0.0.4): one sample per
 * channel for each status value, the block check and store times as summaries ({@code _sum} in
 * seconds and {@code _count}, no quantiles), and the dropped consensus messages by reason. Rates
 * (committed tx/s, blocks/s) and mean times are the scraper's {@code rate()} over the counters.
 */
public final class ChannelMetrics {

    /** The content type Prometheus asks for and this text is. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private record Metric(String name, String type, String help, ToDoubleFunction<ChannelStatus> value) {
    }

    private static final List<Metric> METRICS = List.of(
            new Metric("loopchain_block_height", "gauge", "Height of the last committed block.", ChannelStatus::height),
            new Metric("loopchain_committed_tx_total", "counter", "Transactions held by committed blocks.", ChannelStatus::totalTx),
            new Metric("loopchain_made_blocks_total", "counter", "Committed blocks this peer proposed since it started.",
                    ChannelStatus::madeBlockCount),
            new Metric("loopchain_pending_tx", "gauge", "Transactions waiting for a block.", ChannelStatus::pendingTx),
            new Metric("loopchain_round", "gauge", "Consensus round of the height being decided.", ChannelStatus::round),
            new Metric("loopchain_last_commit_timestamp_seconds", "gauge",
                    "When the last block committed here was made, seconds since the epoch (0: none since start).",
                    s -> s.lastCommitMicros() / 1e6),
            new Metric("loopchain_leader", "gauge", "1 while this peer leads the channel's round, else 0.",
                    s -> "leader".equals(s.role()) ? 1 : 0),
            new Metric("loopchain_leader_changes_total", "counter",
                    "Changes of the leader this peer follows since it started (by the schedule or a complaint).",
                    ChannelStatus::leaderChanges),
            new Metric("loopchain_complaints_total", "counter",
                    "Complaints about a leader this peer signed since it started (its round timer ran out).",
                    ChannelStatus::complaints));

    private record Summary(String name, String help, Function<ChannelStatus, ChannelStatus.Timing> timing) {
    }

    private static final List<Summary> SUMMARIES = List.of(
            new Summary("loopchain_block_verify_seconds", "Time this peer took to check a candidate block (wall clock).",
                    ChannelStatus::verify),
            new Summary("loopchain_block_store_seconds",
                    "Time this peer took to execute and store a committed block (wall clock).", ChannelStatus::store));

    private ChannelMetrics() {
    }

    /**
     * @param statuses each channel's status, by name
     * @param dropped  each channel's dropped consensus messages by reason, by name
     * @param foreign  the messages that reached the peer for channels it does not serve, by channel
     */
    public static String prometheus(Map<String, ChannelStatus> statuses, Map<String, Map<String, Long>> dropped,
            Map<String, Long> foreign) {
        StringBuilder out = new StringBuilder();
        for (Metric m : METRICS) {
            header(out, m.name(), m.type(), m.help());
            statuses.forEach((channel, status) -> sample(out, m.name(), List.of("channel", channel), m.value().applyAsDouble(status)));
        }
        for (Summary m : SUMMARIES) {
            header(out, m.name(), "summary", m.help());
            statuses.forEach((channel, status) -> {
                ChannelStatus.Timing t = m.timing().apply(status);
                sample(out, m.name() + "_sum", List.of("channel", channel), t.totalMillis() / 1e3);
                sample(out, m.name() + "_count", List.of("channel", channel), t.count());
            });
        }
        header(out, "loopchain_dropped_messages_total", "counter", "Consensus messages dropped, by reason.");
        dropped.forEach((channel, reasons) -> reasons.forEach((reason, count) ->
                sample(out, "loopchain_dropped_messages_total", List.of("channel", channel, "reason", reason), count)));
        header(out, "loopchain_foreign_messages_total", "counter",
                "Consensus messages and transaction relays that reached this peer for a channel it does not serve.");
        foreign.forEach((channel, count) -> sample(out, "loopchain_foreign_messages_total", List.of("channel", channel), count));
        return out.toString();
    }

    private static void header(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static void sample(StringBuilder out, String name, List<String> labels, double value) {
        out.append(name).append('{');
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < labels.size(); i += 2) {
            pairs.add(labels.get(i) + "=\"" + escape(labels.get(i + 1)) + "\"");
        }
        out.append(String.join(",", pairs)).append("} ");
        out.append(value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value));
        out.append('\n');
    }

    /** A label value as the format wants it: backslash, double quote and line feed escaped. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
