package org.loopchain.radiostation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.core.config.ChannelManageData;
import org.loopchain.core.config.ChannelManageData.ChannelDefinition;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.json.Json;

class PeerRegistryTest {

    private static final Map<String, ChannelDefinition> CHANNELS = ChannelManageData.parse("""
            {"loopchain_default": {"score_package": "loopchain/default", "peers": [
                {"peer_target": "127.0.0.1:7100"}, {"peer_target": "127.0.0.1:7200", "weight": 3},
                {"peer_target": "127.0.0.1:7300"}, {"peer_target": "127.0.0.1:7400"}]},
             "grouped": {"peers": [{"peer_target": "127.0.0.1:7100", "group": "g1", "weight": 2}], "groups": {"g1": 5}}}""");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T17:09:48.648383Z"));
    private final PeerKey k1 = PeerKey.generate(RANDOM);
    private final PeerKey k2 = PeerKey.generate(RANDOM);
    private final PeerKey k3 = PeerKey.generate(RANDOM);

    private PeerRegistry registry(boolean auth) {
        return new PeerRegistry(CHANNELS, auth, clock);
    }

    private long sequence;

    private JoinRequest join(String peerId, int port, PeerKey key) {
        return join("loopchain_default", peerId, port, key);
    }

    /** Signed now (on the test clock), each one a microsecond after the one before. */
    private JoinRequest join(String channel, String peerId, int port, PeerKey key) {
        Instant now = clock.instant();
        return JoinRequest.signed(channel, peerId, "127.0.0.1:" + port, "http://127.0.0.1:" + (port + 1900),
                now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000 + ++sequence, key);
    }

    private static RegistryException refused(PeerRegistry r, JoinRequest request) {
        return assertThrows(RegistryException.class, () -> r.join(request));
    }

    @Test
    void anAuditPlaceIsListedAsAnAuditPeerAndAValidatorPlaceIsNot() {
        PeerRegistry r = new PeerRegistry(ChannelManageData.parse("""
                {"audited": {"peers": [{"peer_target": "127.0.0.1:7100"}, {"peer_target": "127.0.0.1:7200", "role": "audit"}]}}"""),
                true, clock);
        r.join(join("audited", "p1", 7100, k1));
        r.join(join("audited", "p2", 7200, k2));

        List<RegisteredPeer> peers = r.peers("audited");
        assertFalse(peers.get(0).audit());
        assertTrue(peers.get(1).audit());
        assertEquals(0, peers.get(1).weight());
    }

    @Test
    void listedPeersAreOrderedAsListedWhateverTheJoinOrder() {
        PeerRegistry r = registry(true);
        PeerRegistry.Admission a = r.join(join("p3", 7300, k3));
        assertEquals(1, a.peer().order());
        assertTrue(a.changed());
        r.join(join("p2", 7200, k2));
        r.join(join("p1", 7100, k1));

        List<RegisteredPeer> peers = r.peers("loopchain_default");
        assertEquals(List.of("p1", "p2", "p3"), peers.stream().map(RegisteredPeer::peerId).toList());
        assertEquals(List.of(1, 2, 3), peers.stream().map(RegisteredPeer::order).toList());
        RegisteredPeer p2 = peers.get(1);
        assertEquals("127.0.0.1:7200", p2.peerTarget());
        assertEquals(k2.publicKeyBase64(), p2.publicKey());
        assertEquals("http://127.0.0.1:9100", p2.restUrl());
        assertEquals(3, p2.weight());
        assertNull(p2.group());
        assertEquals("p2", p2.groupId());
        assertEquals(RegisteredPeer.ONLINE, p2.status());
        assertEquals(1_795_626_588_648_383L, p2.statusUpdateMicros());
    }

    @Test
    void withChannelAuthOnlyListedTargetsAreAdmitted() {
        PeerRegistry r = registry(true);
        RegistryException e = refused(r, join("p9", 7900, k1));
        assertEquals(Refusal.NOT_LISTED, e.refusal());
        assertEquals("peer_target 127.0.0.1:7900 is not listed for channel loopchain_default (ENABLE_CHANNEL_AUTH)", e.getMessage());
        assertEquals(List.of(), r.peers("loopchain_default"));
    }

    @Test
    void withoutChannelAuthUnlistedPeersComeAfterTheListedInJoinOrder() {
        PeerRegistry r = registry(false);
        r.join(join("x2", 7902, k2));
        r.join(join("x1", 7901, k1));
        r.join(join("p3", 7300, k3));
        List<RegisteredPeer> peers = r.peers("loopchain_default");
        assertEquals(List.of("p3", "x2", "x1"), peers.stream().map(RegisteredPeer::peerId).toList());
        assertEquals(1, peers.get(1).weight());
    }

    @Test
    void aBadSignatureIsRefusedAndNothingIsStored() {
        PeerRegistry r = registry(false);
        JoinRequest good = join("p1", 7100, k1);
        JoinRequest forged = new JoinRequest(good.channel(), good.peerId(), good.peerTarget(), good.publicKey(),
                "http://evil.example:80", good.timestampMicros(), "", good.signature());
        assertEquals(Refusal.BAD_SIGNATURE, refused(r, forged).refusal());
        JoinRequest otherKey = new JoinRequest(good.channel(), good.peerId(), good.peerTarget(), k2.publicKeyBase64(),
                good.restUrl(), good.timestampMicros(), "", good.signature());
        assertEquals(Refusal.BAD_SIGNATURE, refused(r, otherKey).refusal());
        assertEquals(List.of(), r.peers("loopchain_default"));
    }

    @Test
    void anUnknownChannelIsRefused() {
        RegistryException e = refused(registry(false), join("nochannel", "p1", 7100, k1));
        assertEquals(Refusal.UNKNOWN_CHANNEL, e.refusal());
        assertEquals(-20, e.refusal().responseCode());
        assertEquals(404, e.refusal().httpStatus());
    }

    @Test
    void aTargetHeldByAnotherPeerIsRefused() {
        PeerRegistry r = registry(true);
        r.join(join("p1", 7100, k1));
        RegistryException otherId = refused(r, join("intruder", 7100, k2));
        assertEquals(Refusal.TARGET_TAKEN, otherId.refusal());
        assertEquals(409, otherId.refusal().httpStatus());
        RegistryException sameKeyOtherId = refused(r, join("p1-again", 7100, k1));
        assertEquals(Refusal.TARGET_TAKEN, sameKeyOtherId.refusal());
        assertEquals(List.of("p1"), r.peers("loopchain_default").stream().map(RegisteredPeer::peerId).toList());
    }

    @Test
    void aPeerIdRegisteredWithAnotherKeyIsRefused() {
        PeerRegistry r = registry(true);
        r.join(join("p1", 7100, k1));
        RegistryException e = refused(r, join("p1", 7200, k2));
        assertEquals(Refusal.PEER_ID_TAKEN, e.refusal());
        assertEquals(k1.publicKeyBase64(), r.peer("loopchain_default", "p1").orElseThrow().publicKey());
    }

    @Test
    void aRestartedPeerWithTheSameKeyRejoinsInItsPlace() {
        PeerRegistry r = registry(true);
        r.join(join("p1", 7100, k1));
        r.join(join("p2", 7200, k2));
        long joined = r.peer("loopchain_default", "p2").orElseThrow().statusUpdateMicros();
        clock.advance(Duration.ofSeconds(5));

        PeerRegistry.Admission again = r.join(join("p2", 7200, k2));
        assertFalse(again.changed(), "an online peer joining again changes nothing");
        assertEquals(2, again.peer().order());
        assertEquals(joined, again.peer().statusUpdateMicros());

        for (int i = 0; i < PeerRegistry.MISSED_BEATS_OFFLINE; i++) {
            r.missed("loopchain_default", "p2");
        }
        assertEquals(RegisteredPeer.OFFLINE, r.peer("loopchain_default", "p2").orElseThrow().status());
        PeerRegistry.Admission back = r.join(join("p2", 7200, k2));
        assertTrue(back.changed());
        assertEquals(RegisteredPeer.ONLINE, back.peer().status());
        assertEquals(2, r.peers("loopchain_default").size());
    }

    @Test
    void threeMissedBeatsMakeAPeerOfflineAndAnAnswerOnlineAgain() {
        PeerRegistry r = registry(true);
        r.join(join("p1", 7100, k1));
        assertFalse(r.missed("loopchain_default", "p1"));
        assertFalse(r.missed("loopchain_default", "p1"));
        assertEquals(RegisteredPeer.ONLINE, r.peer("loopchain_default", "p1").orElseThrow().status());
        clock.advance(Duration.ofMillis(1500));
        assertTrue(r.missed("loopchain_default", "p1"), "the third miss");
        RegisteredPeer offline = r.peer("loopchain_default", "p1").orElseThrow();
        assertEquals(RegisteredPeer.OFFLINE, offline.status());
        assertEquals(1_795_626_590_148_383L, offline.statusUpdateMicros());
        assertFalse(r.missed("loopchain_default", "p1"), "already offline: no change");

        Map<String, Object> status = status("p1", 4, null);
        assertTrue(r.beat("loopchain_default", "p1", status));
        assertEquals(RegisteredPeer.ONLINE, r.peer("loopchain_default", "p1").orElseThrow().status());
        assertEquals(status, r.lastStatus("loopchain_default", "p1").orElseThrow());
        assertFalse(r.beat("loopchain_default", "p1", status), "already online: no change");
    }

    @Test
    void aBeatResetsTheMissCount() {
        PeerRegistry r = registry(true);
        r.join(join("p1", 7100, k1));
        r.missed("loopchain_default", "p1");
        r.missed("loopchain_default", "p1");
        r.beat("loopchain_default", "p1", status("p1", 0, null));
        r.missed("loopchain_default", "p1");
        r.missed("loopchain_default", "p1");
        assertEquals(RegisteredPeer.ONLINE, r.peer("loopchain_default", "p1").orElseThrow().status());
    }

    @Test
    void theLeaderIsTheViewOfThePeerWithTheHighestBlockOrElseTheFirst() {
        PeerRegistry r = registry(true);
        assertTrue(r.leader("loopchain_default").isEmpty());
        r.join(join("p1", 7100, k1));
        r.join(join("p2", 7200, k2));
        r.join(join("p3", 7300, k3));
        assertEquals("p1", r.leader("loopchain_default").orElseThrow().peerId(), "no status: the first");

        r.beat("loopchain_default", "p1", status("p1", 7, "p1"));
        r.beat("loopchain_default", "p2", status("p2", 9, "p3"));
        r.beat("loopchain_default", "p3", status("p3", 8, "p2"));
        assertEquals("p3", r.leader("loopchain_default").orElseThrow().peerId());

        r.beat("loopchain_default", "p2", status("p2", 9, "somebody-unknown"));
        assertEquals("p1", r.leader("loopchain_default").orElseThrow().peerId(), "an unknown leader: the first");
    }

    @Test
    void groupsAndWeightsComeFromTheListing() {
        PeerRegistry r = registry(true);
        RegisteredPeer p = r.join(join("grouped", "p1", 7100, k1)).peer();
        assertEquals("g1", p.group());
        assertEquals("g1", p.groupId());
        assertEquals(2, p.weight());
    }

    @Test
    void storedRegistrationsAreRestoredInOrderAndNewJoinsComeAfter() {
        PeerRegistry first = registry(false);
        PeerRecord x1 = first.join(join("x1", 7901, k1)).record();
        PeerRecord p3 = first.join(join("p3", 7300, k3)).record();
        first.missed("loopchain_default", "p3");

        PeerRegistry restarted = registry(false);
        assertTrue(restarted.restore(x1));
        assertTrue(restarted.restore(p3));
        assertFalse(restarted.restore(new PeerRecord("gone", x1.peer(), 9)));
        restarted.join(join("x2", 7902, k2));
        assertEquals(List.of("p3", "x1", "x2"), restarted.peers("loopchain_default").stream().map(RegisteredPeer::peerId).toList());
        assertEquals(Refusal.TARGET_TAKEN, refused(restarted, join("other", 7901, k2)).refusal());

        PeerRegistry withAuth = registry(true);
        assertFalse(withAuth.restore(x1), "no longer admissible with channel auth");
        assertTrue(withAuth.restore(p3));
    }

    @Test
    void theListJsonHasTheReferenceShape() {
        PeerRegistry r = registry(true);
        r.join(join("p1", 7100, k1));
        r.join(join("p2", 7200, k2));
        for (int i = 0; i < 3; i++) {
            r.missed("loopchain_default", "p2");
        }
        Map<String, Object> list = PeerListJson.list(r.peers("loopchain_default"), "p1", ZoneOffset.UTC);
        String expected = "{\"registered_peer_count\": 2, \"connected_peer_count\": 1, \"registered_peer_list\": ["
                + "{\"order\": 1, \"peer_id\": \"p1\", \"group_id\": \"p1\", \"target\": \"127.0.0.1:7100\", \"cert\": \""
                + k1.publicKeyBase64() + "\", \"status_update_time\": \"2026-11-25 17:09:48.648383\", \"status\": 1, \"peer_type\": 1, "
                + "\"weight\": 1, \"rest_url\": \"http://127.0.0.1:9000\", \"public_key\": \"" + k1.publicKeyBase64() + "\"}, "
                + "{\"order\": 2, \"peer_id\": \"p2\", \"group_id\": \"p2\", \"target\": \"127.0.0.1:7200\", \"cert\": \""
                + k2.publicKeyBase64() + "\", \"status_update_time\": \"2026-11-25 17:09:48.648383\", \"status\": 0, \"peer_type\": 0, "
                + "\"weight\": 3, \"rest_url\": \"http://127.0.0.1:9100\", \"public_key\": \"" + k2.publicKeyBase64() + "\"}], "
                + "\"connected_peer_list\": [{\"order\": 1, \"peer_id\": \"p1\", \"group_id\": \"p1\", \"target\": \"127.0.0.1:7100\", \"cert\": \""
                + k1.publicKeyBase64() + "\", \"status_update_time\": \"2026-11-25 17:09:48.648383\", \"status\": 1, \"peer_type\": 1, "
                + "\"weight\": 1, \"rest_url\": \"http://127.0.0.1:9000\", \"public_key\": \"" + k1.publicKeyBase64() + "\"}]}";
        assertEquals(expected, Json.pyDumps(list));
    }

    @Test
    void anAnnouncementReadsBackAsTheSamePeers() {
        PeerRegistry r = registry(true);
        r.join(join("grouped", "p1", 7100, k1));
        List<RegisteredPeer> peers = r.peers("grouped");
        ZoneId zone = ZoneId.of("Asia/Seoul");
        String body = Json.pyDumps(PeerListJson.announcement("grouped", peers, "p1", zone));
        assertTrue(body.startsWith("{\"channel\": \"grouped\", \"registered_peer_count\": 1"), body);
        assertEquals(peers, PeerListJson.parseList(Json.parse(body), zone));
        assertThrows(IllegalArgumentException.class, () -> PeerListJson.parseList(Json.parse("{\"x\": 1}"), zone));
    }

    private static Map<String, Object> status(String peerId, long height, String leader) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("peer_id", peerId);
        s.put("block_height", BigInteger.valueOf(height));
        if (leader != null) {
            s.put("leader", leader);
        }
        return s;
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aReplayedOrStaleJoinIsRefusedAndChangesNothing() {
        PeerRegistry r = registry(true);
        JoinRequest first = join("p1", 7100, k1);
        JoinRequest moved = join("p1", 7100, k1);
        r.join(moved);
        assertEquals(Refusal.STALE_JOIN, refused(r, first).refusal(), "older than the last one accepted");
        assertEquals(Refusal.STALE_JOIN, refused(r, moved).refusal(), "the same request again");
        clock.advance(Duration.ofMinutes(6));
        JoinRequest old = JoinRequest.signed("loopchain_default", "p2", "127.0.0.1:7200", "http://127.0.0.1:9100",
                moved.timestampMicros() + 1, k2);
        assertEquals(Refusal.STALE_JOIN, refused(r, old).refusal(), "outside the 5-minute window");
        assertEquals(1, r.peers("loopchain_default").size());
        r.join(join("p2", 7200, k2));
        assertEquals(2, r.peers("loopchain_default").size());
    }
}
