package org.loopchain.console;

import static org.loopchain.console.Html.esc;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.loopchain.consensus.Validator;
import org.loopchain.consensus.ValidatorSet;
import org.loopchain.core.config.NodeIdentity;
import org.loopchain.service.ChainService;
import org.loopchain.validators.ValidatorHistory;

/**
 * {@code /console/channel?name=C}: one channel this node holds (settings, validators with weights and
 * groups, changes waiting for their height and every committed change) and the forms that start a
 * change: reweight or remove a validator, add one (a registered peer that does not validate, or any
 * peer by id and key), and pin a SCORE version this node keeps ({@link ScoreSection}). Every form goes
 * to the review first ({@link ChangeServlet}, {@link ScoreServlet}).
 */
@WebServlet("/channel")
public class ChannelServlet extends ConsoleServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient ChainService chain;
    @EJB
    private transient NodeIdentity node;

    @Override
    Access access() {
        return Access.ADMIN;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Viewer viewer = Viewer.of(request);
        String name = required(request, "name", "The channel");
        ChannelFacts f = ChannelFacts.of(chain, node, name).orElseThrow(() -> new PageError(404, "No such channel",
                "This node holds no channel " + esc(name) + ". <a href=\"./\">Back to the network</a>"));
        StringBuilder body = new StringBuilder();
        body.append("<h2>Settings</h2><table><tbody>")
                .append(row("Height (last block)", String.valueOf(f.status().height())))
                .append(row("This node", esc(f.status().role())))
                .append(row("Leader", "<code>" + esc(f.status().leader()) + "</code>"))
                .append(row("Voting ratio", esc(f.ratioText())))
                .append(row("Block interval", f.interval().toMillis() / 1000.0 + " s"))
                .append(row("SCORE", esc(f.scoreText())))
                .append(row("Audit peers (channel file)", f.auditPeers().isEmpty() ? "none" : esc(String.join(", ", f.auditPeers()))));
        f.history().ifPresent(h -> body.append(row("Admins", h.admins().admins().size() + "; a change needs "
                + h.admins().needed() + " signature(s)")));
        body.append(row("This node signs with", ChangeRequest.adminKey(node).map(k -> "<code>" + esc(NetworkView.clip(k.publicKeyBase64()))
                + "</code> (CONSOLE_ADMIN_KEY_PATH)").orElse("no admin key: changes are shown, not signed"))).append("</tbody></table>");
        if (f.validators().isEmpty() || f.history().isEmpty()) {
            body.append(Html.message("wait", "The channel has not started its consensus yet (it waits for its validators to"
                    + " register): its validators cannot change now."));
        } else {
            validators(body, viewer, name, f.validators().get());
            add(body, viewer, request, name, f.validators().get());
            trust(body, viewer, name);
            changes(body, f.history().get(), ChannelFacts.current(f.status()));
        }
        ScoreSection.append(body, viewer, chain.scores(), name);
        send(request, response, viewer, 200, "Channel " + name, body.toString());
    }

    private static String row(String header, String value) {
        return "<tr><th scope=\"row\">" + esc(header) + "</th><td>" + value + "</td></tr>";
    }

    private static void validators(StringBuilder body, Viewer viewer, String channel, ValidatorSet set) {
        body.append("<h2>Validators</h2><table id=\"validators\"><caption>In leader order, at the height being decided</caption>"
                + "<thead><tr><th scope=\"col\">Peer id</th><th scope=\"col\">Weight</th><th scope=\"col\">Group</th>"
                + "<th scope=\"col\">Change the weight</th><th scope=\"col\">Remove</th></tr></thead><tbody>");
        int i = 0;
        for (Validator v : set.validators()) {
            String id = "w" + i++;
            String fields = Html.hiddenCsrf(viewer) + Html.hidden("channel", channel) + Html.hidden("peer_id", v.peerId())
                    + Html.hidden("step", "review");
            body.append("<tr data-peer-id=\"").append(esc(v.peerId())).append("\"><th scope=\"row\"><code>").append(esc(v.peerId()))
                    .append("</code></th><td class=\"weight\">").append(v.weight()).append("</td><td>")
                    .append(v.group() == null ? "" : esc(v.group())).append("</td><td><form class=\"inline\" method=\"post\" action=\"change\">")
                    .append(fields).append(Html.hidden("type", "weight")).append("<label for=\"").append(id)
                    .append("\">New weight of ").append(esc(NetworkView.clip(v.peerId()))).append("</label> <input id=\"").append(id)
                    .append("\" name=\"weight\" type=\"number\" min=\"1\" required value=\"").append(v.weight())
                    .append("\"> <button type=\"submit\">Review</button></form></td><td><form class=\"inline\" method=\"post\""
                            + " action=\"change\">").append(fields).append(Html.hidden("type", "remove"))
                    .append("<button type=\"submit\" aria-label=\"Review removing ").append(esc(v.peerId()))
                    .append("\">Review removal</button></form></td></tr>");
        }
        body.append("</tbody></table>");
    }

    private void add(StringBuilder body, Viewer viewer, HttpServletRequest request, String channel, ValidatorSet set) {
        body.append("<h2>Add a validator</h2>");
        List<Map<?, ?>> candidates = Candidates.of(node, request, channel, set);
        if (!candidates.isEmpty()) {
            body.append("<table id=\"candidates\"><caption>Peers registered on this channel that do not validate it</caption><thead><tr>"
                    + "<th scope=\"col\">Peer id</th><th scope=\"col\">Address</th><th scope=\"col\">Add</th></tr></thead><tbody>");
            int i = 0;
            for (Map<?, ?> p : candidates) {
                String id = "c" + i++;
                body.append("<tr data-peer-id=\"").append(esc(p.get("peer_id"))).append("\"><th scope=\"row\"><code>")
                        .append(esc(p.get("peer_id"))).append("</code></th><td>").append(esc(p.get("target")))
                        .append("</td><td><form class=\"inline\" method=\"post\" action=\"change\">").append(Html.hiddenCsrf(viewer))
                        .append(Html.hidden("channel", channel)).append(Html.hidden("type", "add")).append(Html.hidden("step", "review"))
                        .append(Html.hidden("peer_id", p.get("peer_id"))).append(Html.hidden("public_key", p.get("public_key")))
                        .append("<label for=\"").append(id).append("\">Weight</label> <input id=\"").append(id)
                        .append("\" name=\"weight\" type=\"number\" min=\"1\" required value=\"1\"> <button type=\"submit\">Review adding"
                                + "</button></form></td></tr>");
            }
            body.append("</tbody></table>");
        }
        body.append("<form method=\"post\" action=\"change\"><fieldset><legend>Any peer, by its id and key</legend>")
                .append(Html.hiddenCsrf(viewer)).append(Html.hidden("channel", channel)).append(Html.hidden("type", "add"))
                .append(Html.hidden("step", "review"))
                .append("<p><label for=\"add-peer\">Peer id</label> <input id=\"add-peer\" name=\"peer_id\" required size=\"50\"></p>")
                .append("<p><label for=\"add-key\">Public key</label> <input id=\"add-key\" name=\"public_key\" required size=\"60\""
                        + " aria-describedby=\"add-key-help\"> <span id=\"add-key-help\">base64, as the Radio Station lists it</span></p>")
                .append("<p><label for=\"add-weight\">Weight</label> <input id=\"add-weight\" name=\"weight\" type=\"number\" min=\"1\""
                        + " required value=\"1\"></p>")
                .append(set.groupWeights().isEmpty() ? "" : "<p><label for=\"add-group\">Group</label> <input id=\"add-group\" name=\"group\"></p>")
                .append("<button type=\"submit\">Review adding</button></fieldset></form>");
    }

    /** The form for the channel's trust: a CA to trust, or a member certificate to revoke (its validator leaves the set). */
    private static void trust(StringBuilder body, Viewer viewer, String channel) {
        body.append("<h2>Trust a CA or revoke a certificate</h2><form method=\"post\" action=\"change\"><fieldset>")
                .append("<legend>A certificate in PEM</legend>").append(Html.hiddenCsrf(viewer)).append(Html.hidden("channel", channel))
                .append(Html.hidden("step", "review"))
                .append("<p><input type=\"radio\" id=\"trust-ca\" name=\"type\" value=\"trust\" required> <label for=\"trust-ca\">"
                        + "Trust this CA: the Radio Station admits its members to the channel</label></p>")
                .append("<p><input type=\"radio\" id=\"revoke-cert\" name=\"type\" value=\"revoke\"> <label for=\"revoke-cert\">"
                        + "Revoke this member certificate: the validator with its key leaves the set, and its key cannot be added"
                        + " again</label></p>")
                .append("<p><label for=\"certificate\">Certificate</label><br><textarea id=\"certificate\" name=\"certificate\""
                        + " rows=\"8\" cols=\"70\" required aria-describedby=\"certificate-help\"></textarea><br><span"
                        + " id=\"certificate-help\">-----BEGIN CERTIFICATE----- ... (ca.crt of ./loopchain pki org or init, node.crt of"
                        + " ./loopchain pki node)</span></p>")
                .append("<button type=\"submit\">Review the change</button></fieldset></form>");
    }

    private static void changes(StringBuilder body, ValidatorHistory history, long current) {
        body.append("<h2>Changes</h2>");
        if (history.entries().isEmpty()) {
            body.append("<p>No change committed yet: the validators are the channel file's.</p>");
            return;
        }
        body.append("<table id=\"changes\"><thead><tr><th scope=\"col\">Change</th><th scope=\"col\">Committed at</th>"
                + "<th scope=\"col\">In effect from</th><th scope=\"col\">State</th><th scope=\"col\">Transaction</th></tr></thead><tbody>");
        for (ValidatorHistory.Entry e : history.entries()) {
            body.append("<tr><td>").append(esc(e.config().describe())).append("</td><td>").append(e.committedHeight()).append("</td><td>")
                    .append(e.effectiveHeight()).append("</td><td>").append(e.effectiveHeight() <= current ? "in effect" : "waiting")
                    .append("</td><td><a href=\"change?channel=").append(Html.url(history.channel())).append("&amp;tx=")
                    .append(Html.url(e.txHash())).append("\"><code>").append(esc(NetworkView.clip(e.txHash()))).append("</code></a></td></tr>");
        }
        body.append("</tbody></table>");
    }
}
