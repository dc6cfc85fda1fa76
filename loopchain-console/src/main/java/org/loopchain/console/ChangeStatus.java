package org.loopchain.console;

import static org.loopchain.console.Html.esc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.loopchain.channel.Channel;
import org.loopchain.channel.StoredTx;
import org.loopchain.core.crypto.Hex;
import org.loopchain.service.ChainService;

/**
 * Where a submitted change stands on this node: waiting for a block, committed and waiting for its
 * effective height (the page reloads itself), in effect, or refused when its block committed. The
 * state is also in the page's {@code data-state} ({@code pending}, {@code committed}, {@code in-effect},
 * {@code refused}) for scripts and tests.
 */
final class ChangeStatus {

    private ChangeStatus() {
    }

    /** A committed change: what it does, the height of the block that committed it, the height it takes effect at. */
    private record Applied(String what, long committedHeight, long effectiveHeight) {
    }

    /** The validator change or SCORE change that transaction {@code tx} committed on {@code channel}, if any. */
    private static Optional<Applied> applied(ChainService chain, Channel channel, String tx) {
        Optional<Applied> validators = channel.validatorHistory().flatMap(h -> h.entries().stream()
                .filter(e -> e.txHash().equals(tx)).findFirst())
                .map(e -> new Applied(e.config().describe(), e.committedHeight(), e.effectiveHeight()));
        if (validators.isPresent()) {
            return validators;
        }
        return chain.scores().pins(channel.name()).entries().stream().filter(e -> e.txHash().equals(tx)).findFirst()
                .map(e -> new Applied(e.pin().pinned() ? "pin SCORE " + e.pin().id() + " " + e.pin().version() : "undeploy the SCORE",
                        e.height() - 1, e.height()));
    }

    static void show(HttpServletRequest request, HttpServletResponse response, Viewer viewer, ChainService chain, String name,
                     String tx) throws IOException {
        if (!Hex.isHash(tx)) {
            throw new ConsoleServlet.PageError(400, "Not a transaction hash", "A transaction hash is 64 hex digits.");
        }
        Channel channel = chain.channel(name).orElseThrow(() -> new ConsoleServlet.PageError(404, "No such channel",
                "This node holds no channel " + esc(name) + "."));
        long current = ChannelFacts.current(channel.status());
        Optional<Applied> entry = applied(chain, channel, tx);
        String back = "<p><a href=\"channel?name=" + Html.url(name) + "\">Back to channel " + esc(name) + "</a></p>";
        String state;
        String text;
        if (entry.isPresent()) {
            Applied e = entry.get();
            String what = esc(e.what());
            if (e.effectiveHeight() <= current) {
                state = "in-effect";
                text = Html.message("ok", "In effect: " + what + " was committed at height " + e.committedHeight()
                        + " and is in effect from height <span id=\"effective-height\">" + e.effectiveHeight()
                        + "</span> (this node now decides height " + current + ").");
            } else {
                state = "committed";
                text = Html.message("wait", "Committed at height " + e.committedHeight() + ": " + what + " takes effect at height"
                        + " <span id=\"effective-height\">" + e.effectiveHeight() + "</span>; this node now decides height " + current
                        + ". Blocks are made when the channel has transactions: on an idle channel the change takes effect with"
                        + " the next ones. This page reloads itself.");
            }
        } else {
            Optional<StoredTx> stored = chain.transactions().transaction(name, tx);
            if (stored.isEmpty()) {
                throw new ConsoleServlet.PageError(404, "No such change", "Channel " + esc(name) + " has no transaction " + esc(tx) + ".");
            }
            if (stored.get().pending()) {
                state = "pending";
                text = Html.message("wait", "Submitted as transaction <code>" + esc(tx) + "</code>: waiting for a block to commit it."
                        + " This page reloads itself.");
            } else {
                state = "refused";
                text = Html.message("error", "Refused when its block committed: "
                        + esc(chain.transactions().result(name, tx).orElse("the channel did not apply it")) + ". Nothing changed.");
            }
        }
        String body = "<div id=\"change-state\" data-state=\"" + state + "\">" + text + "</div><p>Transaction <code id=\"tx-hash\">"
                + esc(tx) + "</code> on channel " + esc(name) + ".</p>" + back;
        ConsoleServlet.page(request, response, viewer, 200, "Change on channel " + name, body,
                state.equals("pending") || state.equals("committed") ? 2 : 0);
    }
}
