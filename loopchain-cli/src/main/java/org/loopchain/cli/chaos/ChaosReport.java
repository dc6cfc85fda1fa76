package org.loopchain.cli.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * The run's table and summary, and the section of a report file (RELIABILITY.md) that holds them:
 * the text between {@link #BEGIN} and {@link #END} is replaced; a file without them gets the section
 * appended.
 */
public final class ChaosReport {
    public static final String BEGIN = "<!-- chaos-run:begin (written by ./loopchain chaos) -->";
    public static final String END = "<!-- chaos-run:end -->";

    private ChaosReport() {
    }

    /** One row per episode, as a Markdown table. */
    public static String table(List<EpisodeOutcome> outcomes) {
        StringBuilder t = new StringBuilder("| episode | faults | overlap | tx | height | forks | lost | dup | diverging | restart s | recovery s | outcome |\n"
                + "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (EpisodeOutcome o : outcomes) {
            Verdict v = o.verdict();
            t.append(String.format("| %d | %s | %s | %d | %d | %d | %d | %d | %d | %.1f | %s | %s |%n", o.episode().number(),
                    o.episode().summary(), o.episode().overlapping() ? "yes" : "", o.acked(), v.commonHeight(), v.forks().size(),
                    v.lost().size(), v.duplicates().size(), v.diverging().size(), o.restartSeconds(),
                    o.recovered() ? String.format("%.1f", o.recoverySeconds()) : "none", o.outcome()));
        }
        return t.toString();
    }

    /** The totals in a few lines: faults by kind, violations, recovery times against the bound. */
    public static String summary(long seed, long complaintMillis, List<EpisodeOutcome> outcomes) {
        Map<FaultKind, Integer> kinds = new EnumMap<>(FaultKind.class);
        outcomes.forEach(o -> o.episode().faults().forEach(f -> kinds.merge(f.kind(), 1, Integer::sum)));
        long overlapping = outcomes.stream().filter(o -> o.episode().overlapping()).count();
        double[] recoveries = outcomes.stream().filter(EpisodeOutcome::recovered).mapToDouble(EpisodeOutcome::recoverySeconds)
                .sorted().toArray();
        return String.format("seed %d, %d episodes, %d faults (%s), %d episodes with overlapping faults%n"
                + "forks %d, lost %d, duplicated %d, diverging results %d; %d tx acknowledged%n"
                + "recovery (faults over to a new tx committed on every peer): median %.1f s, max %.1f s, bound %.0f s "
                + "(2 x TIMEOUT_FOR_LEADER_COMPLAIN); %d over the bound, %d without progress%n",
                seed, outcomes.size(), kinds.values().stream().mapToInt(Integer::intValue).sum(),
                kinds.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", ")),
                overlapping, count(outcomes, v -> v.forks().size()), count(outcomes, v -> v.lost().size()),
                count(outcomes, v -> v.duplicates().size()), count(outcomes, v -> v.diverging().size()),
                outcomes.stream().mapToInt(EpisodeOutcome::acked).sum(),
                recoveries.length == 0 ? 0 : recoveries[recoveries.length / 2],
                Arrays.stream(recoveries).max().orElse(0), 2 * complaintMillis / 1000.0,
                outcomes.stream().filter(o -> o.recovered() && !o.withinBound()).count(),
                outcomes.stream().filter(o -> !o.recovered()).count());
    }

    /** Forks, lost, duplicated and diverging results over the whole run. */
    public static int violations(List<EpisodeOutcome> outcomes) {
        return count(outcomes, v -> v.forks().size() + v.lost().size() + v.duplicates().size() + v.diverging().size());
    }

    private static int count(List<EpisodeOutcome> outcomes, ToIntFunction<Verdict> f) {
        return outcomes.stream().mapToInt(o -> f.applyAsInt(o.verdict())).sum();
    }

    /** Puts {@code body} between the markers of {@code file} (created or appended to when it has none). */
    public static void write(Path file, String body) throws IOException {
        String text = Files.exists(file) ? Files.readString(file) : "";
        String block = BEGIN + "\n" + body + END;
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        String updated;
        if (begin >= 0 && end > begin) {
            updated = text.substring(0, begin) + block + text.substring(end + END.length());
        } else {
            updated = text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + "\n## Randomized fault episodes: the last run\n\n"
                    + block + "\n";
        }
        Files.writeString(file, updated);
    }
}
