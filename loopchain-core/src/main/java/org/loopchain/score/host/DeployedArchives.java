package org.loopchain.score.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The SCORE archives deployed to this server: every {@code *.war} or {@code *.jar} in a directory or
 * one level below it (Payara keeps each uploaded application's original archive in
 * {@code applications/__internal/<name>/}; WildFly's deployment scanner deploys the archives in
 * {@code <server>/deployments/} itself). {@link #scan} hands each new or changed file's bytes on
 * once (to be kept in the {@link ArchiveStore}); what is deployed no longer decides what executes.
 */
public final class DeployedArchives {

    private static final Logger LOG = Logger.getLogger(DeployedArchives.class.getName());

    private record Seen(long size, long modified) {
    }

    private final Path root;
    private final Map<Path, Seen> seen = new HashMap<>();

    public DeployedArchives(Path root) {
        this.root = root;
    }

    /** Hands {@code found} the bytes of every archive file that is new or changed since the last scan. */
    public synchronized void scan(BiConsumer<Path, byte[]> found) {
        List<Path> files = archiveFiles();
        seen.keySet().retainAll(files);
        for (Path file : files) {
            try {
                long size = Files.size(file);
                long modified = Files.getLastModifiedTime(file).toMillis();
                Seen now = new Seen(size, modified);
                if (now.equals(seen.get(file))) {
                    continue;
                }
                seen.put(file, now);
                if (size <= ArchiveStore.MAX_ARCHIVE_BYTES) {
                    found.accept(file, Files.readAllBytes(file));
                }
            } catch (IOException e) {
                seen.remove(file);
                LOG.fine(() -> "cannot read " + file + ": " + e.getMessage()); // being (un)deployed right now
            }
        }
    }

    private List<Path> archiveFiles() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> apps = Files.list(root)) {
            List<Path> entries = apps.sorted().toList();
            List<Path> files = new ArrayList<>(archivesAmong(entries));
            for (Path app : entries.stream().filter(Files::isDirectory).toList()) {
                try (Stream<Path> inApp = Files.list(app)) {
                    files.addAll(archivesAmong(inApp.sorted().toList()));
                }
            }
            return files;
        } catch (IOException e) {
            LOG.fine(() -> "cannot list " + root + ": " + e.getMessage());
            return List.of();
        }
    }

    private static List<Path> archivesAmong(List<Path> paths) {
        return paths.stream().filter(p -> p.toString().endsWith(".war") || p.toString().endsWith(".jar"))
                .filter(Files::isRegularFile).toList();
    }
}
