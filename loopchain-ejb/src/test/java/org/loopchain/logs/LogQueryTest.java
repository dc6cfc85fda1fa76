package org.loopchain.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogQueryTest {

    private static final Instant NOW = Instant.parse("2026-12-05T19:00:00Z");
    private static final ZoneId ZONE = ZoneOffset.ofHours(2);

    private static LogQuery parse(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return LogQuery.parse(m, NOW, ZONE);
    }

    private static String refusal(String... kv) {
        return assertThrows(IllegalArgumentException.class, () -> parse(kv)).getMessage();
    }

    @Test
    void noParametersAskForTheNewestRecordsOfEveryKind() {
        assertEquals(new LogQuery(null, null, Integer.MIN_VALUE, Long.MIN_VALUE, null, LogQuery.DEFAULT_LIMIT), parse());
        assertEquals(parse(), parse("node", "", "level", "", "since", ""), "empty values are absent filters");
    }

    @Test
    void everyFilterIsRead() {
        LogQuery q = parse("node", "peer2", "channel", "kofia_1", "level", "warning", "since", "10m", "grep", "Committed", "limit", "50");
        assertEquals(new LogQuery("peer2", "kofia_1", Level.WARNING.intValue(), NOW.minusSeconds(600).toEpochMilli(), "Committed", 50), q);
    }

    @ParameterizedTest
    @CsvSource({"ERROR,SEVERE", "warn,WARNING", "Info,INFO", "DEBUG,FINE", "finest,FINEST"})
    void levelsTakeJavaUtilLoggingNamesAndTheUsualAliases(String given, String level) {
        assertEquals(Level.parse(level).intValue(), parse("level", given).minLevel());
    }

    @ParameterizedTest
    @CsvSource({
        "90s, 2026-12-05T18:58:30Z",
        "2h, 2026-12-05T17:00:00Z",
        "1d, 2026-12-04T19:00:00Z",
        "2026-12-05T18:30:00Z, 2026-12-05T18:30:00Z",
        "2026-12-05T18:30:00+01:00, 2026-12-05T17:30:00Z",
        "2026-12-05T18:30:00, 2026-12-05T16:30:00Z",
        "2026-12-05, 2026-12-04T22:00:00Z"
    })
    void sinceIsADurationBackFromNowOrATime(String since, String instant) {
        assertEquals(Instant.parse(instant).toEpochMilli(), parse("since", since).since());
    }

    @Test
    void badParametersAreRefusedNamingTheParameter() {
        assertTrue(refusal("level", "LOUD").startsWith("'level' must be one of"), refusal("level", "LOUD"));
        assertTrue(refusal("since", "yesterday").startsWith("'since' must be"));
        assertTrue(refusal("since", "10y").startsWith("'since' must be"));
        assertTrue(refusal("limit", "0").startsWith("'limit' must be 1..10000"));
        assertTrue(refusal("limit", "10001").startsWith("'limit' must be"));
        assertTrue(refusal("limit", "-5").startsWith("'limit' must be"));
        assertTrue(refusal("channel", "a/b").startsWith("'channel' must be"));
        assertTrue(refusal("node", "two words").startsWith("'node' must be"));
        assertTrue(refusal("grep", "x".repeat(201)).startsWith("'grep' must be at most 200"));
        assertEquals("unknown parameter 'levle' (known: node, channel, level, since, grep, limit)", refusal("levle", "INFO"));
    }

    @Test
    void aGrepPatternMatchesItsTextLiterally() {
        assertEquals("%100\\% of a\\_b \\\\ c%", JpaLogStore.likePattern("100% of A_B \\ C"));
    }
}
