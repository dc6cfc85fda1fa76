package org.loopchain.logs;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One shipped log record. {@code channel}, {@code height} and {@code round} are what the message
 * itself says: the node's messages name them as {@code channel NAME}, {@code height N} and
 * {@code round N} (for example {@code channel loopchain_default: committed height 12 round 0 ...}),
 * and the first of each is taken; a record that names none has {@code null} there. Texts are clipped
 * to the store's columns ({@link #MAX_MESSAGE} characters of message, the first line of the thrown).
 *
 * @param time    when the record was made, milliseconds since the epoch
 * @param node    the node's name (its domain's name, else its peer id)
 * @param nodeId  the node's peer id
 * @param level   a {@code java.util.logging} level name
 * @param thrown  the first line of the attached throwable ({@code Class: message}), or {@code ""}
 */
public record LogEntry(long time, String node, String nodeId, String channel, Long height, Integer round, String level,
                       String logger, String message, String thrown) {

    public static final int MAX_NAME = 64;
    public static final int MAX_LOGGER = 200;
    public static final int MAX_MESSAGE = 4000;
    public static final int MAX_THROWN = 500;

    private static final Pattern CHANNEL = Pattern.compile("\\bchannel ([A-Za-z0-9_.-]{1,64})\\b");
    private static final Pattern HEIGHT = Pattern.compile("\\bheight (\\d{1,18})\\b");
    private static final Pattern ROUND = Pattern.compile("\\bround (\\d{1,9})\\b");

    /** An entry of this node with the channel, height and round its message names. */
    public static LogEntry of(long time, String node, String nodeId, String level, String logger, String message, Throwable thrown) {
        String text = message == null ? "" : message;
        Matcher c = CHANNEL.matcher(text);
        Matcher h = HEIGHT.matcher(text);
        Matcher r = ROUND.matcher(text);
        return new LogEntry(time, clip(node, MAX_NAME), clip(nodeId, MAX_NAME), c.find() ? c.group(1) : null,
                h.find() ? Long.valueOf(h.group(1)) : null, r.find() ? Integer.valueOf(r.group(1)) : null, level,
                clip(logger, MAX_LOGGER), clip(text, MAX_MESSAGE), clip(firstLine(thrown), MAX_THROWN));
    }

    static String firstLine(Throwable t) {
        if (t == null) {
            return "";
        }
        String s = t.toString();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static String clip(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** The record without its node (a {@link LogBatch} names that once): {@code time, level, logger, message, ...}. */
    Map<String, Object> toShippedJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("time", time);
        m.put("level", level);
        m.put("logger", logger);
        m.put("message", message);
        if (!thrown.isEmpty()) {
            m.put("thrown", thrown);
        }
        if (channel != null) {
            m.put("channel", channel);
        }
        if (height != null) {
            m.put("height", height);
        }
        if (round != null) {
            m.put("round", round);
        }
        return m;
    }

    /** The answer of {@code GET /api/v1/logs} for this record: every field, {@code null} where unknown. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("time", time);
        m.put("node", node);
        m.put("node_id", nodeId);
        m.put("channel", channel);
        m.put("height", height);
        m.put("round", round);
        m.put("level", level);
        m.put("logger", logger);
        m.put("message", message);
        m.put("thrown", thrown);
        return m;
    }

    /**
     * A shipped record of {@code node}, checked: a missing or mistyped field, an unknown level or a
     * channel that is no channel name is an {@link IllegalArgumentException}. Texts are clipped.
     */
    static LogEntry fromShippedJson(Object json, String node, String nodeId) {
        if (!(json instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("a record is not an object");
        }
        String level = text(m, "level", true);
        if (LogQuery.levelValue(level) < 0) {
            throw new IllegalArgumentException("unknown level " + LogQuery.clip(level));
        }
        String channel = text(m, "channel", false);
        if (channel != null && !CHANNEL.matcher("channel " + channel).matches()) {
            throw new IllegalArgumentException("not a channel name: " + LogQuery.clip(channel));
        }
        BigInteger height = number(m, "height", false);
        BigInteger round = number(m, "round", false);
        String thrown = text(m, "thrown", false);
        return new LogEntry(number(m, "time", true).longValueExact(), clip(node, MAX_NAME), clip(nodeId, MAX_NAME), channel,
                height == null ? null : height.longValueExact(), round == null ? null : round.intValueExact(), level,
                clip(text(m, "logger", true), MAX_LOGGER), clip(text(m, "message", true), MAX_MESSAGE),
                clip(thrown, MAX_THROWN));
    }

    private static String text(Map<?, ?> m, String key, boolean required) {
        Object v = m.get(key);
        if (v == null && !required) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException("'" + key + "' must be a string");
        }
        return s;
    }

    private static BigInteger number(Map<?, ?> m, String key, boolean required) {
        Object v = m.get(key);
        if (v == null && !required) {
            return null;
        }
        if (!(v instanceof BigInteger n) || n.signum() < 0 || n.bitLength() > 62) {
            throw new IllegalArgumentException("'" + key + "' must be a whole number >= 0");
        }
        return n;
    }
}
