package org.loopchain.console;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The console's error page ({@code WEB-INF/web.xml}): what the server answers itself (a sign-in the
 * provider did not complete, a user without any role, an unknown page, a failure) as a page that says
 * what happened and what to do, never a stack trace.
 */
@WebServlet("/__error")
public class ErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) != null || status >= 500) {
            status = 503;
        }
        Viewer viewer = request.getUserPrincipal() == null ? null : Viewer.of(request);
        String home = request.getContextPath() + "/";
        String title;
        String text;
        switch (status) {
            case 401 -> {
                title = "Sign-in did not complete";
                text = "The identity provider did not confirm who you are (the sign-in was cancelled or expired, or the provider"
                        + " cannot be reached). <a href=\"" + home + "\">Sign in again</a>.";
            }
            case 403 -> {
                title = "Not allowed";
                text = "You are signed in" + (viewer == null ? "" : " as <strong>" + Html.esc(viewer.name()) + "</strong>")
                        + " without a role that may use the console (admin, or auditor for the read-only audit view).";
            }
            case 404 -> {
                title = "No such page";
                text = "The console has no such page. <a href=\"" + home + "\">Go to the console's start</a>.";
            }
            case 405 -> {
                title = "Not allowed this way";
                text = "This page is not used that way. <a href=\"" + home + "\">Go to the console's start</a>.";
            }
            default -> {
                title = "Not available now";
                text = "The node could not show this page now. Try again in a moment.";
            }
        }
        response.reset();
        response.setHeader("Cache-Control", "no-store");
        ConsoleServlet.page(request, response, viewer, status, title, Html.message("error", text), 0);
    }
}
