package org.loopchain.score.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckMainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void aGoodArchivePrintsOkWithItsIdVersionAndHashAndExitsZero() throws Exception {
        byte[] bytes = ArchiveBuilder.jar("com.example.LoopScore").attribute("Score-Channels", "app")
                .classes("", "com.example.LoopScore").bytes();
        Path archive = write("good.jar", bytes);

        assertEquals(0, run(archive.toString(), "app"));
        assertEquals("OK test-score 1.0 " + ScoreArchive.read(bytes).sha256() + "\n", printed());
    }

    @Test
    void aRejectedArchivePrintsEachProblemOnItsOwnLineAndExitsOne() throws Exception {
        Path archive = write("bad.jar", ArchiveBuilder.jar("com.example.Forbidden$Counter")
                .classes("", "com.example.Forbidden$Counter").bytes());

        assertEquals(1, run(archive.toString()));
        assertEquals("com.example.Forbidden$Counter.count is a mutable static field\n"
                + "com.example.Forbidden$Counter.run() writes static field com.example.Forbidden$Counter.count"
                + " outside its class's static initializer\n", printed());
    }

    @Test
    void anArchiveForOtherChannelsIsRejected() throws Exception {
        Path archive = write("other.jar", ArchiveBuilder.jar("com.example.LoopScore")
                .attribute("Score-Channels", "x").classes("", "com.example.LoopScore").bytes());

        assertEquals(1, run(archive.toString(), "y"));
        assertEquals("archive for channels [x], not y\n", printed());
    }

    @Test
    void aMissingFileExitsOne() {
        assertEquals(1, run(dir.resolve("absent.jar").toString()));
    }

    @Test
    void noArgumentsIsAUsageError() {
        assertEquals(2, run());
    }

    private int run(String... args) {
        return CheckMain.run(args, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }
}
