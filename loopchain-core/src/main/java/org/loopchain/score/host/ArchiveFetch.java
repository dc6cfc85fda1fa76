package org.loopchain.score.host;

import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.loopchain.core.json.Json;
import org.loopchain.core.json.JsonException;

/**
 * Fetching a pinned archive this peer lacks from the other peers, over the channel's
 * {@code score} topic: a peer that must execute a height whose archive it does not hold publishes
 * {@code archive_request {"sha256"}} (again every {@link #ASK_EVERY} while it still needs it);
 * every peer that holds it answers {@code archive {"sha256", "file", "archive": base64}}; the
 * asker stores the first answer whose bytes hash to the SHA-256 it asked for (through
 * {@link ArchiveStore#put}, which checks it) and ignores the rest, and answers it did not ask for.
 * Nothing here trusts the sender: the hash is the check. Thread-safe.
 */
public final class ArchiveFetch {

    private static final Logger LOG = Logger.getLogger(ArchiveFetch.class.getName());
    public static final String REQUEST = "archive_request";
    public static final String ARCHIVE = "archive";
    static final Duration ASK_EVERY = Duration.ofSeconds(3);
    /** Largest answer read: a 16 MiB archive in base64 and its envelope. */
    public static final int MAX_MESSAGE_CHARS = ArchiveStore.MAX_ARCHIVE_BYTES / 3 * 4 + 4096;

    private final ArchiveStore store;
    private final Clock clock;
    /** SHA-256 → when it was last asked for. */
    private final Map<String, Long> wanted = new ConcurrentHashMap<>();

    public ArchiveFetch(ArchiveStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The request to publish for {@code sha256}, unless it is held or was asked for within {@link #ASK_EVERY}. */
    public Optional<String> request(String sha256) {
        if (store.has(sha256)) {
            wanted.remove(sha256);
            return Optional.empty();
        }
        long now = clock.millis();
        Long last = wanted.get(sha256);
        if (last != null && now - last < ASK_EVERY.toMillis()) {
            return Optional.empty();
        }
        wanted.put(sha256, now);
        return Optional.of(Json.pyDumps(Map.of("sha256", sha256)));
    }

    /** Whether this peer is waiting for {@code sha256}. */
    public boolean wants(String sha256) {
        return wanted.containsKey(sha256);
    }

    /** The answer to a request, if this peer holds the archive asked for. */
    public Optional<String> answer(String requestText) {
        String sha = field(requestText, "sha256");
        if (sha.isEmpty() || requestText.length() > 1024) {
            return Optional.empty();
        }
        return store.bytes(sha).map(bytes -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sha256", sha);
            m.put("file", store.fileName(sha).orElse(sha + ".jar"));
            m.put("archive", Base64.getEncoder().encodeToString(bytes));
            return Json.pyDumps(m);
        });
    }

    /**
     * Takes an answer: stores the archive if this peer asked for it and it checks out.
     *
     * @return the SHA-256 stored now, or empty (not asked for, already held, or refused: logged)
     */
    public Optional<String> receive(String answerText, String sender) {
        if (answerText.length() > MAX_MESSAGE_CHARS) {
            LOG.warning(() -> "dropped an archive from " + sender + ": larger than " + MAX_MESSAGE_CHARS + " characters");
            return Optional.empty();
        }
        String sha = field(answerText, "sha256");
        if (!wanted.containsKey(sha)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(field(answerText, "archive"));
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "dropped an archive from " + sender + ": not base64");
            return Optional.empty();
        }
        Optional<String> problem = store.put(sha, bytes, field(answerText, "file").endsWith(".war"));
        if (problem.isPresent()) {
            LOG.warning(() -> "dropped archive " + sha + " from " + sender + ": " + problem.get());
            return Optional.empty();
        }
        wanted.remove(sha);
        LOG.info(() -> "fetched SCORE archive " + sha + " from " + sender + " (" + bytes.length + " bytes, SHA-256 checked)");
        return Optional.of(sha);
    }

    private static String field(String text, String name) {
        try {
            return Json.parse(text) instanceof Map<?, ?> m && m.get(name) instanceof String s ? s : "";
        } catch (JsonException e) {
            return "";
        }
    }
}
