package org.loopchain.logs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.loopchain.core.config.ConfigKeys;

/**
 * What {@code GET /api/v1/logs} asks for, checked: every filter is optional and they all hold
 * together. {@code node} is a node's name or peer id; {@code channel} a channel name; {@code level}
 * the least level ({@code java.util.logging} names, or {@code ERROR}, {@code WARN}, {@code DEBUG}, any
 * case); {@code since} a duration back from now ({@code 90s}, {@code 10m}, {@code 2h}, {@code 1d}) or
 * a time ({@code 2026-12-05T19:00:00Z}, with an offset, or local to the Radio Station, or a date);
 * {@code grep} text the message contains, any case; {@code limit} how many of the newest matching
 * records to answer (default {@link #DEFAULT_LIMIT}, at most {@link #MAX_LIMIT}).
 *
 * @param minLevel the least {@link Level#intValue()}, or {@link Integer#MIN_VALUE} for any
 * @param since    the earliest time in milliseconds, or {@link Long#MIN_VALUE} for any
 */
public record LogQuery(String node, String channel, int minLevel, long since, String grep, int limit) {

    public static final int DEFAULT_LIMIT = 200;
    public static final int MAX_LIMIT = 10_000;
    public static final Set<String> PARAMETERS = Set.of("node", "channel", "level", "since", "grep", "limit");

    private static final int MAX_GREP = 200;
    private static final Pattern AGO = Pattern.compile("(\\d{1,9})([smhd])");
    private static final Map<String, String> ALIASES = Map.of("ERROR", "SEVERE", "WARN", "WARNING", "DEBUG", "FINE");
    /** The levels a stored record has, highest first. */
    private static final List<String> RECORD_LEVELS = List.of("SEVERE", "WARNING", "INFO", "CONFIG", "FINE", "FINER", "FINEST");

    /**
     * The query the parameters ask for; {@code null} or empty values are absent filters.
     *
     * @throws IllegalArgumentException naming the parameter and what it must be
     */
    public static LogQuery parse(Map<String, String> parameters, Instant now, ZoneId zone) {
        for (String name : parameters.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw new IllegalArgumentException("unknown parameter '" + clip(name) + "' (known: node, channel, level, since, grep, limit)");
            }
        }
        String node = value(parameters, "node");
        if (node != null && (node.length() > LogEntry.MAX_NAME || !node.matches("[\\x21-\\x7e]+"))) {
            throw new IllegalArgumentException("'node' must be a node's name or peer id, got '" + clip(node) + "'");
        }
        String channel = value(parameters, "channel");
        if (channel != null && !ConfigKeys.CHANNEL_NAME.matcher(channel).matches()) {
            throw new IllegalArgumentException("'channel' must be 1..64 characters of A-Z a-z 0-9 _ . -, got '" + clip(channel) + "'");
        }
        String level = value(parameters, "level");
        int minLevel = Integer.MIN_VALUE;
        if (level != null) {
            String upper = level.toUpperCase(Locale.ROOT);
            minLevel = "ALL".equals(upper) ? Integer.MIN_VALUE : levelValue(ALIASES.getOrDefault(upper, upper));
            if (minLevel == -1) {
                throw new IllegalArgumentException("'level' must be one of SEVERE (ERROR), WARNING (WARN), INFO, CONFIG, FINE (DEBUG),"
                        + " FINER, FINEST, ALL, got '" + clip(level) + "'");
            }
        }
        String since = value(parameters, "since");
        long sinceMillis = since == null ? Long.MIN_VALUE : since(since, now, zone);
        String grep = value(parameters, "grep");
        if (grep != null && grep.length() > MAX_GREP) {
            throw new IllegalArgumentException("'grep' must be at most " + MAX_GREP + " characters");
        }
        String limit = value(parameters, "limit");
        int n = DEFAULT_LIMIT;
        if (limit != null) {
            if (!limit.matches("\\d{1,9}") || Integer.parseInt(limit) < 1 || Integer.parseInt(limit) > MAX_LIMIT) {
                throw new IllegalArgumentException("'limit' must be 1.." + MAX_LIMIT + ", got '" + clip(limit) + "'");
            }
            n = Integer.parseInt(limit);
        }
        return new LogQuery(node, channel, minLevel, sinceMillis, grep, n);
    }

    /** The time {@code since} names, in milliseconds. */
    static long since(String since, Instant now, ZoneId zone) {
        Matcher ago = AGO.matcher(since);
        if (ago.matches()) {
            long n = Long.parseLong(ago.group(1));
            Duration d = switch (ago.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
            return now.minus(d).toEpochMilli();
        }
        try {
            return Instant.parse(since).toEpochMilli();
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(since).toInstant().toEpochMilli();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDateTime.parse(since).atZone(zone).toInstant().toEpochMilli();
                } catch (DateTimeParseException notLocal) {
                    try {
                        return LocalDate.parse(since).atStartOfDay(zone).toInstant().toEpochMilli();
                    } catch (DateTimeParseException notDate) {
                        throw new IllegalArgumentException("'since' must be a duration back from now (90s, 10m, 2h, 1d) or a time"
                                + " (2026-12-05T19:00:00Z, 2026-12-05T19:00:00 local, 2026-12-05), got '" + clip(since) + "'");
                    }
                }
            }
        }
    }

    /** A level name's {@link Level#intValue()}, or -1 for a name that is not one of the levels records carry. */
    static int levelValue(String name) {
        return RECORD_LEVELS.contains(name) ? Level.parse(name).intValue() : -1;
    }

    /** The standard level a record's level is shipped as: its own, or the highest standard one below a custom level. */
    static String standardName(Level level) {
        for (String name : RECORD_LEVELS) {
            if (Level.parse(name).intValue() <= level.intValue()) {
                return name;
            }
        }
        return "FINEST";
    }

    private static String value(Map<String, String> parameters, String name) {
        String v = parameters.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    static String clip(String s) {
        String printable = s.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= 80 ? printable : printable.substring(0, 80) + "...";
    }
}
