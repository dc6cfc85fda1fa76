package org.loopchain.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerbyCommitsTest {

    @Test
    void commitsAreCountedAndTheDatabaseIsRemovedAfterwards(@TempDir Path scratch) throws Exception {
        Throughput.Rate rate = DerbyCommits.measure(scratch, Duration.ofMillis(300));

        assertTrue(rate.done() > 0, "no commit counted");
        assertEquals(0, rate.failed());
        try (Stream<Path> left = Files.list(scratch)) {
            assertEquals(List.of(), left.toList(), "the temporary database directory is left behind");
        }
        assertFalse(Files.exists(Path.of("derby.log")), "Derby wrote derby.log into the working directory");
    }
}
