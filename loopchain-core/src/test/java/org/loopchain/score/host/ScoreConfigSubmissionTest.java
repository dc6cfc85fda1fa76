package org.loopchain.score.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.consensus.sim.SimClock;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.json.Json;

/** The operator's submission against a scripted peer, on a clock that moves only when it sleeps. */
class ScoreConfigSubmissionTest {

    private static final PeerKey OPERATOR = PeerKey.generate(new SecureRandom(new byte[] {7}));
    private static final String CHANNEL = "loopchain_default";
    private static final String SHA256 = "ab".repeat(32);
    private static final String OWNER = "hx" + "12".repeat(20);
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final PeerApi.Reply LACKS_ARCHIVE = reply(422, "{\"response_code\": \"-25\", \"more_info\": \"no archive\"}");
    private static final PeerApi.Reply ACCEPTED = reply(200, "{\"response_code\": \"0\", \"tx_hash\": \"" + "cd".repeat(32) + "\"}");
    private static final PeerApi.Reply PENDING = reply(200, "{\"response_code\": \"2\"}");

    private final SimClock clock = new SimClock(START);
    private final List<Duration> sleeps = new ArrayList<>();
    private final ScriptedPeer peer = new ScriptedPeer();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ScoreConfigSubmission submission = new ScoreConfigSubmission(peer, CHANNEL, clock, d -> {
        sleeps.add(d);
        clock.set(clock.instant().plus(d));
    }, new PrintStream(printed, true, StandardCharsets.UTF_8));

    @Test
    void aNewVersionSignsTheNextSequenceAndKeepsTheParamsAndOwnerOfItsId() {
        peer.gets.add(reply(200, "{\"sequence\": 2, \"pins\": [{\"score_id\": \"token\", \"params\": {\"supply\": \"0x10\"},"
                + " \"owner\": \"" + OWNER + "\"}]}"));

        Map<String, Object> config = submission.configuration(ScoreConfig.DEPLOY, "token", "1.1.0", SHA256, "", "");

        assertEquals(List.of("GET scores?channel=" + CHANNEL), peer.calls);
        assertEquals(Map.of("supply", "0x10"), config.get("params"));
        assertEquals(OWNER, config.get("owner"));
        assertEquals(2L, ((Number) config.get("sequence")).longValue());
    }

    @Test
    void anUndeployOfAnIdTheChannelDoesNotRunIsRefusedBeforeSigning() {
        peer.gets.add(reply(200, "{\"sequence\": 1, \"pins\": [{\"score_id\": \"token\"}]}"));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> submission.configuration(ScoreConfig.UNDEPLOY, "other", "", "", "", ""));

        assertEquals("channel " + CHANNEL + " does not run SCORE other (it runs token)", e.getMessage());
    }

    @Test
    void aSubmissionIsRepeatedEverySecondUntilThePeerHasKeptTheArchiveThenWaitsForItsCommit() throws InterruptedException {
        peer.posts.addAll(List.of(LACKS_ARCHIVE, LACKS_ARCHIVE, ACCEPTED));
        peer.gets.addAll(List.of(PENDING, committed("{\"code\": 0, \"block_height\": 5, \"effective_height\": 6}")));

        submission.submit(deploy(), OPERATOR, Duration.ofSeconds(10));

        assertEquals(3, peer.count("POST"));
        assertEquals(2, peer.count("GET"));
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(500)), sleeps);
        assertTrue(printed().contains("sequence 3)"), printed());
        assertTrue(printed().endsWith("committed at height 5; in effect from height 6\n"), printed());
    }

    @Test
    void aPeerThatStillLacksTheArchiveAfterThirtySecondsRefusesIt() {
        peer.posts.add(LACKS_ARCHIVE);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> submission.submit(deploy(), OPERATOR, Duration.ofSeconds(10)));

        assertEquals("the peer refused the SCORE configuration: HTTP 422, response_code -25: no archive", e.getMessage());
        assertEquals(31, peer.count("POST"));
        assertEquals(START.plus(ScoreConfigSubmission.ARCHIVE_WAIT), clock.instant());
        assertEquals(0, peer.count("GET"));
    }

    @Test
    void anyOtherRefusalIsReportedAtOnce() {
        peer.posts.add(reply(422, "{\"response_code\": \"-24\", \"more_info\": \"stale sequence\"}"));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> submission.submit(deploy(), OPERATOR, Duration.ofSeconds(10)));

        assertEquals("the peer refused the SCORE configuration: HTTP 422, response_code -24: stale sequence", e.getMessage());
        assertEquals(1, peer.count("POST"));
        assertEquals(List.of(), sleeps);
    }

    @Test
    void aConfigurationNotCommittedWithinTheTimeoutFailsAfterAskingEveryHalfSecond() {
        peer.posts.add(ACCEPTED);
        peer.gets.add(PENDING);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> submission.submit(deploy(), OPERATOR, Duration.ofSeconds(5)));

        assertTrue(e.getMessage().endsWith(" was not committed within 5 s"), e.getMessage());
        assertEquals(10, peer.count("GET"));
        assertEquals(START.plusSeconds(5), clock.instant());
    }

    @Test
    void aCommittedConfigurationThatChangedNothingIsAnError() {
        peer.posts.add(ACCEPTED);
        peer.gets.add(committed("{\"code\": 1, \"block_height\": 5, \"message\": \"the archive is not held\"}"));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> submission.submit(deploy(), OPERATOR, Duration.ofSeconds(5)));

        assertEquals("the SCORE configuration was committed at height 5 but changed nothing: the archive is not held", e.getMessage());
        assertEquals(List.of(), sleeps);
    }

    private static Map<String, Object> deploy() {
        return Map.of("type", ScoreConfig.DEPLOY, "channel", CHANNEL, "score_id", "token", "version", "1.0.0",
                "sha256", SHA256, "params", Map.of(), "owner", "", "sequence", 3L);
    }

    private static PeerApi.Reply committed(String response) {
        return reply(200, "{\"response_code\": \"0\", \"response\": " + response + "}");
    }

    private static PeerApi.Reply reply(int status, String json) {
        return new PeerApi.Reply(status, Json.parse(json));
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    /** Answers GETs and POSTs from its queues in order, the last answer of each again and again. */
    private static final class ScriptedPeer implements PeerApi {

        final Deque<Reply> gets = new ArrayDeque<>();
        final Deque<Reply> posts = new ArrayDeque<>();
        final List<String> calls = new ArrayList<>();

        @Override
        public Reply get(String path) {
            calls.add("GET " + path);
            return next(gets);
        }

        @Override
        public Reply post(String path, String jsonBody) {
            calls.add("POST " + path);
            return next(posts);
        }

        int count(String method) {
            return Collections.frequency(calls.stream().map(c -> c.substring(0, c.indexOf(' '))).toList(), method);
        }

        private static Reply next(Deque<Reply> replies) {
            return replies.size() > 1 ? replies.poll() : replies.getFirst();
        }
    }
}
