package org.loopchain.core.config;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.loopchain.coin.CoinGenesis;
import org.loopchain.core.json.Json;
import org.loopchain.core.json.JsonException;

/**
 * loopchain's {@code channel_manage_data.json}: which channels exist, the SCORE each runs, and
 * the peers the radio station admits to each (with {@code ENABLE_CHANNEL_AUTH}), in their order,
 * with their vote weight and optional group.
 *
 * <pre>
 * {"loopchain_default": {
 *     "score_package": "loopchain/default",
 *     "peers": [{"peer_target": "127.0.0.1:7100", "weight": 1, "group": "g1"}, ...,
 *               {"peer_target": "127.0.0.1:7400", "role": "audit"}],
 *     "groups": {"g1": 2},
 *     "operators": ["&lt;base64 public key&gt;" or "hx…"],
 *     "admins": ["&lt;base64 public key&gt;" or "hx…"],
 *     "consensus": {"VOTING_RATIO": 0.75, "INTERVAL_BLOCKGENERATION": 1, "MAX_BLOCK_TX_NUM": 500},
 *     "trusted_cas": ["pki/ca/ca.crt", "pki/orgs/acme/ca.crt"],
 *     "crls": ["pki/ca/crl.pem", "pki/orgs/acme/crl.pem"],
 *     "nid": "0x1", "step_price": "0x0", "block_order_height": "0x0",
 *     "genesis_accounts": [{"address": "hx…", "balance": "0x…"}]}}
 * </pre>
 *
 * <p>{@code role} is {@code validator} (the default) or {@code audit}: an audit peer is admitted to
 * the channel and holds every block but never votes, so it names no weight or group; a channel that
 * lists peers lists at least one validator. {@code weight} is optional (default 1, at least 1), {@code group} optional; {@code groups}
 * (group → weight) is optional, and when present every peer names one of its groups. {@code operators}
 * (optional) lists the keys whose signed SCORE configurations may change the channel's SCORE;
 * {@code admins} (optional, the same forms; default: the operators) the keys of which more than half
 * must sign a change of the channel's validators ({@code org.loopchain.validators}); {@code consensus}
 * (optional) the channel's own consensus settings ({@link ChannelConsensus}).
 * {@code trusted_cas} (optional, PEM files relative to this file's directory) are the CAs whose member
 * certificates the Radio Station admits to the channel, {@code crls} their revocation lists
 * ({@code org.loopchain.pki.ChannelTrust} reads them). {@code nid}, {@code step_price},
 * {@code block_order_height} and {@code genesis_accounts} are the channel's coin ({@link ChannelCoin}). Unknown
 * fields, a channel name outside {@link ConfigKeys#CHANNEL_NAME} and a {@code peer_target} listed
 * twice in a channel are refused with a message naming the channel and the field.
 */
public final class ChannelManageData {

    /** A {@code peer_target}: host (name, IPv4, or bracketed IPv6) and port. */
    public static final Pattern PEER_TARGET = Pattern.compile("([A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\]):(\\d{1,5})");

    private static final long MAX_FILE_BYTES = 1 << 22;
    private static final Set<String> CHANNEL_FIELDS = Set.of("score_package", "peers", "groups", "operators", "admins",
            "consensus", "trusted_cas", "crls", "nid", "genesis_accounts", "step_price",
            "block_order_height");
    private static final Set<String> PEER_FIELDS = Set.of("peer_target", "weight", "group", "role");
    /** {@code role} of a peer that validates (the default). */
    public static final String VALIDATOR = "validator";
    /** {@code role} of an audit peer: admitted to the channel, holds and checks every block, never votes. */
    public static final String AUDIT = "audit";

    /** One peer listed for a channel; an audit peer ({@code audit}) has weight 1 and no group. */
    public record PeerEntry(String peerTarget, long weight, String group, boolean audit) {
        public PeerEntry {
            Objects.requireNonNull(peerTarget, "peerTarget");
            if (weight < 1) {
                throw new IllegalArgumentException("weight must be >= 1");
            }
        }

        /** A validator. */
        public PeerEntry(String peerTarget, long weight, String group) {
            this(peerTarget, weight, group, false);
        }

        /** {@link #VALIDATOR} or {@link #AUDIT}. */
        public String role() {
            return audit ? AUDIT : VALIDATOR;
        }
    }

    /** One channel: its SCORE, its listed peers in order, and its group weights (empty if none). */
    public record ChannelDefinition(String name, String scorePackage, List<PeerEntry> peers, Map<String, Long> groupWeights,
                                    ScorePackage score, CoinGenesis coin, List<String> admins, ChannelConsensus consensus) {
        public ChannelDefinition {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(scorePackage, "scorePackage");
            score = score == null ? ScorePackage.named(scorePackage) : score;
            coin = coin == null ? CoinGenesis.NONE : coin;
            peers = List.copyOf(peers);
            groupWeights = Collections.unmodifiableMap(new LinkedHashMap<>(groupWeights));
            admins = admins == null ? List.of() : List.copyOf(admins);
            consensus = consensus == null ? ChannelConsensus.NONE : consensus;
        }

        /** A channel without admins or consensus settings of its own. */
        public ChannelDefinition(String name, String scorePackage, List<PeerEntry> peers, Map<String, Long> groupWeights,
                ScorePackage score, CoinGenesis coin) {
            this(name, scorePackage, peers, groupWeights, score, coin, null, null);
        }

        /** A channel whose {@code score_package} is the plain name {@code scorePackage}. */
        public ChannelDefinition(String name, String scorePackage, List<PeerEntry> peers, Map<String, Long> groupWeights) {
            this(name, scorePackage, peers, groupWeights, null, null, null, null);
        }

        /** The listed validators, in leader order. */
        public List<PeerEntry> validators() {
            return peers.stream().filter(p -> !p.audit()).toList();
        }

        /** The listed audit peers. */
        public List<PeerEntry> auditors() {
            return peers.stream().filter(PeerEntry::audit).toList();
        }

        /** The listed entry for {@code peerTarget}, or null. */
        public PeerEntry peer(String peerTarget) {
            return peers.stream().filter(p -> p.peerTarget().equals(peerTarget)).findFirst().orElse(null);
        }

        /** The position (0-based) of {@code peerTarget} in the list, or -1. */
        public int indexOf(String peerTarget) {
            for (int i = 0; i < peers.size(); i++) {
                if (peers.get(i).peerTarget().equals(peerTarget)) {
                    return i;
                }
            }
            return -1;
        }

        /** The seed's JSON form of this channel (defaults written out). */
        public Map<String, Object> toJson() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("score_package", score.toJson());
            List<Object> list = new ArrayList<>();
            for (PeerEntry p : peers) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("peer_target", p.peerTarget());
                if (p.audit()) {
                    entry.put("role", AUDIT);
                } else {
                    entry.put("weight", p.weight());
                }
                if (p.group() != null) {
                    entry.put("group", p.group());
                }
                list.add(entry);
            }
            out.put("peers", list);
            if (!groupWeights.isEmpty()) {
                out.put("groups", new LinkedHashMap<>(groupWeights));
            }
            if (!admins.isEmpty()) {
                out.put("admins", admins);
            }
            if (!consensus.toJson().isEmpty()) {
                out.put("consensus", consensus.toJson());
            }
            out.putAll(ChannelCoin.toJson(coin));
            return out;
        }
    }

    private ChannelManageData() {
    }

    /**
     * Reads and checks a file.
     *
     * @return the channels in file order
     * @throws IllegalArgumentException naming the file, and the channel and field at fault
     */
    public static Map<String, ChannelDefinition> load(Path file) {
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new IllegalArgumentException(file + " is larger than " + MAX_FILE_BYTES + " bytes");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e, e);
        }
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** {@link #load} on a text. */
    public static Map<String, ChannelDefinition> parse(String text) {
        Object parsed;
        try {
            parsed = Json.parse(text);
        } catch (JsonException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
        }
        if (!(parsed instanceof Map<?, ?> root)) {
            throw new IllegalArgumentException("must hold a JSON object of channel name → channel");
        }
        Map<String, ChannelDefinition> channels = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : root.entrySet()) {
            String name = (String) e.getKey();
            if (!ConfigKeys.CHANNEL_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("channel '" + clip(name) + "': the name must be 1..64 characters of A-Z a-z 0-9 _ . -");
            }
            channels.put(name, channel(name, e.getValue()));
        }
        return Collections.unmodifiableMap(channels);
    }

    /** The JSON form of {@code channels}, as {@code /api/v1/conf} serves it. */
    public static Map<String, Object> toJson(Map<String, ChannelDefinition> channels) {
        Map<String, Object> out = new LinkedHashMap<>();
        channels.forEach((name, c) -> out.put(name, c.toJson()));
        return out;
    }

    private static ChannelDefinition channel(String name, Object value) {
        String where = "channel " + name;
        if (!(value instanceof Map<?, ?> fields)) {
            throw new IllegalArgumentException(where + ": must be a JSON object");
        }
        unknownFields(where, fields, CHANNEL_FIELDS);
        ScorePackage score = ScorePackage.named(ConfigKeys.Score.SCORE_PACKAGE.defaultValue());
        if (fields.containsKey("score_package")) {
            score = ScorePackage.parse(where, fields.get("score_package"));
        }
        if (fields.containsKey("operators") && !(fields.get("operators") instanceof List<?> ops
                && ops.stream().allMatch(o -> o instanceof String os && !os.isEmpty()))) {
            throw new IllegalArgumentException(where + ": operators must be a JSON array of base64 public keys or hx addresses");
        }
        List<String> admins = keyList(where, "admins", fields.get("admins"));
        if (admins.isEmpty()) {
            admins = keyList(where, "operators", fields.get("operators"));
        }
        ChannelConsensus consensus = ChannelConsensus.parse(where, fields.get("consensus"));
        pemPaths(where, "trusted_cas", fields.get("trusted_cas"));
        pemPaths(where, "crls", fields.get("crls"));
        if (fields.containsKey("crls") && !fields.containsKey("trusted_cas")) {
            throw new IllegalArgumentException(where + ": crls without trusted_cas (revocation lists belong to trusted CAs)");
        }
        Map<String, Long> groups = new LinkedHashMap<>();
        if (fields.containsKey("groups")) {
            if (!(fields.get("groups") instanceof Map<?, ?> g)) {
                throw new IllegalArgumentException(where + ": groups must be a JSON object of group → weight");
            }
            for (Map.Entry<?, ?> ge : g.entrySet()) {
                String group = (String) ge.getKey();
                if (group.isEmpty()) {
                    throw new IllegalArgumentException(where + ": groups: a group name must not be empty");
                }
                groups.put(group, weight(where, "groups." + group, ge.getValue()));
            }
        }
        List<PeerEntry> peers = new ArrayList<>();
        if (fields.containsKey("peers")) {
            if (!(fields.get("peers") instanceof List<?> list)) {
                throw new IllegalArgumentException(where + ": peers must be a JSON array");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                PeerEntry peer = peer(where + ": peers[" + i + "]", list.get(i), fields.containsKey("groups") ? groups : null);
                if (!seen.add(peer.peerTarget())) {
                    throw new IllegalArgumentException(where + ": peers[" + i + "].peer_target " + peer.peerTarget() + " is listed twice");
                }
                peers.add(peer);
            }
            if (!peers.isEmpty() && peers.stream().allMatch(PeerEntry::audit)) {
                throw new IllegalArgumentException(where + ": peers lists no validator (every entry has role audit)");
            }
        }
        return new ChannelDefinition(name, score.id(), peers, groups, score, ChannelCoin.parse(where, fields), admins,
                consensus);
    }

    private static PeerEntry peer(String where, Object value, Map<String, Long> groups) {
        if (!(value instanceof Map<?, ?> fields)) {
            throw new IllegalArgumentException(where + ": must be a JSON object");
        }
        unknownFields(where, fields, PEER_FIELDS);
        if (!fields.containsKey("peer_target")) {
            throw new IllegalArgumentException(where + ": peer_target is missing");
        }
        String target = nonEmptyString(where, "peer_target", fields.get("peer_target"));
        if (!isPeerTarget(target)) {
            throw new IllegalArgumentException(where + ": peer_target '" + clip(target) + "' is not host:port");
        }
        if (fields.containsKey("role") && AUDIT.equals(fields.get("role"))) {
            if (fields.containsKey("weight") || fields.containsKey("group")) {
                throw new IllegalArgumentException(where + ": an audit peer does not vote: weight and group do not apply");
            }
            return new PeerEntry(target, 1, null, true);
        }
        if (fields.containsKey("role") && !VALIDATOR.equals(fields.get("role"))) {
            throw new IllegalArgumentException(where + ": role must be \"" + VALIDATOR + "\" or \"" + AUDIT + "\"");
        }
        long weight = fields.containsKey("weight") ? weight(where, "weight", fields.get("weight")) : 1;
        String group = null;
        if (fields.containsKey("group")) {
            group = nonEmptyString(where, "group", fields.get("group"));
            if (groups != null && !groups.containsKey(group)) {
                throw new IllegalArgumentException(where + ": group '" + clip(group) + "' is not listed in groups");
            }
        } else if (groups != null) {
            throw new IllegalArgumentException(where + ": group is missing (the channel lists groups, so every peer names one)");
        }
        return new PeerEntry(target, weight, group);
    }

    /** Whether {@code s} is {@code host:port} with a port of 1..65535. */
    public static boolean isPeerTarget(String s) {
        var m = PEER_TARGET.matcher(s);
        if (!m.matches()) {
            return false;
        }
        int port = Integer.parseInt(m.group(2));
        return port >= 1 && port <= 65535;
    }

    private static void unknownFields(String where, Map<?, ?> fields, Set<String> known) {
        for (Object key : fields.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException(where + ": unknown field '" + clip((String) key) + "' (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    /** A list of base64 public keys or hx addresses ({@code operators}, {@code admins}); empty when absent. */
    private static List<String> keyList(String where, String field, Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list && list.stream().allMatch(o -> o instanceof String os && !os.isEmpty()))) {
            throw new IllegalArgumentException(where + ": " + field + " must be a JSON array of base64 public keys or hx addresses");
        }
        return list.stream().map(String.class::cast).toList();
    }

    private static void pemPaths(String where, String field, Object value) {
        if (value != null && !(value instanceof List<?> list && !list.isEmpty()
                && list.stream().allMatch(o -> o instanceof String os && !os.isEmpty()))) {
            throw new IllegalArgumentException(where + ": " + field + " must be a non-empty JSON array of PEM file paths");
        }
    }

    private static String nonEmptyString(String where, String field, Object value) {
        if (!(value instanceof String s) || s.isEmpty()) {
            throw new IllegalArgumentException(where + ": " + field + " must be a non-empty string");
        }
        return s;
    }

    private static long weight(String where, String field, Object value) {
        if (!(value instanceof BigInteger n) || n.signum() <= 0 || n.bitLength() > 31) {
            throw new IllegalArgumentException(where + ": " + field + " must be a whole number >= 1 (at most 2^31-1)");
        }
        return n.longValue();
    }

    private static String clip(String s) {
        String printable = s.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= 80 ? printable : printable.substring(0, 80) + "...";
    }
}
