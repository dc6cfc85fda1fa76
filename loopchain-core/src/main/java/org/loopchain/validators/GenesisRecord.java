package org.loopchain.validators;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.loopchain.consensus.Validator;
import org.loopchain.consensus.ValidatorSet;
import org.loopchain.core.crypto.Hex;
import org.loopchain.core.json.Json;
import org.loopchain.core.json.JsonException;

/**
 * The validator set a channel's chain began with (ids, keys, weights, groups and group weights; not
 * the audit peers, who come and go), stored under the state key {@link #KEY_HEX} with the chain's
 * first block and in no hash. A node restarted with another genesis set would read the chain with
 * the wrong validators (a work dir that ran one peer reused for four, a channel file edited after the
 * start) and stall or refuse every block without saying why; comparing the two lets it refuse the
 * channel at once, naming both sets.
 */
public final class GenesisRecord {

    /** The state key: byte 0 (no SCORE writes such a key) then {@code "genesis_validators"}. */
    public static final String KEY_HEX = "00" + Hex.encode("genesis_validators".getBytes(StandardCharsets.UTF_8));

    private GenesisRecord() {
    }

    /** The bytes stored under {@link #KEY_HEX} for {@code genesis}. */
    public static byte[] toBytes(ValidatorSet genesis) {
        return text(genesis).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Why {@code configured} is not the set the chain began with, as stored ({@code null}: no block
     * yet, so nothing to compare), or empty if it is.
     */
    public static Optional<String> difference(ValidatorSet configured, byte[] stored) {
        if (stored == null) {
            return Optional.empty();
        }
        String began = new String(stored, StandardCharsets.UTF_8);
        String now = text(configured);
        if (began.equals(now)) {
            return Optional.empty();
        }
        List<String> beganIds = ids(began);
        List<String> nowIds = set(configured);
        String what = beganIds.equals(nowIds) ? "the same peers " + nowIds + " with other keys, weights or groups"
                : nowIds + ", not " + beganIds;
        return Optional.of("the stored chain began with other validators than this node's genesis set: " + what
                + "; start it with the channel's first validator set, or remove its data to join afresh");
    }

    private static List<String> set(ValidatorSet set) {
        return set.validators().stream().map(Validator::peerId).toList();
    }

    /** The peer ids of a stored record (unreadable: empty, so the message still names the configured ones). */
    private static List<String> ids(String stored) {
        try {
            return ((List<?>) ((Map<?, ?>) Json.parse(stored)).get("validators")).stream()
                    .map(v -> String.valueOf(((Map<?, ?>) v).get("peer_id"))).toList();
        } catch (JsonException | ClassCastException | NullPointerException e) {
            return List.of();
        }
    }

    private static String text(ValidatorSet set) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("validators", HistoryJson.validators(set));
        if (!set.groupWeights().isEmpty()) {
            record.put("group_weights", new TreeMap<>(set.groupWeights()));
        }
        return Json.pyDumps(record);
    }
}
