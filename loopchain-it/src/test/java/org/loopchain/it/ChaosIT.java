package org.loopchain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A short {@code ./loopchain chaos} run on the {@link SharedNetwork} (the Radio Station and four peers,
 * TIMEOUT_FOR_LEADER_COMPLAIN {@value SharedNetwork#COMPLAINT_SECONDS} s so an episode takes seconds),
 * the last class on it: {@link #EPISODES} seeded episodes of pauses past the complaint timeout (the leader's
 * too) and broker restarts under load ({@link #FAULTS}), and not one fork, lost, duplicated or diverging transaction.
 * Kills and the Radio Station's absence cost a domain start each (a minute on two cores): the long run
 * in RELIABILITY.md has them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedNetwork.class)
@Order(SharedNetwork.FIRST_ORDER + 3)
class ChaosIT {
    static final int EPISODES = Integer.getInteger("chaos.episodes", 10);
    static final long SEED = Long.getLong("chaos.seed", 17);
    /** The kinds drawn ({@code -Dchaos.faults=pause,broker,byzantine,skew} adds the restarts with test keys). */
    static final String FAULTS = System.getProperty("chaos.faults", "pause,broker");
    /** How each kind shows in the report. */
    private static final Map<String, String> LABELS = Map.of("pause", "pause", "broker", "broker restart", "kill", "kill -9",
            "rs", "radio station down", "byzantine", "byzantine", "skew", "clock skew");

    private Launcher launcher;

    @BeforeAll
    void up(Launcher network) {
        launcher = network;
    }

    @Test
    void seededFaultEpisodesLeaveNoForkAndLoseOrRepeatNoTransaction() throws IOException {
        Path report = launcher.work().resolveSibling("chaos-report.md");
        Files.deleteIfExists(report);
        int exit = launcher.exitCode("chaos", "-n", String.valueOf(EPISODES), "--seed", String.valueOf(SEED),
                "--faults", FAULTS, "--max-faults", "2", "--rate", "10", "--report", report.toString());
        String text = Files.exists(report) ? Files.readString(report) : "";
        assertNotEquals(1, exit, "a safety violation; the report:\n" + text + "\nthe launcher's output ends with:\n" + launcher.logTail());
        assertTrue(text.contains("seed " + SEED + ", " + EPISODES + " episodes"), "the report names the run:\n" + text);
        assertEquals(List.of("0", "0", "0", "0"), numbers(text, "forks (\\d+), lost (\\d+), duplicated (\\d+), diverging results (\\d+)"), text);
        int acknowledged = Integer.parseInt(numbers(text, "; (\\d+) tx acknowledged").get(0));
        assertTrue(acknowledged >= 10 * EPISODES, "a load ran: " + acknowledged + " tx acknowledged");
        for (String kind : FAULTS.split(",")) {
            assertTrue(text.contains(LABELS.get(kind)), kind + " was drawn:\n" + text);
        }
        assertEquals(0, Integer.parseInt(numbers(text, ", (\\d+) without progress").get(0)), "every episode recovered:\n" + text);
    }

    private static List<String> numbers(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no '" + regex + "' in the report:\n" + text);
        return IntStream.rangeClosed(1, m.groupCount()).mapToObj(m::group).toList();
    }
}
