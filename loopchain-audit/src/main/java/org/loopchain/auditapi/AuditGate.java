package org.loopchain.auditapi;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import org.loopchain.core.config.ConfigKeys;

/**
 * Lets through only callers MicroProfile JWT authenticated with the auditor role: 401 without a
 * valid token (a token that fails the checks is refused by the server's MP-JWT before this, see
 * {@link AuditErrorServlet}), 403 with a valid token of another role. {@link AuditRecorder} records both.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AuditGate implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            request.abortWith(Response.fromResponse(Answers.status(401, AuditError.body("unauthorized",
                    "a Bearer access token of this node's issuer with role " + ConfigKeys.Audit.AUDITOR_ROLE + " is required")))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"loopchain-audit\"").build());
        } else if (!security.isUserInRole(ConfigKeys.Audit.AUDITOR_ROLE)) {
            request.abortWith(Answers.status(403, AuditError.body("forbidden",
                    "the token does not carry the role " + ConfigKeys.Audit.AUDITOR_ROLE + " (its groups claim)")));
        }
    }
}
