package org.loopchain.score.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds SCORE jars and WARs in memory from the test classes' compiled bytes. */
final class ArchiveBuilder {

    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    /** A jar builder with the three required attributes, {@code main} as Score-Class. */
    static ArchiveBuilder jar(String main) {
        return new ArchiveBuilder().attribute("Score-Class", main).attribute("Score-Id", "test-score")
                .attribute("Score-Version", "1.0");
    }

    /** A prepared-ready jar of {@code main} and the other named classes (binary names). */
    static ScoreArchive archive(String main, String... others) throws ScoreRejectedException {
        ArchiveBuilder builder = jar(main).classes("", main);
        return ScoreArchive.read(builder.classes("", others).bytes());
    }

    ArchiveBuilder attribute(String name, String value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
        return this;
    }

    /** Adds the class files of {@code binaryNames} under {@code prefix} (e.g. {@code WEB-INF/classes/}). */
    ArchiveBuilder classes(String prefix, String... binaryNames) {
        for (String name : binaryNames) {
            String path = name.replace('.', '/') + ".class";
            entries.put(prefix + path, classBytes(path));
        }
        return this;
    }

    ArchiveBuilder entry(String path, byte[] bytes) {
        entries.put(path, bytes);
        return this;
    }

    byte[] bytes() {
        StringBuilder manifest = new StringBuilder("Manifest-Version: 1.0\r\n");
        attributes.forEach((name, value) -> manifest.append(name).append(": ").append(value).append("\r\n"));
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("META-INF/MANIFEST.MF", manifest.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        all.putAll(entries);
        return zip(all);
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] classBytes(String path) {
        try (InputStream in = ArchiveBuilder.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no compiled class " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
