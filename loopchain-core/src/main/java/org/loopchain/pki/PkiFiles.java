package org.loopchain.pki;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writing PEM files: each new file goes to a temporary file in its directory (owner-only from
 * the start for keys), is synced, then linked into place, which fails rather than replaces an
 * existing file. A CRL, the one file that changes, is replaced by an atomic move.
 */
final class PkiFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private PkiFiles() {
    }

    /** @throws FileAlreadyExistsException if {@code file} exists: nothing in the PKI is ever overwritten */
    static void writeNew(Path file, String text, boolean ownerOnly) throws IOException {
        Path tmp = writeTemp(file, text, ownerOnly);
        try {
            try {
                Files.createLink(file, tmp);
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (UnsupportedOperationException | IOException noHardLinks) {
                Files.move(tmp, file); // refuses to replace an existing file too
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Replaces {@code file} (or creates it) in one step: a reader sees the old or the new text. */
    static void replace(Path file, String text) throws IOException {
        Path tmp = writeTemp(file, text, false);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static String read(Path file) throws IOException {
        if (Files.size(file) > 1024 * 1024) {
            throw new IOException(file + " is larger than 1 MiB");
        }
        return Files.readString(file, StandardCharsets.US_ASCII);
    }

    private static Path writeTemp(Path file, String text, boolean ownerOnly) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        boolean posix = Files.getFileStore(dir).supportsFileAttributeView("posix");
        FileAttribute<?>[] attrs = ownerOnly && posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp", attrs);
        if (!ownerOnly && posix) {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)));
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }
}
