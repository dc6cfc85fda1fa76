package org.loopchain.logs;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loopchain.core.json.Json;
import org.loopchain.core.json.JsonException;

/**
 * One message to the collector: the records one node queued since its last batch, and how many it
 * dropped since then (a full queue, or a batch the broker did not take). Its body:
 * {@code {"node": N, "node_id": ID, "dropped": D, "records": [{"time", "level", "logger", "message",
 * "thrown"?, "channel"?, "height"?, "round"?}, ...]}}.
 */
public record LogBatch(String node, String nodeId, long dropped, List<LogEntry> entries) {

    /** The message type of a batch on the {@code log} kind. */
    public static final String TYPE = "log_batch";

    public LogBatch {
        entries = List.copyOf(entries);
    }

    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("node", node);
        m.put("node_id", nodeId);
        m.put("dropped", dropped);
        List<Object> records = new ArrayList<>(entries.size());
        entries.forEach(e -> records.add(e.toShippedJson()));
        m.put("records", records);
        return Json.pyDumps(m);
    }

    /** A batch as received, every record checked ({@link LogEntry}); anything malformed is an {@link IllegalArgumentException}. */
    public static LogBatch parse(String text) {
        try {
            if (!(Json.parse(text) instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException("a log batch is not a JSON object");
            }
            if (!(m.get("node") instanceof String node) || node.isEmpty() || !(m.get("node_id") instanceof String nodeId)) {
                throw new IllegalArgumentException("a log batch names no node");
            }
            if (!(m.get("dropped") instanceof BigInteger dropped) || dropped.signum() < 0 || !(m.get("records") instanceof List<?> list)) {
                throw new IllegalArgumentException("a log batch without 'dropped' or 'records'");
            }
            List<LogEntry> entries = new ArrayList<>(list.size());
            for (Object o : list) {
                entries.add(LogEntry.fromShippedJson(o, node, nodeId));
            }
            return new LogBatch(node, nodeId, dropped.min(BigInteger.valueOf(Long.MAX_VALUE)).longValue(), entries);
        } catch (JsonException | ArithmeticException e) {
            throw new IllegalArgumentException("a malformed log batch: " + e.getMessage(), e);
        }
    }

    /**
     * The records to store: the batch's, and when it reports drops, one WARNING record saying how
     * many (timed as the batch's last record, else {@code receivedAt}), so a gap shows in the query.
     */
    public List<LogEntry> toStore(long receivedAt) {
        if (dropped == 0) {
            return entries;
        }
        List<LogEntry> all = new ArrayList<>(entries);
        long time = entries.isEmpty() ? receivedAt : entries.get(entries.size() - 1).time();
        all.add(new LogEntry(time, node, nodeId, null, null, null, "WARNING", LogShipper.class.getName(),
                dropped + " log records of " + node + " were dropped before this (queue full or broker unavailable)", ""));
        return all;
    }
}
