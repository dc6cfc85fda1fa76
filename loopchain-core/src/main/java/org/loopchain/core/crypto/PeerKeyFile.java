package org.loopchain.core.crypto;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The peer's key on disk: a PEM {@code -----BEGIN PRIVATE KEY-----} (PKCS#8) file, as OpenSSL
 * writes it, readable by the owner only.
 *
 * <p>An existing file is never overwritten: if it cannot be read or parsed, the node must not
 * start with a new identity, so {@link #loadOrCreate} fails. A new file is written to a temporary
 * file in the same directory and then linked into place, which fails rather than replaces if
 * another process created the key meanwhile; that key is then loaded instead.
 */
public final class PeerKeyFile {

    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";
    private static final int MAX_FILE_BYTES = 64 * 1024;

    private PeerKeyFile() {
    }

    /** @throws PeerKeyFileException if the file exists but is unreadable or corrupt, or cannot be created */
    public static PeerKey loadOrCreate(Path file, SecureRandom random) {
        Path absolute = file.toAbsolutePath();
        if (Files.exists(absolute) || Files.isSymbolicLink(absolute)) {
            return load(absolute);
        }
        PeerKey key = PeerKey.generate(random);
        try {
            create(absolute, toPem(key.toPkcs8()));
            return key;
        } catch (FileAlreadyExistsException raced) {
            return load(absolute);
        } catch (IOException e) {
            throw new PeerKeyFileException("cannot create peer key file " + absolute + ": " + e, e);
        }
    }

    /** Reads an existing key file (PKCS#8 PEM, secp256k1). @throws PeerKeyFileException if it is unreadable or corrupt */
    public static PeerKey load(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new IOException("larger than " + MAX_FILE_BYTES + " bytes");
            }
            return PeerKey.fromPkcs8(fromPem(Files.readString(file, StandardCharsets.US_ASCII)));
        } catch (IOException | RuntimeException e) {
            throw new PeerKeyFileException("peer key file " + file + " exists but is unreadable or corrupt ("
                    + e.getMessage() + "); refusing to replace it: fix or remove it", e);
        }
    }

    static String toPem(byte[] der) {
        return BEGIN + "\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n" + END + "\n";
    }

    static byte[] fromPem(String text) {
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("no " + BEGIN + " block");
        }
        String body = text.substring(begin + BEGIN.length(), end).replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static void create(Path file, String pem) throws IOException {
        Path dir = file.getParent();
        Files.createDirectories(dir);
        boolean posix = Files.getFileStore(dir).supportsFileAttributeView("posix");
        Path tmp = posix
                ? Files.createTempFile(dir, ".peer-key-", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, ".peer-key-", ".tmp");
        try {
            if (!posix) {
                ownerOnly(tmp);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap(pem.getBytes(StandardCharsets.US_ASCII)));
                ch.force(true);
            }
            publish(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Puts {@code tmp} at {@code file} without ever replacing an existing file. */
    private static void publish(Path tmp, Path file) throws IOException {
        try {
            Files.createLink(file, tmp);
            return;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException noHardLinks) {
            // no hard links here: a plain move also refuses to replace an existing file
        }
        Files.move(tmp, file);
    }

    /** Best effort where there are no POSIX permissions. */
    private static void ownerOnly(Path path) {
        File f = path.toFile();
        f.setReadable(false, false);
        f.setReadable(true, true);
        f.setWritable(false, false);
        f.setWritable(true, true);
    }
}
