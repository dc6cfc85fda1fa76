package org.loopchain.console;

import static org.loopchain.console.Html.esc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The network as the Radio Station's registry shows it: per channel, each registered peer with its
 * role (an audit peer is registered with weight 0), whether it is online, whether it leads, and the
 * height its last heartbeat reported. When the Radio Station cannot be reached, the page says so and
 * the channel pages show this node's own view.
 */
final class NetworkView {

    private NetworkView() {
    }

    /** The network section; {@code ownChannels} are listed when the registry names none. */
    static String render(String rsBase, Set<String> ownChannels) {
        if (rsBase == null) {
            return "<p>This node runs alone (no Radio Station is configured): the channels below are its own view.</p>";
        }
        NodeHttp.Answer conf = NodeHttp.get(rsBase + "/api/v1/conf");
        if (conf.status() != 200 || !(conf.body() instanceof Map<?, ?> channels)) {
            return Html.message("wait", "The Radio Station at " + esc(rsBase) + " cannot be reached now"
                    + (conf.status() == 0 ? "" : " (HTTP " + conf.status() + ")") + ": the channels below are this node's own view.");
        }
        Set<String> names = new TreeSet<>(ownChannels);
        channels.keySet().forEach(k -> names.add(String.valueOf(k)));
        names.remove("response_code");
        StringBuilder out = new StringBuilder("<p>From the Radio Station's registry at " + esc(rsBase) + ".</p>");
        for (String channel : names) {
            out.append(channelTable(rsBase, channel));
        }
        return out.toString();
    }

    private static String channelTable(String rsBase, String channel) {
        NodeHttp.Answer list = NodeHttp.get(rsBase + "/api/v1/peer/list?channel=" + Html.url(channel));
        NodeHttp.Answer statuses = NodeHttp.get(rsBase + "/api/v1/peer/status-list?channel=" + Html.url(channel));
        if (list.status() != 200) {
            return "<p>Channel " + esc(channel) + ": the Radio Station does not list it (HTTP " + list.status() + ").</p>";
        }
        Map<String, Object> heights = new HashMap<>();
        if (statuses.object("data").get("peer_status_list") instanceof List<?> all) {
            for (Object o : all) {
                if (o instanceof Map<?, ?> s && s.get("peer_id") instanceof String id) {
                    heights.put(id, s.get("block_height"));
                }
            }
        }
        Set<String> online = new TreeSet<>();
        if (list.object("data").get("connected_peer_list") instanceof List<?> connected) {
            connected.forEach(o -> online.add(String.valueOf(((Map<?, ?>) o).get("peer_id"))));
        }
        StringBuilder rows = new StringBuilder();
        if (list.object("data").get("registered_peer_list") instanceof List<?> peers) {
            for (Object o : peers) {
                Map<?, ?> p = (Map<?, ?>) o;
                String id = String.valueOf(p.get("peer_id"));
                boolean audit = "0".equals(String.valueOf(p.get("weight")));
                rows.append("<tr><td><code title=\"").append(esc(id)).append("\">").append(esc(clip(id))).append("</code></td><td>")
                        .append(esc(p.get("target"))).append("</td><td>").append(audit ? "audit" : "validator, weight "
                        + esc(p.get("weight"))).append("</td><td>").append(online.contains(id) ? "online" : "offline")
                        .append("</td><td>").append("1".equals(String.valueOf(p.get("peer_type"))) ? "leader" : "")
                        .append("</td><td>").append(esc(heights.getOrDefault(id, "unknown"))).append("</td></tr>");
            }
        }
        return "<table><caption>Channel " + esc(channel) + ": registered peers</caption><thead><tr><th scope=\"col\">Peer id</th>"
                + "<th scope=\"col\">Address</th><th scope=\"col\">Role</th><th scope=\"col\">State</th><th scope=\"col\">Leader</th>"
                + "<th scope=\"col\">Height</th></tr></thead><tbody>" + rows + "</tbody></table>";
    }

    /** A long id shortened for a table cell (the whole id is its title). */
    static String clip(String id) {
        return id.length() <= 20 ? id : id.substring(0, 10) + "…" + id.substring(id.length() - 6);
    }
}
