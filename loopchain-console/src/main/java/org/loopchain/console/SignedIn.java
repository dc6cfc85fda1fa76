package org.loopchain.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.Principal;
import java.util.List;

/**
 * The user a console session signed in (kept in the session): the provider's subject, the name and
 * roles its ID token gave, and the token itself (the provider's sign-out is asked with it).
 */
record SignedIn(String subject, String name, List<String> roles, String idToken) implements Serializable {

    static final String ATTRIBUTE = SignedIn.class.getName();

    SignedIn {
        roles = List.copyOf(roles);
    }

    /** The user of {@code request}'s session, or null. */
    static SignedIn of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof SignedIn user ? user : null;
    }

    /** {@code request} as the pages see it: this user is its principal, its roles are this user's. */
    HttpServletRequest wrap(HttpServletRequest request) {
        SignedIn user = this;
        return new HttpServletRequestWrapper(request) {
            @Override
            public Principal getUserPrincipal() {
                return user::name;
            }

            @Override
            public String getRemoteUser() {
                return user.name;
            }

            @Override
            public boolean isUserInRole(String role) {
                return user.roles.contains(role);
            }

            @Override
            public String getAuthType() {
                return "OIDC";
            }
        };
    }
}
