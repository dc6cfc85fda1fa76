package org.loopchain.console;

import static org.loopchain.console.Html.esc;

import java.util.List;
import org.loopchain.core.config.ScorePackage;
import org.loopchain.score.host.ArchiveStore;
import org.loopchain.score.host.ScoreCatalog;
import org.loopchain.score.host.ScorePins;

/**
 * The SCORE part of a channel's page: the archives this node keeps, each with a form that starts
 * pinning it ({@link ScoreServlet}), and the channel's committed SCORE changes.
 */
final class ScoreSection {

    private ScoreSection() {
    }

    static void append(StringBuilder body, Viewer viewer, ScoreCatalog scores, String channel) {
        ScorePins pins = scores.pins(channel);
        ScorePackage latest = pins.latest(scores.genesis(channel));
        List<ArchiveStore.Kept> kept = scores.archives().kept();
        body.append("<h2>SCORE versions</h2>");
        if (kept.isEmpty()) {
            body.append("<p>This node keeps no SCORE archive. Deploy one with <code>./loopchain score deploy ARCHIVE</code>"
                    + " (which also pins it); then every version it keeps can be pinned here.</p>");
        } else {
            body.append("<table id=\"score-archives\"><caption>SCORE archives this node keeps</caption><thead><tr>"
                    + "<th scope=\"col\">SCORE</th><th scope=\"col\">Version</th><th scope=\"col\">SHA-256</th>"
                    + "<th scope=\"col\">Pin</th></tr></thead><tbody>");
            for (ArchiveStore.Kept k : kept) {
                body.append("<tr data-score=\"").append(esc(k.id() + " " + k.version())).append("\"><th scope=\"row\">")
                        .append(esc(k.id())).append("</th><td>").append(esc(k.version())).append("</td><td><code>")
                        .append(esc(NetworkView.clip(k.sha256()))).append("</code></td><td>");
                if (latest.pinned() && latest.sha256().equals(k.sha256())) {
                    body.append("pinned");
                } else {
                    body.append("<form class=\"inline\" method=\"post\" action=\"score\">").append(Html.hiddenCsrf(viewer))
                            .append(Html.hidden("channel", channel)).append(Html.hidden("sha256", k.sha256()))
                            .append(Html.hidden("step", "review")).append("<button type=\"submit\">Review pinning ")
                            .append(esc(k.id() + " " + k.version())).append("</button></form>");
                }
                body.append("</td></tr>");
            }
            body.append("</tbody></table>");
        }
        changes(body, pins, channel);
    }

    private static void changes(StringBuilder body, ScorePins pins, String channel) {
        if (pins.entries().isEmpty()) {
            body.append("<p>No SCORE change committed yet: the channel runs its channel file's package.</p>");
            return;
        }
        body.append("<table id=\"score-changes\"><caption>SCORE changes, oldest first</caption><thead><tr>"
                + "<th scope=\"col\">Pinned</th><th scope=\"col\">In effect from</th><th scope=\"col\">Operator</th>"
                + "<th scope=\"col\">Transaction</th></tr></thead><tbody>");
        for (ScorePins.Entry e : pins.entries()) {
            body.append("<tr><td>").append(esc(e.pin().pinned() ? e.pin().id() + " " + e.pin().version() : "none (undeployed)"))
                    .append("</td><td>").append(e.height()).append("</td><td><code>").append(esc(e.operator()))
                    .append("</code></td><td><a href=\"change?channel=").append(Html.url(channel)).append("&amp;tx=")
                    .append(Html.url(e.txHash())).append("\"><code>").append(esc(NetworkView.clip(e.txHash())))
                    .append("</code></a></td></tr>");
        }
        body.append("</tbody></table>");
    }
}
