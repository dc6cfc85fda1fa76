package org.loopchain.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.loopchain.radiostation.RegisteredPeer;

class PeerChoiceTest {

    private static RegisteredPeer peer(String id, int port, long weight, int status) {
        return new RegisteredPeer(0, id, "127.0.0.1:" + (port - 1900), "key-" + id, "http://127.0.0.1:" + port, weight, null, status, 0);
    }

    private static final RegisteredPeer P0 = peer("p0", 9000, 1, RegisteredPeer.ONLINE);
    private static final RegisteredPeer P1 = peer("p1", 9100, 2, RegisteredPeer.OFFLINE);
    private static final RegisteredPeer P2 = peer("p2", 9200, 1, RegisteredPeer.ONLINE);
    private static final RegisteredPeer AUDIT = peer("p3", 9300, 0, RegisteredPeer.ONLINE);

    @Test
    void onlyOnlineValidatorsTakeARequestThatNamesNoPeer() {
        assertEquals(List.of(new Target("p0", "http://127.0.0.1:9000"), new Target("p2", "http://127.0.0.1:9200")),
                PeerChoice.takers(List.of(P0, P1, P2, AUDIT)));
        assertEquals(List.of(), PeerChoice.takers(List.of(P1, AUDIT)));
    }

    @Test
    void aPeerIsFoundByIdInThePreferredChannelFirstThenAnyOther() {
        RegisteredPeer elsewhere = peer("p0", 9999, 1, RegisteredPeer.ONLINE);
        Map<String, List<RegisteredPeer>> byChannel = Map.of("a", List.of(P0, P2), "b", List.of(elsewhere, AUDIT));
        List<String> channels = List.of("a", "b");
        assertEquals(Optional.of(new Target("p0", "http://127.0.0.1:9999")), PeerChoice.byId("p0", "b", channels, byChannel::get));
        assertEquals(Optional.of(new Target("p0", "http://127.0.0.1:9000")), PeerChoice.byId("p0", "a", channels, byChannel::get));
        assertEquals(Optional.of(new Target("p3", "http://127.0.0.1:9300")), PeerChoice.byId("p3", "a", channels, byChannel::get));
        assertEquals(Optional.of(new Target("p2", "http://127.0.0.1:9200")), PeerChoice.byId("p2", "nosuch", channels, byChannel::get));
    }

    @Test
    void anUnknownPeerIdIsFoundNowhere() {
        Map<String, List<RegisteredPeer>> byChannel = Map.of("a", List.of(P0));
        assertEquals(Optional.empty(), PeerChoice.byId("127.0.0.1:9000", "a", List.of("a"), byChannel::get));
        assertEquals(Optional.empty(), PeerChoice.byId("http://evil.example", "a", List.of("a"), byChannel::get));
    }

    @Test
    void roundRobinStartsAtTheNextPeerInTurnAndGoesRoundOnce() {
        RoundRobin turns = new RoundRobin();
        List<String> peers = List.of("a", "b", "c");
        assertEquals(List.of(List.of("a", "b", "c"), List.of("b", "c", "a"), List.of("c", "a", "b"), List.of("a", "b", "c")),
                IntStream.range(0, 4).mapToObj(i -> turns.order(peers)).toList());
        assertEquals(List.of(), turns.order(List.of()));
    }
}
