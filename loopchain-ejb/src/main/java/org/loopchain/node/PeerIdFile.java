package org.loopchain.node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/** The peer id: {@code PEER_ID} if configured, else a UUID made at first start and kept. */
final class PeerIdFile {

    private PeerIdFile() {
    }

    static String loadOrCreate(Path file, String configured) throws IOException {
        if (!configured.isEmpty()) {
            return configured;
        }
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        String id = UUID.randomUUID().toString();
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, id, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        return id;
    }
}
