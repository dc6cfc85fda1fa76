package org.loopchain.console;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Sign-in to the console with the node's OpenID Connect provider, the issuer the audit API trusts
 * ({@code AUDIT_OIDC_ISSUER}): the authorization code flow with PKCE (S256), a confidential client
 * ({@code CONSOLE_OIDC_CLIENT_ID}, {@code CONSOLE_OIDC_CLIENT_SECRET}), the provider's redirect back
 * to {@code /console/callback}; the roles are the ID token's {@code groups} claim, the name its
 * {@code preferred_username} ({@link IdTokenCheck}). A page asked without a signed-in session starts
 * a sign-in (state, nonce and verifier kept in the session, the page to return to too) and the
 * callback finishes it: the state must be this browser's, the code is redeemed once, the ID token
 * checked, the session id changed, and the browser sent back to the page it asked for.
 *
 * <p>The console's own and not Jakarta Security's OpenID Connect mechanism: on WildFly a Jakarta
 * Security mechanism in one WAR of the EAR meets the audit API's MicroProfile JWT mechanism in every
 * WAR (WELD-001318), and Jakarta Security 3.0's mechanism sends no PKCE. The filter is the same on
 * both servers, so the EAR is.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SignInFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SignInFilter.class.getName());
    static final String CALLBACK = "/callback";
    private static final String PENDING = SignInFilter.class.getName() + ".pending";

    /** A sign-in on its way: what the callback must match, and where it returns. */
    record Pending(String state, String nonce, String verifier, String returnTo) implements Serializable {
    }

    @Inject
    private transient ConsoleSignIn settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SignedIn user = SignedIn.of(request);
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter(user == null ? request : user.wrap(request), response);
        } else if (CALLBACK.equals(request.getServletPath())) {
            callback(request, response);
        } else if (user != null) {
            chain.doFilter(user.wrap(request), response);
        } else {
            start(request, response);
        }
    }

    /** Sends the browser to the provider's authorization endpoint with a new state, nonce and PKCE challenge. */
    private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OidcProvider.Metadata metadata;
        try {
            metadata = provider().metadata();
        } catch (IOException e) {
            LOG.warning(() -> "console sign-in: the identity provider " + provider().issuer() + " cannot be reached: " + e.getMessage());
            refuse(request, response, 503, "The identity provider cannot be reached",
                    "The console signs you in with the network's identity provider, which does not answer now. Try again in a moment.");
            return;
        }
        String query = request.getQueryString();
        String returnTo = request.getRequestURI() + (query == null ? "" : "?" + query);
        Pending pending = new Pending(Pkce.random(), Pkce.random(), Pkce.random(), "GET".equals(request.getMethod()) ? returnTo
                : request.getContextPath() + "/");
        request.getSession(true).setAttribute(PENDING, pending);
        response.sendRedirect(metadata.authorization() + (metadata.authorization().contains("?") ? "&" : "?")
                + "response_type=code&scope=openid&client_id=" + url(clientId()) + "&redirect_uri=" + url(redirectUri(request))
                + "&state=" + url(pending.state()) + "&nonce=" + url(pending.nonce()) + "&code_challenge="
                + url(Pkce.challenge(pending.verifier())) + "&code_challenge_method=S256");
    }

    /** The provider's answer: this browser's state, the code redeemed once, the ID token checked; then the page asked for. */
    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Pending pending = session != null && session.getAttribute(PENDING) instanceof Pending p ? p : null;
        String state = request.getParameter("state");
        if (pending == null || state == null || !MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
                pending.state().getBytes(StandardCharsets.UTF_8))) {
            refuse(request, response, 400, "Sign-in did not complete", "This answer of the identity provider does not belong to a"
                    + " sign-in of this browser. <a href=\"" + request.getContextPath() + "/\">Sign in again</a>.");
            return;
        }
        session.removeAttribute(PENDING);
        String code = request.getParameter("code");
        if (code == null || code.isEmpty()) {
            String why = request.getParameter("error");
            refuse(request, response, 401, "Sign-in did not complete", "The identity provider did not sign you in"
                    + (why == null ? "" : " (" + Html.esc(why) + ")") + ". <a href=\"" + request.getContextPath() + "/\">Sign in again</a>.");
            return;
        }
        IdTokenCheck.Claims claims;
        String idToken;
        try {
            idToken = provider().redeem(code, pending.verifier(), redirectUri(request), clientId(), settings.getClientSecret());
            claims = new IdTokenCheck(provider().issuer(), clientId(), provider()::key).check(idToken, pending.nonce(), Instant.now());
        } catch (IOException | IdTokenCheck.Refused e) {
            LOG.warning(() -> "console sign-in refused: " + e.getMessage());
            refuse(request, response, 401, "Sign-in did not complete", "The identity provider's answer could not be confirmed ("
                    + Html.esc(e.getMessage()) + "). <a href=\"" + request.getContextPath() + "/\">Sign in again</a>.");
            return;
        }
        request.changeSessionId();
        session.setAttribute(SignedIn.ATTRIBUTE, new SignedIn(claims.subject(), claims.name(), claims.groups(), idToken));
        LOG.info(() -> "console: " + claims.name() + " signed in (subject " + claims.subject() + ", roles " + claims.groups() + ")");
        response.sendRedirect(pending.returnTo());
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String title, String text)
            throws IOException {
        response.setHeader("Cache-Control", "no-store");
        ConsoleServlet.page(request, response, null, status, title, Html.message("error", text), 0);
    }

    private OidcProvider provider() {
        return settings.provider();
    }

    private String clientId() {
        return settings.getClientId();
    }

    /** Where the provider sends the browser back: this console, as the browser reached it. */
    private static String redirectUri(HttpServletRequest request) {
        return NodeHttp.selfPublic(request) + request.getContextPath() + CALLBACK;
    }

    private static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
