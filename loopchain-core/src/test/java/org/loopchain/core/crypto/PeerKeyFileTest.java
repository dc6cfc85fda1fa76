package org.loopchain.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerKeyFileTest {

    @TempDir
    Path dir;

    @Test
    void theFirstCallCreatesTheKeyAndLaterCallsLoadTheSameOne() throws IOException {
        Path file = dir.resolve("keys/peer.pem");
        PeerKey created = PeerKeyFile.loadOrCreate(file, new SecureRandom());
        PeerKey loaded = PeerKeyFile.loadOrCreate(file, new SecureRandom());

        assertEquals(created.publicKeyBase64(), loaded.publicKeyBase64());
        assertArrayEquals(created.toPkcs8(), loaded.toPkcs8());
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        assertTrue(pem.startsWith("-----BEGIN PRIVATE KEY-----\n") && pem.endsWith("-----END PRIVATE KEY-----\n"), pem);
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void theKeyFileIsReadableByItsOwnerOnly() throws IOException {
        Path file = dir.resolve("peer.pem");
        PeerKeyFile.loadOrCreate(file, new SecureRandom());
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void aPemWrittenByOpenSslIsLoaded() throws IOException {
        Path file = dir.resolve("openssl.pem");
        Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n" + TestKeys.PKCS8_BASE64.substring(0, 64) + "\n"
                + TestKeys.PKCS8_BASE64.substring(64) + "\n-----END PRIVATE KEY-----\n", StandardCharsets.US_ASCII);
        assertEquals(TestKeys.SPKI_BASE64, PeerKeyFile.loadOrCreate(file, new SecureRandom()).publicKeyBase64());
    }

    @Test
    void aCorruptFileIsRefusedAndLeftAlone() throws IOException {
        Path file = dir.resolve("peer.pem");
        String corrupt = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";
        Files.writeString(file, corrupt, StandardCharsets.US_ASCII);

        PeerKeyFileException e = assertThrows(PeerKeyFileException.class, () -> PeerKeyFile.loadOrCreate(file, new SecureRandom()));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("corrupt"), e.getMessage());
        assertEquals(corrupt, Files.readString(file, StandardCharsets.US_ASCII));
    }

    @Test
    void aFileWithoutAPemBlockIsRefused() throws IOException {
        Path file = dir.resolve("peer.pem");
        Files.write(file, Base64.getDecoder().decode(TestKeys.PKCS8_BASE64));
        assertThrows(PeerKeyFileException.class, () -> PeerKeyFile.loadOrCreate(file, new SecureRandom()));
    }

    @Test
    void aDirectoryInThePlaceOfTheFileIsRefused() throws IOException {
        Path file = Files.createDirectory(dir.resolve("peer.pem"));
        assertThrows(PeerKeyFileException.class, () -> PeerKeyFile.loadOrCreate(file, new SecureRandom()));
    }
}
