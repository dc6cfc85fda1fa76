package org.loopchain.console;

import static org.loopchain.console.Html.esc;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.loopchain.core.config.NodeIdentity;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.json.Json;
import org.loopchain.service.ChainService;
import org.loopchain.validators.ValidatorConfig;
import org.loopchain.validators.ValidatorHistory;

/**
 * {@code /console/change}: a validator change in two steps. {@code step=review} shows what will be
 * signed and whether the channel would take it (the peers' own check, {@link ValidatorHistory#refusal},
 * whose message a refusal shows); {@code step=confirm} signs it with the node's admin key and submits
 * it to this node's {@code POST /api/v1/validators}, as {@code ./loopchain validator} does, then shows
 * its progress ({@link ChangeStatus}) until it is in effect.
 */
@WebServlet("/change")
public class ChangeServlet extends ConsoleServlet {

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
        String channel = required(request, "channel", "The channel");
        String tx = required(request, "tx", "The change's transaction hash");
        ChangeStatus.show(request, response, Viewer.of(request), chain, channel, tx);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Viewer viewer = Viewer.of(request);
        ChangeRequest change = ChangeRequest.of(request);
        ValidatorHistory history = chain.channel(change.channel()).flatMap(c -> c.validatorHistory())
                .orElseThrow(() -> new PageError(404, "No such channel", "This node holds no started channel "
                        + esc(change.channel()) + "."));
        ValidatorConfig config = change.config(history.changes());
        PeerKey key = ChangeRequest.adminKey(node).orElseThrow(() -> new PageError(409, "This node cannot sign changes",
                "The console signs with the admin key named by CONSOLE_ADMIN_KEY_PATH, and this node has none. Sign the"
                        + " change with <code>./loopchain validator</code> instead:<pre>" + esc(Json.pyDumps(config.toJson()))
                        + "</pre>"));
        ValidatorConfig signed = config.signedBy(key);
        history.refusal(signed).ifPresent(r -> {
            throw new PageError(422, "The change is refused", esc(r.message()) + " Nothing was changed. <a href=\"channel?name="
                    + Html.url(change.channel()) + "\">Back to channel " + esc(change.channel()) + "</a>");
        });
        if ("confirm".equals(request.getParameter("step"))) {
            submitChange(request, response, "/api/v1/validators", change.channel(), Json.pyDumps(signed.toJson()), signed.describe());
        } else {
            review(request, response, viewer, change, signed, key);
        }
    }

    private void review(HttpServletRequest request, HttpServletResponse response, Viewer viewer, ChangeRequest change,
                        ValidatorConfig signed, PeerKey key) throws IOException {
        String body = "<p id=\"change-description\">You are about to <strong>" + esc(signed.describe()) + "</strong> on channel <strong>"
                + esc(change.channel()) + "</strong>.</p>"
                + "<p>The change is the channel's change number " + (signed.sequence() + 1) + ". It is signed with this node's admin key"
                + " <code>" + esc(NetworkView.clip(key.publicKeyBase64())) + "</code> and submitted as a transaction, as"
                + " <code>./loopchain validator</code> does; it takes effect " + ValidatorHistory.DELAY + " heights after the block"
                + " that commits it, on every peer at the same height. The channel's checks accept it now.</p>"
                + "<h2>What is signed</h2><pre>" + esc(signed.signedText()) + "</pre>"
                + "<form method=\"post\" action=\"change\">" + Html.hiddenCsrf(viewer) + change.hiddenFields()
                + Html.hidden("step", "confirm") + "<button type=\"submit\" id=\"confirm\">Sign and submit the change</button> "
                + "<a href=\"channel?name=" + Html.url(change.channel()) + "\">Cancel</a></form>";
        send(request, response, viewer, 200, "Review the change", body);
    }
}
