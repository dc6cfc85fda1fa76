package org.loopchain.auditapi;

import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who called, as the audit log names them: the token's subject and name; both empty without a valid token. */
record Caller(String subject, String name) {

    static final Caller NOBODY = new Caller("", "");

    static Caller of(Principal principal) {
        if (principal instanceof JsonWebToken jwt) {
            return new Caller(nonNull(jwt.getSubject()), nonNull(jwt.getName()));
        }
        return principal == null ? NOBODY : new Caller("", nonNull(principal.getName()));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
