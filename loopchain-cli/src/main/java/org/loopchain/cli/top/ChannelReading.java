package org.loopchain.cli.top;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One channel on one node at one poll: what its metrics say, and the role and leader its
 * {@code /api/v1/status/peer} says (empty when it did not answer).
 */
public record ChannelReading(long height, long committedTx, long pending, long round, long leaderChanges,
        long complaints, long dropped, String role, String leaderId) {

    /** The readings of every channel the samples name, in the order they first appear. */
    public static Map<String, ChannelReading> of(List<PrometheusText.Sample> samples) {
        Map<String, Map<String, Double>> byChannel = new LinkedHashMap<>();
        for (PrometheusText.Sample s : samples) {
            String channel = s.label("channel");
            if (channel.isEmpty()) {
                continue;
            }
            byChannel.computeIfAbsent(channel, c -> new LinkedHashMap<>()).merge(s.name(), s.value(), Double::sum);
        }
        Map<String, ChannelReading> out = new LinkedHashMap<>();
        byChannel.forEach((channel, m) -> out.put(channel, new ChannelReading(
                get(m, "loopchain_block_height"), get(m, "loopchain_committed_tx_total"), get(m, "loopchain_pending_tx"),
                get(m, "loopchain_round"), get(m, "loopchain_leader_changes_total"), get(m, "loopchain_complaints_total"),
                get(m, "loopchain_dropped_messages_total"), get(m, "loopchain_leader") == 1 ? "leader" : "", "")));
        return out;
    }

    /** This reading with the role and leader of the channel's status. */
    public ChannelReading withStatus(String statusRole, String statusLeader) {
        return new ChannelReading(height, committedTx, pending, round, leaderChanges, complaints, dropped,
                statusRole.isEmpty() ? role : statusRole, statusLeader);
    }

    private static long get(Map<String, Double> m, String name) {
        Double v = m.get(name);
        return v == null || v.isNaN() ? -1 : Math.round(v);
    }
}
