package org.loopchain.score.host;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.score.engine.ScoreArchive;
import org.loopchain.score.engine.ScoreCode;
import org.loopchain.score.engine.ScoreRejectedException;

/**
 * Every SCORE archive this node has ever held, by content: {@code <dir>/<sha256>.jar|war}, written
 * once and kept forever (a peer may have to replay any height, with the archive pinned there). An
 * archive is stored only if it is a SCORE archive and its bytes hash to the name it is stored under;
 * archives are prepared (checked, instrumented, loaded) on first use and the last few kept ready.
 * Thread-safe.
 */
public final class ArchiveStore {

    private static final Logger LOG = Logger.getLogger(ArchiveStore.class.getName());
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** Largest archive stored or served (the engine's own limit). */
    public static final int MAX_ARCHIVE_BYTES = 16 << 20;
    private static final int PREPARED = 4;

    /** A stored archive, prepared: its code, or the reasons the determinism check rejects it. */
    public record Prepared(ScoreArchive archive, ScoreCode code, List<String> problems) {
        public boolean accepted() {
            return code != null;
        }
    }

    private final Path dir;
    private final Map<String, Prepared> prepared = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Prepared> eldest) {
            return size() > PREPARED;
        }
    };

    public ArchiveStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Whether an archive with this SHA-256 is stored. */
    public boolean has(String sha256) {
        return file(sha256).isPresent();
    }

    /** The stored archive's bytes. */
    public Optional<byte[]> bytes(String sha256) {
        Optional<Path> file = file(sha256);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file.get()));
        } catch (IOException e) {
            LOG.warning(() -> "cannot read " + file.get() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The stored file name of an archive ({@code <sha256>.war} or {@code .jar}), if stored. */
    public Optional<String> fileName(String sha256) {
        return file(sha256).map(p -> p.getFileName().toString());
    }

    /**
     * Stores {@code bytes} as the archive {@code sha256} unless it is stored already.
     *
     * @param sha256 the hash the bytes must have (a fetched archive is checked against the pin that asked for it)
     * @param war    whether to store it as {@code .war} (else {@code .jar})
     * @return why it was not stored, or empty if it is stored now
     */
    public synchronized Optional<String> put(String sha256, byte[] bytes, boolean war) {
        if (!SHA256.matcher(sha256).matches()) {
            return Optional.of("not a SHA-256: " + sha256);
        }
        if (bytes.length > MAX_ARCHIVE_BYTES) {
            return Optional.of("the archive is larger than " + MAX_ARCHIVE_BYTES + " bytes");
        }
        String actual = Hashes.sha256Hex(bytes);
        if (!actual.equals(sha256)) {
            return Optional.of("the archive's SHA-256 is " + actual + ", not " + sha256);
        }
        if (has(sha256)) {
            return Optional.empty();
        }
        try {
            ScoreArchive.read(bytes);
        } catch (ScoreRejectedException e) {
            return Optional.of("not a SCORE archive: " + String.join("; ", e.problems()));
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, sha256, ".tmp");
            Files.write(tmp, bytes);
            Path target = dir.resolve(sha256 + (war ? ".war" : ".jar"));
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            LOG.info(() -> "SCORE archive " + sha256 + " kept as " + target);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot store it in " + dir + ": " + e.getMessage());
        }
    }

    /** The stored archive prepared for execution (once per content, the last few kept), if stored. */
    public Optional<Prepared> prepared(String sha256) {
        synchronized (prepared) {
            Prepared p = prepared.get(sha256);
            if (p != null) {
                return Optional.of(p);
            }
        }
        Optional<byte[]> bytes = bytes(sha256);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        Prepared p = prepare(bytes.get());
        if (p == null) {
            return Optional.empty();
        }
        synchronized (prepared) {
            prepared.put(sha256, p);
        }
        return Optional.of(p);
    }

    /** A stored archive: the id and version its manifest names, and its SHA-256. */
    public record Kept(String id, String version, String sha256) {
    }

    /** The SHA-256 of a stored archive with this id and version, if any (reads every stored archive). */
    public Optional<String> find(String id, String version) {
        return kept().stream().filter(k -> k.id().equals(id) && k.version().equals(version)).map(Kept::sha256).findFirst();
    }

    /** Every stored archive that reads as a SCORE archive, by file name (reads every one; unreadable ones are left out). */
    public List<Kept> kept() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Kept> kept = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.length() == 68 && SHA256.matcher(name.substring(0, 64)).matches()) {
                    try {
                        ScoreArchive a = ScoreArchive.read(Files.readAllBytes(p));
                        kept.add(new Kept(a.id(), a.version(), name.substring(0, 64)));
                    } catch (ScoreRejectedException | IOException e) {
                        continue; // not readable now: as if absent
                    }
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return kept;
    }

    private static Prepared prepare(byte[] bytes) {
        ScoreArchive archive;
        try {
            archive = ScoreArchive.read(bytes);
        } catch (ScoreRejectedException e) {
            return null;
        }
        try {
            return new Prepared(archive, ScoreCode.prepare(archive), List.of());
        } catch (ScoreRejectedException e) {
            return new Prepared(archive, null, e.problems());
        }
    }

    private Optional<Path> file(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        for (String ext : List.of(".war", ".jar")) {
            Path p = dir.resolve(sha256 + ext);
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
