package org.loopchain.cli.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChaosReportTest {

    private static EpisodeOutcome outcome(int n, Verdict v, double recovery, boolean within) {
        Episode e = new Episode(n, List.of(new Fault(FaultKind.PAUSE, "peer1", 0, 12_000), new Fault(FaultKind.BROKER_RESTART, "broker", 100, 1000)));
        return new EpisodeOutcome(e, 10, v, 0, recovery, within);
    }

    private static Verdict clean() {
        return new Verdict(5, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void theSectionBetweenTheMarkersIsReplacedAndTheRestKept() throws Exception {
        Path file = Files.createTempFile("reliability", ".md");
        Files.writeString(file, "# Reliability\n\nintro\n" + ChaosReport.BEGIN + "\nold run\n" + ChaosReport.END + "\n\n## Later\ntext\n");
        ChaosReport.write(file, "new run\n");
        assertEquals("# Reliability\n\nintro\n" + ChaosReport.BEGIN + "\nnew run\n" + ChaosReport.END + "\n\n## Later\ntext\n",
                Files.readString(file));
    }

    @Test
    void aFileWithoutTheMarkersGetsTheSectionAppended(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.md");
        Files.writeString(file, "# Reliability\n");
        ChaosReport.write(file, "run\n");
        String text = Files.readString(file);
        assertTrue(text.startsWith("# Reliability\n\n## Randomized fault episodes") && text.endsWith(ChaosReport.END + "\n"), text);
        ChaosReport.write(file, "again\n");
        assertTrue(Files.readString(file).contains("again") && !Files.readString(file).contains("\nrun\n"));
    }

    @Test
    void violationsCountForksLostDuplicatesAndDivergingResults() {
        Verdict bad = new Verdict(5, List.of("height 3: a=x b=y"), List.of("t1", "t2"), List.of("t3 at heights 1 and 2"), List.of("t4"));
        List<EpisodeOutcome> outcomes = List.of(outcome(1, clean(), 1.0, true), outcome(2, bad, 2.0, true));
        assertEquals(5, ChaosReport.violations(outcomes));
        assertEquals("FAILED", outcomes.get(1).outcome());
        assertEquals(0, ChaosReport.violations(List.of(outcome(1, clean(), 1.0, true))));
        String summary = ChaosReport.summary(7, 10_000, outcomes);
        assertTrue(summary.contains("forks 1, lost 2, duplicated 1, diverging results 1"), summary);
        assertTrue(ChaosReport.table(outcomes).contains("| 2 | pause peer1 + broker restart | yes | 10 | 5 | 1 | 2 | 1 | 1 |"),
                ChaosReport.table(outcomes));
    }

    @Test
    void byzantineAndSkewedPeersAreNamedInTheTableAndCountedInTheSummary() {
        Episode e = new Episode(3, List.of(new Fault(FaultKind.BYZANTINE, "peer2", 0, 5_000),
                new Fault(FaultKind.SKEW, "peer0", 200, 6_000, -3_200)));
        List<EpisodeOutcome> outcomes = List.of(new EpisodeOutcome(e, 10, clean(), 60, 1.5, true));
        assertTrue(ChaosReport.table(outcomes).contains("| 3 | byzantine peer2 + clock skew -3.2 s peer0 |"), ChaosReport.table(outcomes));
        String summary = ChaosReport.summary(7, 10_000, outcomes);
        assertTrue(summary.contains("byzantine 1, clock skew 1"), summary);
    }

    @Test
    void anEpisodeWithoutProgressOrOverTheBoundIsNotPassed() {
        assertEquals("NO PROGRESS", outcome(1, clean(), -1, false).outcome());
        assertEquals("SLOW", outcome(1, clean(), 30, false).outcome());
        assertTrue(outcome(1, clean(), 3, true).passed());
    }
}
