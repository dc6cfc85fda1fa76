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
import org.loopchain.score.host.ArchiveStore;
import org.loopchain.score.host.ScoreCatalog;
import org.loopchain.score.host.ScoreConfig;
import org.loopchain.score.host.ScoreConfigCheck;
import org.loopchain.service.ChainService;

/**
 * {@code POST /console/score}: pins a SCORE archive this node keeps on a channel, in two steps as a
 * validator change. {@code step=review} shows the operator-signed configuration and whether the
 * channel takes it (the peers' own check, {@link ScoreConfigCheck}); {@code step=confirm} submits it
 * to this node's {@code POST /api/v1/scores}, as {@code ./loopchain score deploy} does, and shows its
 * progress until it is in effect. The configuration is signed with the node's admin key, which must be
 * one of the channel's SCORE operators.
 */
@WebServlet("/score")
public class ScoreServlet extends ConsoleServlet {

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
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Viewer viewer = Viewer.of(request);
        String channel = required(request, "channel", "The channel");
        String sha256 = required(request, "sha256", "The archive's SHA-256");
        if (chain.channel(channel).isEmpty()) {
            throw new PageError(404, "No such channel", "This node holds no channel " + esc(channel) + ".");
        }
        ScoreCatalog scores = chain.scores();
        ArchiveStore.Kept archive = scores.archives().kept().stream().filter(k -> k.sha256().equals(sha256)).findFirst()
                .orElseThrow(() -> new PageError(404, "No such archive", "This node keeps no SCORE archive with SHA-256 "
                        + esc(sha256) + ". <a href=\"channel?name=" + Html.url(channel) + "\">Back to channel " + esc(channel) + "</a>"));
        ScoreConfig unsigned = scores.pins(channel).nextDeploy(channel, scores.genesis(channel), archive);
        PeerKey key = ChangeRequest.adminKey(node).orElseThrow(() -> new PageError(409, "This node cannot sign changes",
                "The console signs with the admin key named by CONSOLE_ADMIN_KEY_PATH, and this node has none. Pin the version"
                        + " with <code>./loopchain score deploy</code> instead."));
        ScoreConfig signed = unsigned.signedBy(key);
        ScoreConfigCheck.problem(signed, scores.operators(channel), scores.pins(channel), scores.genesis(channel), scores.archives())
                .ifPresent(p -> {
                    throw new PageError(422, "The change is refused", esc(p.message()) + ". Nothing was changed. <a href=\"channel?name="
                            + Html.url(channel) + "\">Back to channel " + esc(channel) + "</a>");
                });
        if ("confirm".equals(request.getParameter("step"))) {
            submitChange(request, response, "/api/v1/scores", channel, Json.pyDumps(signed.toJson()),
                    "pin SCORE " + signed.scoreId() + " " + signed.version());
        } else {
            review(request, response, viewer, channel, signed);
        }
    }

    private void review(HttpServletRequest request, HttpServletResponse response, Viewer viewer, String channel, ScoreConfig signed)
            throws IOException {
        String what = signed.scoreId() + " " + signed.version();
        String body = "<p id=\"change-description\">You are about to <strong>pin SCORE " + esc(what) + "</strong> on channel <strong>"
                + esc(channel) + "</strong>.</p>"
                + "<p>This is the channel's SCORE change number " + (signed.sequence() + 1) + ". It is signed with this node's admin key"
                + " <code>" + esc(NetworkView.clip(signed.operator())) + "</code> as a SCORE operator and submitted as a transaction, as"
                + " <code>./loopchain score deploy</code> does; every peer runs the archive with this SHA-256 from the height after the"
                + " block that commits it (a peer without it fetches it from a peer that has it). The channel's checks accept it now.</p>"
                + "<h2>What is signed</h2><pre>" + esc(signed.signedText()) + "</pre>"
                + "<form method=\"post\" action=\"score\">" + Html.hiddenCsrf(viewer) + Html.hidden("channel", channel)
                + Html.hidden("sha256", signed.sha256()) + Html.hidden("step", "confirm")
                + "<button type=\"submit\" id=\"confirm\">Sign and submit the change</button> "
                + "<a href=\"channel?name=" + Html.url(channel) + "\">Cancel</a></form>";
        send(request, response, viewer, 200, "Review the SCORE change", body);
    }
}
