package org.loopchain.validators;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loopchain.core.crypto.Hex;
import org.loopchain.core.json.Json;
import org.loopchain.core.json.JsonException;

/**
 * A channel's validator history as the store keeps it: the applied changes (height, tx hash, the
 * signed configuration) under the state key {@link #KEY_HEX}, written in the same database
 * transaction as the block that adds one. A restart reads it instead of replaying every block; it
 * holds nothing the chain does not (each entry names its transaction), so an auditor can rebuild and
 * compare it.
 */
public final class StoredHistory {

    /** The state key: byte 0 (no SCORE writes such a key) then {@code "validator_history"}. */
    public static final String KEY_HEX = "00" + Hex.encode("validator_history".getBytes(StandardCharsets.UTF_8));

    private StoredHistory() {
    }

    /** The bytes stored under {@link #KEY_HEX}. */
    public static byte[] toBytes(ValidatorHistory history) {
        List<Object> list = new ArrayList<>();
        for (ValidatorHistory.Entry e : history.entries()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("height", e.committedHeight());
            m.put("tx_hash", e.txHash());
            m.put("config", e.config().toJson().get(ValidatorConfig.FIELD));
            list.add(m);
        }
        return Json.pyDumps(list).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code history} (empty, as built from the genesis set) with the changes stored as {@code bytes}
     * ({@code null}: none yet).
     *
     * @throws IllegalStateException if the stored value is not a history (a corrupt store)
     */
    public static ValidatorHistory restore(ValidatorHistory history, byte[] bytes) {
        if (bytes == null) {
            return history;
        }
        try {
            for (Object o : (List<?>) Json.parse(new String(bytes, StandardCharsets.UTF_8))) {
                Map<?, ?> m = (Map<?, ?>) o;
                history.restore(((Number) m.get("height")).longValue(), (String) m.get("tx_hash"),
                        ValidatorConfig.parse((Map<?, ?>) m.get("config")));
            }
            return history;
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new IllegalStateException("the stored validator history of channel " + history.channel() + " is corrupt: "
                    + e.getMessage(), e);
        }
    }
}
