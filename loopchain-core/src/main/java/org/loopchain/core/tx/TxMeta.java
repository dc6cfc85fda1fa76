package org.loopchain.core.tx;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.loopchain.core.json.Json;

/**
 * The v1 transaction meta: which peer received it, for which SCORE and channel. Its JSON form,
 * keys in this order, is the first part of the tx hash.
 */
public record TxMeta(String peerId, String scoreId, String scoreVersion, String channelName) {

    public TxMeta {
        Objects.requireNonNull(peerId, "peerId");
        Objects.requireNonNull(scoreId, "scoreId");
        Objects.requireNonNull(scoreVersion, "scoreVersion");
        Objects.requireNonNull(channelName, "channelName");
    }

    /** {@code {"peer_id": ..., "score_id": ..., "score_version": ..., "channel_name": ...}}, unmodifiable. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("peer_id", peerId);
        map.put("score_id", scoreId);
        map.put("score_version", scoreVersion);
        map.put("channel_name", channelName);
        return Collections.unmodifiableMap(map);
    }

    /** {@link #asMap()} as Python's {@code json.dumps} writes it: the bytes that are hashed. */
    public String json() {
        return Json.pyDumps(asMap());
    }
}
