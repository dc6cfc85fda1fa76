package org.loopchain.score.host;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * configuration, submits it ({@code POST /api/v1/scores}, again while the peer has not yet kept the
 * archive, -25, for up to 30 s) and waits until a block commits it. Each step prints a line; a
 * refusal is an {@link IllegalStateException} with the peer's words.
 */
final class ScoreConfigSubmission {

    private static final Duration ARCHIVE_WAIT = Duration.ofSeconds(30);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI api;
    private final String channel;

    ScoreConfigSubmission(int port, String channel) {
        this.api = URI.create("http://127.0.0.1:" + port + "/api/v1/");
        this.channel = channel;
    }

    /**
     * The unsigned configuration: {@code params} (a JSON object's text, or empty to keep the pinned
     * ones of the same id) and {@code owner} (or empty, likewise) only for a deploy.
     */
    Map<String, Object> configuration(String type, String id, String version, String sha256, String params, String owner) {
        Map<?, ?> pins = (Map<?, ?>) get("scores?channel=" + channel).body();
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
        String body = Json.pyDumps(config.toJson());
        Instant archiveDeadline = Instant.now().plus(ARCHIVE_WAIT);
        Reply reply = post("scores?channel=" + channel, body);
        while (reply.status() == 422 && "-25".equals(String.valueOf(reply.field("response_code"))) && Instant.now().isBefore(archiveDeadline)) {
            Thread.sleep(1_000); // a peer keeps a deployed archive within two seconds
            reply = post("scores?channel=" + channel, body);
        }
        if (reply.status() != 200) {
            throw new IllegalStateException("the peer refused the SCORE configuration: HTTP " + reply.status()
                    + ", response_code " + reply.field("response_code") + ": " + reply.field("more_info"));
        }
        String tx = String.valueOf(reply.field("tx_hash"));
        System.out.println("    submitted as tx " + tx.substring(0, Math.min(16, tx.length())) + "… (signed by the operator, sequence "
                + config.sequence() + ")");
        Instant deadline = Instant.now().plus(commitTimeout);
        while (Instant.now().isBefore(deadline)) {
            Reply result = get("transactions/result?hash=" + tx + "&channel=" + channel);
            if (result.status() == 200 && "0".equals(String.valueOf(result.field("response_code")))) {
                Map<?, ?> r = (Map<?, ?>) result.field("response");
                if (!(r.get("code") instanceof Number code) || code.intValue() != 0) {
                    throw new IllegalStateException("the SCORE configuration was committed at height " + r.get("block_height")
                            + " but changed nothing: " + r.get("message"));
                }
                System.out.println("    committed at height " + r.get("block_height") + "; in effect from height "
                        + r.get("effective_height"));
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the SCORE configuration " + tx + " was not committed within " + commitTimeout.toSeconds() + " s");
    }

    private Reply get(String path) {
        return send(HttpRequest.newBuilder(api.resolve(path)).timeout(REQUEST_TIMEOUT).GET().build());
    }

    private Reply post(String path, String body) {
        return send(HttpRequest.newBuilder(api.resolve(path)).timeout(REQUEST_TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body().isEmpty() ? Map.of() : Json.parse(r.body()));
        } catch (IOException e) {
            throw new IllegalStateException("no answer from " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private record Reply(int status, Object body) {
        Object field(String key) {
            return body instanceof Map<?, ?> m ? m.get(key) : null;
        }
    }
}
