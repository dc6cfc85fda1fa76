package org.loopchain.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The per-session token every form that changes something carries: made at random when the session
 * first shows a page, compared in constant time. A POST without it, or with another session's, is
 * refused before anything is read from it.
 */
final class Csrf {

    static final String FIELD = "csrf";
    private static final String ATTRIBUTE = "org.loopchain.console.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    /** The session's token, made now if it has none. */
    static String token(HttpSession session) {
        synchronized (session) {
            Object have = session.getAttribute(ATTRIBUTE);
            if (have instanceof String s) {
                return s;
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(ATTRIBUTE, token);
            return token;
        }
    }

    /** Whether the request carries its session's token. */
    static boolean valid(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String sent = request.getParameter(FIELD);
        if (session == null || sent == null || !(session.getAttribute(ATTRIBUTE) instanceof String expected)) {
            return false;
        }
        return matches(expected, sent);
    }

    static boolean matches(String expected, String sent) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
