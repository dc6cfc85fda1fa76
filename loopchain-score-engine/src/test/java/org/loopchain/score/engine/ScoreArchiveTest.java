package org.loopchain.score.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

class ScoreArchiveTest {

    private static final String MAIN = "com.example.LoopScore";

    @Test
    void jarClassesAreReadFromTheRootAndResourcesIgnored() throws Exception {
        byte[] bytes = ArchiveBuilder.jar(MAIN).attribute("Score-Channels", "loopchain_default, app ,")
                .classes("", MAIN).entry("config.properties", new byte[] {1})
                .entry("META-INF/versions/11/com/example/LoopScore.class", ArchiveBuilder.classBytes(
                        "com/example/LoopScore.class"))
                .bytes();

        ScoreArchive archive = ScoreArchive.read(bytes);

        assertEquals("test-score", archive.id());
        assertEquals("1.0", archive.version());
        assertEquals(MAIN, archive.mainClass());
        assertEquals(List.of("loopchain_default", "app"), archive.channels());
        assertEquals(List.of("com/example/LoopScore"), List.copyOf(archive.classFiles().keySet()));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), archive.sha256());
    }

    @Test
    void warClassesAreReadFromWebInfClassesAndNestedLibraryJars() throws Exception {
        byte[] library = ArchiveBuilder.zip(Map.of("com/example/EventScore.class",
                ArchiveBuilder.classBytes("com/example/EventScore.class")));
        byte[] war = ArchiveBuilder.jar(MAIN).classes("WEB-INF/classes/", MAIN)
                .entry("WEB-INF/lib/events.jar", library)
                .entry("index.html", new byte[] {'<'})
                .entry("com/example/Stray.class", new byte[] {1, 2, 3})
                .bytes();

        ScoreArchive archive = ScoreArchive.read(war);

        assertEquals(List.of("com/example/EventScore", "com/example/LoopScore"),
                List.copyOf(archive.classFiles().keySet()));
        assertTrue(archive.channels().isEmpty(), "no Score-Channels means any channel");
        assertArrayEquals(ArchiveBuilder.classBytes("com/example/EventScore.class"),
                archive.classFiles().get("com/example/EventScore"));
    }

    @Test
    void missingManifestAttributesAreAllReported() {
        byte[] bytes = ArchiveBuilder.jar(MAIN).attribute("Score-Id", null).attribute("Score-Version", null)
                .classes("", MAIN).bytes();

        ScoreRejectedException e = assertThrows(ScoreRejectedException.class, () -> ScoreArchive.read(bytes));

        assertEquals(List.of("manifest attribute Score-Id is missing", "manifest attribute Score-Version is missing"),
                e.problems());
        assertEquals("manifest attribute Score-Id is missing; manifest attribute Score-Version is missing",
                e.getMessage());
    }

    @Test
    void anArchiveWithoutManifestIsRejected() {
        byte[] bytes = ArchiveBuilder.zip(Map.of("com/example/LoopScore.class",
                ArchiveBuilder.classBytes("com/example/LoopScore.class")));

        ScoreRejectedException e = assertThrows(ScoreRejectedException.class, () -> ScoreArchive.read(bytes));

        assertEquals(List.of("archive has no META-INF/MANIFEST.MF"), e.problems());
    }

    @Test
    void bytesThatAreNotAZipAreRejected() {
        ScoreRejectedException e = assertThrows(ScoreRejectedException.class,
                () -> ScoreArchive.read("hello".getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of("not a zip archive"), e.problems());
    }

    @Test
    void aScoreClassNotInTheArchiveIsRejected() {
        byte[] bytes = ArchiveBuilder.jar("com.example.Missing").classes("", MAIN).bytes();

        ScoreRejectedException e = assertThrows(ScoreRejectedException.class, () -> ScoreArchive.read(bytes));

        assertEquals(List.of("Score-Class com.example.Missing is not among the archive's classes"), e.problems());
    }

    @Test
    void aClassPresentTwiceIsRejected() {
        byte[] library = ArchiveBuilder.zip(Map.of("com/example/LoopScore.class",
                ArchiveBuilder.classBytes("com/example/LoopScore.class")));
        byte[] war = ArchiveBuilder.jar(MAIN).classes("WEB-INF/classes/", MAIN)
                .entry("WEB-INF/lib/copy.jar", library).bytes();

        ScoreRejectedException e = assertThrows(ScoreRejectedException.class, () -> ScoreArchive.read(war));

        assertEquals(List.of("class com.example.LoopScore appears more than once"), e.problems());
    }

    @Test
    void aClassFileUnderTheWrongNameIsRejected() {
        byte[] bytes = ArchiveBuilder.jar(MAIN).classes("", MAIN)
                .entry("com/example/Other.class", ArchiveBuilder.classBytes("com/example/EventScore.class")).bytes();

        ScoreRejectedException e = assertThrows(ScoreRejectedException.class, () -> ScoreArchive.read(bytes));

        assertEquals(List.of("com/example/Other.class holds class com.example.EventScore"), e.problems());
    }

    @Test
    void anArchiveOverSixteenMebibytesIsRejectedUnread() {
        byte[] bytes = new byte[ScoreArchive.MAX_ARCHIVE_BYTES + 1];

        ScoreRejectedException e = assertThrows(ScoreRejectedException.class, () -> ScoreArchive.read(bytes));

        assertTrue(e.getMessage().startsWith("archive of 16777217 bytes exceeds the limit"), e.getMessage());
    }

    @Test
    void anArchiveOfMoreThanTwoThousandClassesIsRejected() {
        ArchiveBuilder builder = ArchiveBuilder.jar("com.example.C0");
        for (int i = 0; i <= ScoreArchive.MAX_CLASSES; i++) {
            ClassWriter writer = new ClassWriter(0);
            writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "com/example/C" + i, null, "java/lang/Object", null);
            builder.entry("com/example/C" + i + ".class", writer.toByteArray());
        }
        byte[] bytes = builder.bytes();

        ScoreRejectedException e = assertThrows(ScoreRejectedException.class, () -> ScoreArchive.read(bytes));

        assertEquals(List.of("archive holds 2001 classes, more than 2000"), e.problems());
    }

    @Test
    void classFilesCannotBeModified() throws Exception {
        ScoreArchive archive = ArchiveBuilder.archive(MAIN);

        assertThrows(UnsupportedOperationException.class, () -> archive.classFiles().clear());
    }
}
