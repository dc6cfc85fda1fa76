package org.loopchain.console;

import static org.loopchain.console.Html.esc;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.loopchain.audit.AuditEvent;
import org.loopchain.audit.AuditLog;
import org.loopchain.audit.AuditReader;
import org.loopchain.audit.AuditTier;
import org.loopchain.channel.Channel;
import org.loopchain.core.crypto.Hex;
import org.loopchain.core.json.Json;
import org.loopchain.service.ChainService;

/**
 * {@code /console/audit}: the auditor's read-only view. A transaction by hash ({@code read=tx}) or a
 * channel's transactions by height range ({@code read=range}), read as the audit API reads them
 * ({@link AuditReader}); each read, and each refused one, is recorded in the node's audit log (who,
 * what, how many records) before anything is shown: if the log cannot take it, nothing is shown.
 */
@WebServlet("/audit")
public class AuditServlet extends ConsoleServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AuditServlet.class.getName());
    static final String ENDPOINT = "GET /console/audit";

    @EJB
    private transient ChainService chain;
    @EJB
    private transient AuditLog log;

    @Override
    Access access() {
        return Access.AUDITOR;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Viewer viewer = Viewer.of(request);
        String read = request.getParameter("read");
        String result = "";
        if ("tx".equals(read) || "range".equals(read)) {
            result = read(request, read);
        }
        send(request, response, viewer, 200, "Audit: read transactions", forms(request) + result);
    }

    private String read(HttpServletRequest request, String read) {
        String name = request.getParameter("channel");
        Channel channel = chain.channel(name == null || name.isEmpty() ? chain.defaultChannel() : name).orElse(null);
        if (channel == null) {
            record(request, "", 0, 404);
            throw new PageError(404, "No such channel", "This node holds no channel of that name. Nothing was read.");
        }
        AuditTier.Refusal refused = AuditTier.refusal(channel.name(), channel.status()).orElse(null);
        if (refused != null) {
            record(request, channel.name(), 0, refused.status());
            throw new PageError(refused.status(), "Not readable here", esc(refused.message()) + ". Nothing was read.");
        }
        AuditReader reader = new AuditReader(chain.blocks(), chain.transactions());
        if (read.equals("tx")) {
            String hash = request.getParameter("hash") == null ? "" : request.getParameter("hash").strip().toLowerCase(Locale.ROOT);
            if (!Hex.isHash(hash)) {
                record(request, channel.name(), 0, 400);
                throw new PageError(400, "Not a transaction hash", "A transaction hash is 64 hex digits. Nothing was read.");
            }
            Map<String, Object> tx = reader.transaction(channel.name(), hash).orElse(null);
            record(request, channel.name(), tx == null ? 0 : 1, tx == null ? 404 : 200);
            if (tx == null) {
                return Html.message("error", "Channel " + esc(channel.name()) + " has no transaction " + esc(hash) + ".");
            }
            return "<h2>Transaction</h2>" + txTable(List.of(tx));
        }
        List<Map<String, Object>> txs = bad(request, channel.name(), () -> reader.transactions(channel.name(),
                reader.range(channel.name(), height(request, channel.name(), "from_height"), height(request, channel.name(), "to_height")),
                null));
        record(request, channel.name(), txs.size(), 200);
        return "<h2>Transactions of channel " + esc(channel.name()) + "</h2><p id=\"count\">" + txs.size() + " transaction(s).</p>"
                + (txs.isEmpty() ? "" : txTable(txs));
    }

    private static String txTable(List<Map<String, Object>> txs) {
        StringBuilder out = new StringBuilder("<table id=\"transactions\"><thead><tr><th scope=\"col\">Transaction</th>"
                + "<th scope=\"col\">Height</th><th scope=\"col\">Kind</th><th scope=\"col\">Data</th><th scope=\"col\">Signed by</th>"
                + "<th scope=\"col\">Result</th></tr></thead><tbody>");
        for (Map<String, Object> tx : txs) {
            out.append("<tr><th scope=\"row\"><code>").append(esc(tx.get("tx_hash"))).append("</code></th><td>")
                    .append(tx.get("block_height") == null ? "pending" : esc(tx.get("block_height"))).append("</td><td>")
                    .append(esc(tx.get("kind"))).append("</td><td><pre>").append(esc(Json.pyDumps(tx.get("data")))).append("</pre></td><td><code>")
                    .append(esc(NetworkView.clip(String.valueOf(tx.get("public_key"))))).append("</code></td><td>")
                    .append(tx.get("result") == null ? "" : "<pre>" + esc(Json.pyDumps(tx.get("result"))) + "</pre>").append("</td></tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    private String forms(HttpServletRequest request) {
        String channels = options(request.getParameter("channel"));
        String hash = request.getParameter("hash") == null ? "" : request.getParameter("hash");
        return "<p>Every read on this page is recorded in this node's audit log with your name.</p>"
                + "<form method=\"get\" action=\"audit\"><fieldset><legend>One transaction by hash</legend>"
                + Html.hidden("read", "tx") + "<p><label for=\"tx-channel\">Channel</label> <select id=\"tx-channel\" name=\"channel\">"
                + channels + "</select></p><p><label for=\"tx-hash\">Transaction hash</label> <input id=\"tx-hash\" name=\"hash\" size=\"66\""
                + " required value=\"" + esc(hash) + "\"></p><button type=\"submit\" id=\"read-tx\">Read the transaction</button></fieldset></form>"
                + "<form method=\"get\" action=\"audit\"><fieldset><legend>A channel's transactions by height</legend>"
                + Html.hidden("read", "range") + "<p><label for=\"range-channel\">Channel</label> <select id=\"range-channel\" name=\"channel\">"
                + channels + "</select></p><p><label for=\"from\">From height</label> <input id=\"from\" name=\"from_height\" type=\"number\""
                + " min=\"0\"></p><p><label for=\"to\">To height</label> <input id=\"to\" name=\"to_height\" type=\"number\" min=\"0\"></p>"
                + "<button type=\"submit\" id=\"read-range\">Read the transactions</button></fieldset></form>";
    }

    private String options(String selected) {
        StringBuilder out = new StringBuilder();
        for (Channel c : chain.channels()) {
            out.append("<option").append(c.name().equals(selected) ? " selected" : "").append(">").append(esc(c.name())).append("</option>");
        }
        return out.toString();
    }

    private Long height(HttpServletRequest request, String channel, String field) {
        String raw = request.getParameter(field);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long h = Long.parseLong(raw.strip());
            if (h >= 0) {
                return h;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        record(request, channel, 0, 400);
        throw new PageError(400, "Not a height", esc(field.replace('_', ' ')) + " must be a whole number of 0 or more. Nothing was read.");
    }

    private <T> T bad(HttpServletRequest request, String channel, Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            record(request, channel, 0, 400);
            throw new PageError(400, "The read is refused", esc(e.getMessage()) + ". Nothing was read.");
        }
    }

    /** Records the read; when the log cannot take it, nothing is shown (503). */
    private void record(HttpServletRequest request, String channel, int records, int status) {
        String query = request.getQueryString();
        try {
            log.record(new AuditEvent(subject(request), request.getUserPrincipal().getName(), ENDPOINT, channel,
                    query == null ? "" : query, records, status));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the audit log did not take a console read; nothing is shown", e);
            throw new PageError(503, "Not recorded, so not shown", "The audit log could not record this read, so nothing is"
                    + " shown. Try again.");
        }
    }

    private static String subject(HttpServletRequest request) {
        SignedIn user = SignedIn.of(request);
        return user == null ? "" : user.subject();
    }
}
