package org.loopchain.radiostation;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Radio Station's JSON shapes, as the original answered them (see
 * {@code shared/reference/loopchain-v1-api.md}): a peer entry ({@code order, peer_id, group_id,
 * target, cert, status_update_time, status, peer_type}, plus our {@code weight}, {@code rest_url}
 * and {@code public_key}, the key that signs the peer's votes, as block answers give keys) and the
 * peer list ({@code registered_peer_count, connected_peer_count,
 * registered_peer_list, connected_peer_list}). The JMS announcement is the list with the
 * {@code channel} in front; peers read it back with {@link #parseList}.
 */
public final class PeerListJson {

    /** {@code status_update_time}: local time with microseconds, as Python's {@code str(datetime)}. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private PeerListJson() {
    }

    /** One peer in the original's entry shape; {@code peer_type} is omitted when {@code peerType} is null. */
    public static Map<String, Object> entry(RegisteredPeer p, Integer peerType, ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("order", p.order());
        m.put("peer_id", p.peerId());
        m.put("group_id", p.groupId());
        m.put("target", p.peerTarget());
        m.put("cert", p.publicKey());
        m.put("status_update_time", time(p.statusUpdateMicros(), zone));
        m.put("status", p.status());
        if (peerType != null) {
            m.put("peer_type", peerType);
        }
        m.put("weight", p.weight());
        m.put("rest_url", p.restUrl());
        m.put("public_key", p.publicKey());
        return m;
    }

    /** The {@code data} of {@code /api/v1/peer/list}. */
    public static Map<String, Object> list(List<RegisteredPeer> peers, String leaderId, ZoneId zone) {
        List<Object> registered = new ArrayList<>();
        List<Object> connected = new ArrayList<>();
        for (RegisteredPeer p : peers) {
            Map<String, Object> e = entry(p, p.peerId().equals(leaderId) ? 1 : 0, zone);
            registered.add(e);
            if (p.online()) {
                connected.add(e);
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("registered_peer_count", registered.size());
        m.put("connected_peer_count", connected.size());
        m.put("registered_peer_list", registered);
        m.put("connected_peer_list", connected);
        return m;
    }

    /** The JMS {@code peer_list} announcement: the channel, then {@link #list}. */
    public static Map<String, Object> announcement(String channel, List<RegisteredPeer> peers, String leaderId, ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("channel", channel);
        m.putAll(list(peers, leaderId, zone));
        return m;
    }

    /**
     * The peers of a list or announcement ({@code registered_peer_list}), in order.
     *
     * @throws IllegalArgumentException if the shape is not the one {@link #list} writes
     */
    public static List<RegisteredPeer> parseList(Object data, ZoneId zone) {
        if (!(data instanceof Map<?, ?> m) || !(m.get("registered_peer_list") instanceof List<?> entries)) {
            throw new IllegalArgumentException("not a peer list: no registered_peer_list");
        }
        List<RegisteredPeer> out = new ArrayList<>();
        for (Object o : entries) {
            if (!(o instanceof Map<?, ?> e)) {
                throw new IllegalArgumentException("a peer list entry is not an object");
            }
            String peerId = string(e, "peer_id");
            String groupId = e.get("group_id") instanceof String g ? g : peerId;
            out.add(new RegisteredPeer(number(e, "order").intValueExact(), peerId, string(e, "target"), string(e, "cert"),
                    string(e, "rest_url"), e.containsKey("weight") ? number(e, "weight").longValueExact() : 1,
                    groupId.equals(peerId) ? null : groupId, number(e, "status").intValueExact(),
                    micros(string(e, "status_update_time"), zone)));
        }
        return out;
    }

    static String time(long micros, ZoneId zone) {
        Instant instant = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
        return TIME.format(LocalDateTime.ofInstant(instant, zone));
    }

    static long micros(String time, ZoneId zone) {
        try {
            Instant i = LocalDateTime.parse(time, TIME).atZone(zone).toInstant();
            return i.getEpochSecond() * 1_000_000L + i.getNano() / 1_000;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad status_update_time '" + JoinRequest.clip(time) + "'");
        }
    }

    private static String string(Map<?, ?> e, String key) {
        if (!(e.get(key) instanceof String s)) {
            throw new IllegalArgumentException("a peer list entry has no string " + key);
        }
        return s;
    }

    private static BigInteger number(Map<?, ?> e, String key) {
        if (!(e.get(key) instanceof BigInteger n)) {
            throw new IllegalArgumentException("a peer list entry has no whole number " + key);
        }
        return n;
    }
}
