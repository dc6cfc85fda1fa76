package org.loopchain.score.engine.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Builds a SCORE jar in memory from compiled classes, so a contract's unit tests need no packaging. */
public final class ClassArchives {

    private ClassArchives() {
    }

    /**
     * A jar whose manifest names {@code main} as {@code Score-Class} and holds the {@code .class}
     * bytes of {@code main} and {@code others} (nested classes must be listed too), with a fixed
     * entry time so the same classes always give the same bytes and hash.
     */
    public static byte[] of(String id, String version, Class<?> main, Class<?>... others) {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.putValue("Score-Class", main.getName());
        attributes.putValue("Score-Id", id);
        attributes.putValue("Score-Version", version);
        return jar(manifest, main, others);
    }

    /**
     * A jar as ICON's build makes one for a deploy transaction: its manifest names {@code main}
     * only as {@code Main-Class}; the classes as {@link #of}.
     */
    public static byte[] iconJar(Class<?> main, Class<?>... others) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
        return jar(manifest, main, others);
    }

    private static byte[] jar(Manifest manifest, Class<?> main, Class<?>... others) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes)) {
            JarEntry manifestEntry = new JarEntry("META-INF/MANIFEST.MF");
            manifestEntry.setTime(0);
            jar.putNextEntry(manifestEntry);
            manifest.write(jar);
            jar.closeEntry();
            add(jar, main);
            for (Class<?> other : others) {
                add(jar, other);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void add(JarOutputStream jar, Class<?> type) throws IOException {
        String name = type.getName().replace('.', '/') + ".class";
        JarEntry entry = new JarEntry(name);
        entry.setTime(0);
        jar.putNextEntry(entry);
        try (InputStream in = type.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no class file for " + type.getName());
            }
            in.transferTo(jar);
        }
        jar.closeEntry();
    }
}
