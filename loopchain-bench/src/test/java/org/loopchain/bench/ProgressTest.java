package org.loopchain.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void aLineSaysWhereTheRunIsAndTheCommittedRateSinceTheLastLine() {
        Progress.Sample previous = new Progress.Sample(30_000_000_000L, 10_000, 0, 8_000, 52);
        Progress.Sample now = new Progress.Sample(35_200_000_000L, 12_000, 3, 10_600, 57);

        assertEquals("at 35 s          acknowledged 12000/20000, failed 3, committed 10600 (500 tx/s over the last 5 s), height 57",
                Progress.line(previous, now, 20_000));
    }

    @Test
    void theFirstLineCountsFromTheStart() {
        Progress.Sample start = new Progress.Sample(0, 0, 0, 0, -1);
        Progress.Sample now = new Progress.Sample(5_000_000_000L, 2_311, 0, 1_200, 14);

        assertEquals("at 5 s           acknowledged 2311/20000, failed 0, committed 1200 (240 tx/s over the last 5 s), height 14",
                Progress.line(start, now, 20_000));
    }

    @Test
    void theEndOfSubmittingIsSaidWithTheWaitForTheLastCommits() {
        Progress.Sample now = new Progress.Sample(9_640_000_000L, 19_988, 12, 18_500, 60);

        assertEquals("submitted        at 9.6 s: 19988/20000 acknowledged, 12 failed; waiting up to 120 s for the last commits"
                + " (18500 committed so far)", Progress.submittedLine(now, 20_000, 120));
    }

    @Test
    void submittedPrintsItsLineToTheStream() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress.Sample now = new Progress.Sample(1_000_000_000L, 10, 0, 5, 3);
        try (Progress progress = new Progress(() -> now, 10, 3600, new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            progress.submitted(120);
        }

        assertEquals(Progress.submittedLine(now, 10, 120) + System.lineSeparator(), bytes.toString(StandardCharsets.UTF_8));
    }
}
