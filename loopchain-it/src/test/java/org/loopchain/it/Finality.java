package org.loopchain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.json.Json;

/**
 * A block's finality checked as an outsider would, from the public REST answers alone (the README's
 * Python snippet does the same): the Radio Station's peer list gives each validator's key and
 * weight; every vote of the block's {@code commit_certificate} must be a precommit for this block
 * and its result root, signed by that key over the bytes it carries; the distinct signers' weight
 * must exceed the voting ratio of the total.
 */
final class Finality {

    static final double VOTING_RATIO = 0.67;

    private final Map<String, String> keys = new HashMap<>();
    private final Map<String, Long> weights = new HashMap<>();
    private long total;

    Finality(Rest radioStation) {
        this(radioStation, "");
    }

    /** The validators of {@code channel} (the default channel when empty) as the Radio Station lists them. */
    Finality(Rest radioStation, String channel) {
        Map<?, ?> data = (Map<?, ?>) radioStation.get("peer/list" + (channel.isEmpty() ? "" : "?channel=" + channel)).get("data");
        for (Object o : (List<?>) data.get("registered_peer_list")) {
            Map<?, ?> peer = (Map<?, ?>) o;
            keys.put((String) peer.get("peer_id"), (String) peer.get("public_key"));
            long weight = ((Number) peer.get("weight")).longValue();
            weights.put((String) peer.get("peer_id"), weight);
            total += weight;
        }
    }

    /** Fails unless the block at {@code height} on {@code peer} carries a certificate that proves it. */
    void assertFinal(Rest peer, long height) {
        assertFinal(peer, height, "");
    }

    /** As {@link #assertFinal(Rest, long)}, for a block of {@code channel} (the default when empty). */
    void assertFinal(Rest peer, long height, String channel) {
        Rest.Reply block = peer.get("blocks?height=" + height + (channel.isEmpty() ? "" : "&channel=" + channel));
        Map<?, ?> certificate = (Map<?, ?>) block.get("commit_certificate");
        assertTrue(certificate != null, "block " + height + " has a commit certificate: " + block.body());
        assertEquals(block.get("block_hash"), certificate.get("block_hash"));
        assertEquals(height, ((Number) certificate.get("height")).longValue());
        long agreeing = 0;
        Set<String> signers = new HashSet<>();
        for (Object o : (List<?>) certificate.get("votes")) {
            Map<?, ?> vote = (Map<?, ?>) o;
            String peerId = (String) vote.get("peer_id");
            byte[] payload = Base64.getDecoder().decode((String) vote.get("payload"));
            Map<?, ?> signed = (Map<?, ?>) Json.parse(new String(payload, StandardCharsets.UTF_8));
            assertEquals(List.of("precommit", block.get("block_hash"), block.get("result_root"), height),
                    List.of(signed.get("type"), signed.get("block_hash"), signed.get("result_root"),
                            ((Number) signed.get("height")).longValue()), "what the vote of " + peerId + " signed");
            assertEquals(keys.get(peerId), vote.get("public_key"), "the key the Radio Station lists for " + peerId);
            assertTrue(PeerKey.verify(keys.get(peerId), payload, (String) vote.get("signature")),
                    "the signature of " + peerId + " at height " + height);
            if (signers.add(peerId)) {
                agreeing += weights.get(peerId);
            }
        }
        assertTrue(agreeing > VOTING_RATIO * total, "votes of weight " + agreeing + " of " + total + " at height " + height);
    }
}
