package org.loopchain.cli.logs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * One collected record as a line: local time to the millisecond, node, level, channel/height (or
 * {@code -}), the logger's class name, the message, and {@code | thrown} when there is one.
 * {@code 2026-12-05 19:09:08.123 peer0    INFO    loopchain_default/12     ChannelChain  channel ...}
 */
final class LogLine {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private LogLine() {
    }

    static String format(Map<?, ?> record, ZoneId zone) {
        long time = ((Number) record.get("time")).longValue();
        String where = "-";
        if (record.get("channel") != null) {
            where = record.get("channel") + (record.get("height") != null ? "/" + record.get("height") : "");
        } else if (record.get("height") != null) {
            where = "-/" + record.get("height");
        }
        String logger = String.valueOf(record.get("logger"));
        String thrown = record.get("thrown") instanceof String t && !t.isEmpty() ? " | " + t : "";
        return String.format("%s %-8s %-7s %-24s %-16s %s%s", TIME.format(Instant.ofEpochMilli(time).atZone(zone)), record.get("node"),
                record.get("level"), where, logger.substring(logger.lastIndexOf('.') + 1), record.get("message"), thrown);
    }
}
