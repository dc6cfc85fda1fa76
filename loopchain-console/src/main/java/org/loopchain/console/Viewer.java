package org.loopchain.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.loopchain.core.config.ConfigKeys;

/**
 * Who is signed in, as the pages need it: the name the provider gave, the roles the console knows
 * (from the ID token's {@code groups} claim), and the session's CSRF token.
 */
record Viewer(String name, boolean admin, boolean auditor, String csrf) {

    static Viewer of(HttpServletRequest request) {
        String name = request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName();
        return new Viewer(name, request.isUserInRole(ConfigKeys.Console.ADMIN_ROLE),
                request.isUserInRole(ConfigKeys.Audit.AUDITOR_ROLE), Csrf.token(request.getSession()));
    }

    String rolesText() {
        List<String> roles = new ArrayList<>();
        if (admin) {
            roles.add(ConfigKeys.Console.ADMIN_ROLE);
        }
        if (auditor) {
            roles.add(ConfigKeys.Audit.AUDITOR_ROLE);
        }
        return roles.isEmpty() ? "no console role" : String.join(", ", roles);
    }
}
