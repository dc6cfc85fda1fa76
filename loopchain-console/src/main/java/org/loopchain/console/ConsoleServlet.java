package org.loopchain.console;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every console page does before its own work: who may see it (admins, auditors, or either),
 * the CSRF token on every POST, headers that keep the pages out of caches and frames, and a page,
 * never a stack trace, when something fails.
 */
abstract class ConsoleServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ConsoleServlet.class.getName());

    /** Who may use a page. */
    enum Access { ADMIN, AUDITOR, ANY_ROLE, SIGNED_IN }

    /** A refusal or a failure to show as a page with this status. */
    static final class PageError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String title;

        PageError(int status, String title, String message) {
            super(message, null, false, false);
            this.status = status;
            this.title = title;
        }
    }

    abstract Access access();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'");
        Viewer viewer = Viewer.of(request);
        try {
            if (!allowed(viewer)) {
                throw new PageError(403, "Not allowed", "You are signed in as <strong>" + Html.esc(viewer.name())
                        + "</strong>, who has " + (access() == Access.AUDITOR ? "not the role auditor" : access() == Access.ADMIN
                        ? "not the role admin" : "neither the role admin nor the role auditor")
                        + ". The console is for the network's admins (role admin) and auditors (role auditor, a read-only"
                        + " audit view). Ask your identity provider's administrator for a role, or sign out and sign in as"
                        + " another user.");
            }
            if ("POST".equals(request.getMethod()) && !Csrf.valid(request)) {
                throw new PageError(403, "Refused: the form's security token is missing",
                        "This request did not carry the security token of your session's forms, so nothing was"
                                + " changed. Open the page again and use its form.");
            }
            super.service(request, response);
        } catch (PageError e) {
            send(request, response, viewer, e.status, e.title, Html.message("error", e.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a console page failed", e);
            send(request, response, viewer, 503, "Not available now",
                    Html.message("error", "The node could not show this page now. Try again in a moment."));
        }
    }

    private boolean allowed(Viewer viewer) {
        return switch (access()) {
            case ADMIN -> viewer.admin();
            case AUDITOR -> viewer.auditor();
            case ANY_ROLE -> viewer.admin() || viewer.auditor();
            case SIGNED_IN -> true;
        };
    }

    /** Writes a whole page with {@code status}. */
    static void send(HttpServletRequest request, HttpServletResponse response, Viewer viewer, int status, String title,
                     String body) throws IOException {
        page(request, response, viewer, status, title, body, 0);
    }

    static void page(HttpServletRequest request, HttpServletResponse response, Viewer viewer, int status, String title,
                     String body, int refreshSeconds) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        response.getWriter().write(Html.page(request.getContextPath(), title, viewer, body, refreshSeconds));
    }

    /**
     * Posts a signed change to this node's own REST API ({@code api}: {@code /api/v1/scores} or {@code /api/v1/validators}),
     * logs who submitted {@code what}, and sends the browser to the change page that follows it; a refusal is a page with the
     * node's reason, and nothing is changed.
     */
    static void submitChange(HttpServletRequest request, HttpServletResponse response, String api, String channel, String json,
                             String what) throws IOException {
        NodeHttp.Answer answer = NodeHttp.post(NodeHttp.self(request) + api + "?channel=" + Html.url(channel), json);
        if (answer.status() != 200 || !(answer.field("tx_hash") instanceof String tx) || tx.isEmpty()) {
            String why = answer.field("more_info") instanceof String s ? s : "the node did not answer (HTTP " + answer.status() + ")";
            throw new PageError(answer.status() >= 400 && answer.status() < 500 ? answer.status() : 503, "The change is refused",
                    Html.esc(why) + ". Nothing was changed.");
        }
        LOG.info(() -> "console: " + request.getUserPrincipal().getName() + " submitted on channel " + channel + ": " + what
                + " (tx " + tx + ")");
        response.sendRedirect("change?channel=" + Html.url(channel) + "&tx=" + Html.url(tx));
    }

    /** A required parameter, or a 400 page naming it. */
    static String required(HttpServletRequest request, String name, String label) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            throw new PageError(400, "Something is missing", Html.esc(label) + " is required.");
        }
        return value.strip();
    }
}
