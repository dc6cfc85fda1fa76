package org.loopchain.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loopchain.consensus.ValidatorSet;
import org.loopchain.core.config.NodeIdentity;

/**
 * The peers the Radio Station lists for a channel that do not validate it (its audit peers, observers):
 * the natural candidates for a new validator, each with the key it registered with.
 */
final class Candidates {

    private Candidates() {
    }

    static List<Map<?, ?>> of(NodeIdentity node, HttpServletRequest request, String channel, ValidatorSet set) {
        List<Map<?, ?>> out = new ArrayList<>();
        Optional<String> rs = NodeHttp.radioStation(node, request);
        if (rs.isEmpty()) {
            return out;
        }
        NodeHttp.Answer list = NodeHttp.get(rs.get() + "/api/v1/peer/list?channel=" + Html.url(channel));
        if (list.status() == 200 && list.object("data").get("registered_peer_list") instanceof List<?> peers) {
            for (Object o : peers) {
                if (o instanceof Map<?, ?> p && p.get("peer_id") instanceof String id && !set.contains(id)
                        && p.get("public_key") instanceof String key && !key.isEmpty()) {
                    out.add(p);
                }
            }
        }
        return out;
    }
}
