package org.loopchain.console;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * {@code POST /console/signout} (with the session's token): ends the console's session and then the
 * provider's, through its {@code end_session_endpoint}, which sends the browser back to the console.
 */
@WebServlet("/signout")
public class SignOutServlet extends ConsoleServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ConsoleSignIn settings;

    @Override
    Access access() {
        return Access.SIGNED_IN;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String endSession = "";
        SignedIn user = SignedIn.of(request);
        String idToken = user == null ? "" : user.idToken();
        try {
            endSession = settings.provider().metadata().endSession();
        } catch (IOException e) {
            // the provider cannot be reached: only the console's session ends
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String back = NodeHttp.selfPublic(request) + request.getContextPath() + "/";
        if (endSession.isEmpty()) {
            response.sendRedirect(back);
            return;
        }
        response.sendRedirect(endSession + (endSession.contains("?") ? "&" : "?") + "client_id=" + Html.url(settings.getClientId())
                + "&post_logout_redirect_uri=" + Html.url(back) + (idToken.isEmpty() ? "" : "&id_token_hint=" + Html.url(idToken)));
    }
}
