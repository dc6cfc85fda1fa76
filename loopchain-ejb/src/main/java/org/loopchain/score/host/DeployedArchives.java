package org.loopchain.score.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.loopchain.score.engine.ScoreArchive;
import org.loopchain.score.engine.ScoreCode;
import org.loopchain.score.engine.ScoreRejectedException;

/**
 * The SCORE archives deployed to this server: every {@code *.war} or {@code *.jar} one level below
 * a directory (Payara keeps each uploaded application's original archive in
 * {@code applications/__internal/<name>/}) whose manifest names a SCORE. Each archive is read,
 * checked and prepared once per content; {@link #scan} picks up deploys, redeploys and undeploys.
 */
final class DeployedArchives {

    private static final Logger LOG = Logger.getLogger(DeployedArchives.class.getName());
    private static final long MAX_ARCHIVE_BYTES = 16L << 20;

    /** One deployed SCORE archive: prepared, or rejected with the reasons. */
    record Deployed(String application, ScoreArchive archive, ScoreCode code, List<String> problems) {
        boolean accepted() {
            return code != null;
        }
    }

    private record Seen(long size, long modified, Deployed deployed) {
    }

    private final Path root;
    private final Map<Path, Seen> seen = new HashMap<>();

    DeployedArchives(Path root) {
        this.root = root;
    }

    /** The deployed SCORE archives now, re-reading only files that changed. */
    synchronized List<Deployed> scan() {
        List<Path> files = archiveFiles();
        seen.keySet().retainAll(files);
        List<Deployed> out = new ArrayList<>();
        for (Path file : files) {
            try {
                long size = Files.size(file);
                long modified = Files.getLastModifiedTime(file).toMillis();
                Seen s = seen.get(file);
                if (s == null || s.size() != size || s.modified() != modified) {
                    s = new Seen(size, modified, size > MAX_ARCHIVE_BYTES ? null : read(file));
                    seen.put(file, s);
                }
                if (s.deployed() != null) {
                    out.add(s.deployed());
                }
            } catch (IOException e) {
                LOG.fine(() -> "cannot read " + file + ": " + e.getMessage()); // being (un)deployed right now
            }
        }
        return out;
    }

    private List<Path> archiveFiles() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> apps = Files.list(root)) {
            List<Path> files = new ArrayList<>();
            for (Path app : apps.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> inApp = Files.list(app)) {
                    inApp.filter(p -> p.toString().endsWith(".war") || p.toString().endsWith(".jar"))
                            .filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            }
            return files;
        } catch (IOException e) {
            LOG.fine(() -> "cannot list " + root + ": " + e.getMessage());
            return List.of();
        }
    }

    private static Deployed read(Path file) throws IOException {
        String application = file.getParent().getFileName().toString();
        ScoreArchive archive;
        try {
            archive = ScoreArchive.read(Files.readAllBytes(file));
        } catch (ScoreRejectedException e) {
            return null; // not a SCORE: some other application
        }
        try {
            ScoreCode code = ScoreCode.prepare(archive);
            LOG.info(() -> "SCORE " + archive.id() + " " + archive.version() + " (sha256 " + archive.sha256()
                    + ") deployed as " + application + ": accepted");
            return new Deployed(application, archive, code, List.of());
        } catch (ScoreRejectedException e) {
            LOG.warning(() -> "SCORE " + archive.id() + " " + archive.version() + " deployed as " + application
                    + " is rejected: " + String.join("; ", e.problems()));
            return new Deployed(application, archive, null, e.problems());
        }
    }
}
