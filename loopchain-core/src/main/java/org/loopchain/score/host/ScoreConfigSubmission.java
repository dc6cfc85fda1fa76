package org.loopchain.score.host;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.json.Json;

/**
 * The operator's round trip of one SCORE change through a peer's REST API, for
 * {@code ./loopchain score deploy|undeploy}: reads the channel's pins ({@code GET /api/v1/scores}: the
 * sequence to sign, and the params and owner a new version of the same id keeps), signs the
 * configuration, submits it ({@code POST /api/v1/scores}, again every second while the peer has not
 * yet kept the archive, -25, for up to 30 s) and waits until a block commits it (asking every half
 * second). Each step prints a line; a refusal is an {@link IllegalStateException} with the peer's
 * words. Time is the given clock's, waiting the given sleeper's.
 */
final class ScoreConfigSubmission {

    static final Duration ARCHIVE_WAIT = Duration.ofSeconds(30);
    static final Duration ARCHIVE_RETRY = Duration.ofSeconds(1); // a peer keeps a deployed archive within two seconds
    static final Duration COMMIT_POLL = Duration.ofMillis(500);

    private final PeerApi peer;
    private final String channel;
    private final Clock clock;
    private final Sleeper sleeper;
    private final PrintStream out;

    ScoreConfigSubmission(PeerApi peer, String channel, Clock clock, Sleeper sleeper, PrintStream out) {
        this.peer = peer;
        this.channel = channel;
        this.clock = clock;
        this.sleeper = sleeper;
        this.out = out;
    }

    /**
     * The unsigned configuration: {@code params} (a JSON object's text, or empty to keep the pinned
     * ones of the same id) and {@code owner} (or empty, likewise) only for a deploy.
     */
    Map<String, Object> configuration(String type, String id, String version, String sha256, String params, String owner) {
        Map<?, ?> pins = (Map<?, ?>) peer.get("scores?channel=" + channel).body();
        List<?> history = pins.get("pins") instanceof List<?> l ? l : List.of();
        Map<?, ?> latest = history.isEmpty() ? Map.of() : (Map<?, ?>) history.get(history.size() - 1);
        boolean sameId = id.equals(latest.get("score_id"));
        boolean deploy = ScoreConfig.DEPLOY.equals(type);
        if (!deploy && !sameId) {
            throw new IllegalStateException("channel " + channel + " does not run SCORE " + id + " (it runs "
                    + (latest.get("score_id") == null ? "none" : latest.get("score_id")) + ")");
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", type);
        config.put("channel", channel);
        config.put("score_id", id);
        config.put("version", version);
        config.put("sha256", sha256);
        config.put("params", !deploy ? Map.of() : !params.isEmpty() ? Json.parse(params)
                : sameId && latest.get("params") != null ? latest.get("params") : Map.of());
        config.put("owner", !deploy ? "" : !owner.isEmpty() ? owner : sameId && latest.get("owner") != null ? latest.get("owner") : "");
        config.put("sequence", pins.get("sequence"));
        return config;
    }

    /** Signs, submits and waits for the commit of {@code unsigned}; prints what happened. */
    void submit(Map<String, Object> unsigned, PeerKey operator, Duration commitTimeout) throws InterruptedException {
        Map<String, Object> m = new LinkedHashMap<>(unsigned);
        m.put("operator", operator.publicKeyBase64());
        ScoreConfig config = ScoreConfig.parse(m).signedBy(operator);
        PeerApi.Reply reply = postUntilArchiveKept(Json.pyDumps(config.toJson()));
        if (reply.status() != 200) {
            throw new IllegalStateException("the peer refused the SCORE configuration: HTTP " + reply.status()
                    + ", response_code " + reply.field("response_code") + ": " + reply.field("more_info"));
        }
        String tx = String.valueOf(reply.field("tx_hash"));
        out.println("    submitted as tx " + tx.substring(0, Math.min(16, tx.length())) + "… (signed by the operator, sequence "
                + config.sequence() + ")");
        awaitCommit(tx, commitTimeout);
    }

    private PeerApi.Reply postUntilArchiveKept(String body) throws InterruptedException {
        Instant deadline = clock.instant().plus(ARCHIVE_WAIT);
        PeerApi.Reply reply = peer.post("scores?channel=" + channel, body);
        while (lacksArchive(reply) && clock.instant().isBefore(deadline)) {
            sleeper.sleep(ARCHIVE_RETRY);
            reply = peer.post("scores?channel=" + channel, body);
        }
        return reply;
    }

    private static boolean lacksArchive(PeerApi.Reply reply) {
        return reply.status() == 422 && "-25".equals(String.valueOf(reply.field("response_code")));
    }

    private void awaitCommit(String tx, Duration timeout) throws InterruptedException {
        Instant deadline = clock.instant().plus(timeout);
        while (clock.instant().isBefore(deadline)) {
            PeerApi.Reply result = peer.get("transactions/result?hash=" + tx + "&channel=" + channel);
            if (result.status() == 200 && "0".equals(String.valueOf(result.field("response_code")))) {
                reportCommitted((Map<?, ?>) result.field("response"));
                return;
            }
            sleeper.sleep(COMMIT_POLL);
        }
        throw new IllegalStateException("the SCORE configuration " + tx + " was not committed within " + timeout.toSeconds() + " s");
    }

    private void reportCommitted(Map<?, ?> result) {
        if (!(result.get("code") instanceof Number code) || code.intValue() != 0) {
            throw new IllegalStateException("the SCORE configuration was committed at height " + result.get("block_height")
                    + " but changed nothing: " + result.get("message"));
        }
        out.println("    committed at height " + result.get("block_height") + "; in effect from height "
                + result.get("effective_height"));
    }
}
