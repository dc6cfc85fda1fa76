package org.loopchain.cli.chaos;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.loopchain.cli.node.Http;

/** {@link ChainView} over each peer's public REST v1 API, at its own address. */
final class RestChain implements ChainView {
    private static final int TIMEOUT_SECONDS = 10;
    /** A paused peer does not answer: the leader is asked of every peer with a short patience, so a fault is not late. */
    private static final int LEADER_TIMEOUT_SECONDS = 2;

    private final Map<String, String> restBases;

    /** @param restBases each peer's REST base URL ({@code http://host:port}) by name */
    RestChain(Map<String, String> restBases) {
        this.restBases = Map.copyOf(restBases);
    }

    String restBase(String peer) {
        return restBases.get(peer);
    }

    /** The name of the peer that leads, as the first answering peer sees it; null when none answers or names it. */
    String leader() {
        Map<String, String> nameById = new HashMap<>();
        String leaderId = null;
        for (String peer : restBases.keySet()) {
            Map<?, ?> status = Http.getObject(api(peer) + "status/peer", LEADER_TIMEOUT_SECONDS);
            if (status != null && status.get("peer_id") instanceof String id) {
                nameById.put(id, peer);
                if (leaderId == null && status.get("leader") instanceof String l) {
                    leaderId = l;
                }
            }
        }
        return leaderId == null ? null : nameById.get(leaderId);
    }

    private String api(String peer) {
        return restBases.get(peer) + "/api/v1/";
    }

    @Override
    public long height(String peer) {
        Map<?, ?> status = Http.getObject(api(peer) + "status/peer", TIMEOUT_SECONDS);
        return status != null && status.get("block_height") instanceof Number n ? n.longValue() : -1;
    }

    @Override
    public Block block(String peer, long height) {
        return block(Http.getObject(api(peer) + "blocks?height=" + height, TIMEOUT_SECONDS));
    }

    /**
     * The block in a v1 {@code blocks?height=} answer, or null when it is not one. A block without transactions carries
     * {@code "tx_data_json": ""} (loopchain v1's form), which is an empty block, not a missing one.
     */
    static Block block(Map<?, ?> answer) {
        if (answer == null || !(answer.get("block_hash") instanceof String hash)) {
            return null;
        }
        Object txData = answer.get("tx_data_json");
        if ("".equals(txData)) {
            return new Block(hash, List.of());
        }
        if (!(txData instanceof List<?> list)) {
            return null;
        }
        List<String> txs = new ArrayList<>();
        for (Object tx : list) {
            if (tx instanceof Map<?, ?> m && m.get("tx_hash") instanceof String h) {
                txs.add(h);
            }
        }
        return new Block(hash, txs);
    }

    @Override
    public Map<?, ?> result(String peer, String txHash) {
        Map<?, ?> reply = Http.getObject(api(peer) + "transactions/result?hash=" + URLEncoder.encode(txHash, StandardCharsets.UTF_8),
                TIMEOUT_SECONDS);
        return reply != null && "0".equals(String.valueOf(reply.get("response_code"))) && reply.get("response") instanceof Map<?, ?> m
                ? m : null;
    }
}
