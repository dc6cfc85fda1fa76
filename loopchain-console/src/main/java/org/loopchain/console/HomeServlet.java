package org.loopchain.console;

import static org.loopchain.console.Html.esc;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.loopchain.core.config.NodeIdentity;
import org.loopchain.service.ChainService;

/**
 * {@code /console/}: for an admin, the network (the Radio Station's registry, or this node's view) and
 * a summary of each channel this node holds with a link to its page; an auditor is sent to the audit
 * view; anyone else is refused (403) with a page that says why.
 */
@WebServlet("")
public class HomeServlet extends ConsoleServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient ChainService chain;
    @EJB
    private transient NodeIdentity node;

    @Override
    Access access() {
        return Access.ANY_ROLE;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Viewer viewer = Viewer.of(request);
        if (!viewer.admin()) {
            response.sendRedirect(request.getContextPath() + "/audit");
            return;
        }
        Set<String> own = new LinkedHashSet<>();
        StringBuilder rows = new StringBuilder();
        chain.channels().forEach(channel -> {
            own.add(channel.name());
            ChannelFacts f = ChannelFacts.of(chain, node, channel);
            rows.append("<tr><th scope=\"row\"><a href=\"channel?name=").append(Html.url(f.name())).append("\">")
                    .append(esc(f.name())).append("</a></th><td>").append(esc(f.status().role())).append("</td><td>")
                    .append(f.status().height()).append("</td><td><code>").append(esc(NetworkView.clip(f.status().leader())))
                    .append("</code></td><td>").append(f.validators().map(v -> v.size() + "").orElse("not started"))
                    .append("</td><td>").append(esc(f.ratioText())).append("</td><td>").append(esc(f.scoreText()))
                    .append("</td></tr>");
        });
        String channels = own.isEmpty() ? "<p>This node holds no channels (it is " + (node.isPeer() ? "a peer without channels"
                : "the Radio Station") + "). Open the console on a peer's port to change a channel.</p>"
                : "<table><caption>Channels this node holds</caption><thead><tr><th scope=\"col\">Channel</th>"
                + "<th scope=\"col\">This node</th><th scope=\"col\">Height</th><th scope=\"col\">Leader</th>"
                + "<th scope=\"col\">Validators</th><th scope=\"col\">Quorum</th><th scope=\"col\">SCORE</th></tr></thead><tbody>"
                + rows + "</tbody></table><p>Open a channel to see its validators and change them.</p>";
        String network = NetworkView.render(NodeHttp.radioStation(node, request).orElse(null), own);
        send(request, response, viewer, 200, "Network and channels", "<p>Node <code>" + esc(node.peerTarget())
                + "</code>, peer id <code>" + esc(node.peerId()) + "</code>.</p><h2>Channels</h2>" + channels
                + "<h2>Network</h2>" + network);
    }
}
