package org.loopchain.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class FailoverTest {

    private static final ProxyRequest SUBMIT = new ProxyRequest("POST", "transactions", null, Map.of(), new byte[] {'{', '}'});
    private static final List<Target> PEERS = List.of(new Target("p1", "http://127.0.0.1:9000"),
            new Target("p2", "http://127.0.0.1:9100"), new Target("p3", "http://127.0.0.1:9200"));

    private final List<String> tried = new ArrayList<>();

    /** A forwarder whose peers give these outcomes, recording which were tried. */
    private Failover failover(Map<String, Forwarded> outcomes) {
        return new Failover((peer, request) -> {
            tried.add(peer.peerId());
            return CompletableFuture.completedFuture(outcomes.get(peer.peerId()));
        });
    }

    private static Forwarded status(String peer, int status) {
        return Forwarded.answer(peer, status, "application/json", new byte[0]);
    }

    @Test
    void theFirstPeerThatAnswersServesTheRequest() throws Exception {
        Forwarded f = failover(Map.of("p1", status("p1", 200))).first(PEERS, SUBMIT).get();
        assertEquals("p1", f.peerId());
        assertEquals(List.of("p1"), tried);
    }

    @Test
    void aPeerThatIsDownOrTimesOutOrCannotStoreNowIsFollowedByTheNext() throws Exception {
        Forwarded f = failover(Map.of("p1", Forwarded.failed("p1", Forwarded.Failure.UNREACHABLE, "refused"),
                "p2", status("p2", 503), "p3", status("p3", 200))).first(PEERS, SUBMIT).get();
        assertEquals(200, f.status());
        assertEquals(List.of("p1", "p2", "p3"), tried);

        tried.clear();
        f = failover(Map.of("p1", Forwarded.failed("p1", Forwarded.Failure.TIMEOUT, "slow"), "p2", status("p2", 200)))
                .first(PEERS, SUBMIT).get();
        assertEquals("p2", f.peerId());
        assertEquals(List.of("p1", "p2"), tried);
    }

    @Test
    void aClientErrorIsThePeersAnswerAndIsNotRetried() throws Exception {
        Forwarded f = failover(Map.of("p1", status("p1", 400))).first(PEERS, SUBMIT).get();
        assertEquals(400, f.status());
        assertEquals(List.of("p1"), tried);
    }

    @Test
    void aTooLargeAnswerIsNotRetried() throws Exception {
        Forwarded f = failover(Map.of("p1", Forwarded.failed("p1", Forwarded.Failure.TOO_LARGE, "big"))).first(PEERS, SUBMIT).get();
        assertEquals(Forwarded.Failure.TOO_LARGE, f.failure());
        assertEquals(List.of("p1"), tried);
    }

    @Test
    void whenEveryPeerFailsTheLastOutcomeIsAnswered() throws Exception {
        Forwarded f = failover(Map.of("p1", Forwarded.failed("p1", Forwarded.Failure.UNREACHABLE, "refused"),
                "p2", status("p2", 502), "p3", Forwarded.failed("p3", Forwarded.Failure.TIMEOUT, "slow"))).first(PEERS, SUBMIT).get();
        assertEquals(Forwarded.Failure.TIMEOUT, f.failure());
        assertEquals("p3", f.peerId());
        assertEquals(List.of("p1", "p2", "p3"), tried);
    }

    @Test
    void thereMustBeAPeerToTry() {
        assertThrows(IllegalArgumentException.class, () -> failover(Map.of()).first(List.of(), SUBMIT));
    }
}
