package org.loopchain.auditapi;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * {@code /api/audit/v1}: callers authenticate with a Bearer access token that MicroProfile JWT checks
 * (signature by the issuer's published keys, {@code iss} equal to {@code AUDIT_OIDC_ISSUER}, not
 * expired); the token's {@code groups} claim gives the roles. The server's own MP-JWT does this, the
 * same on Payara and WildFly; {@link OidcConfigSource} hands it the node's settings.
 */
@ApplicationPath("v1")
@LoginConfig(authMethod = "MP-JWT", realmName = "loopchain-audit")
@DeclareRoles({"auditor", "admin", "user"})
public class AuditApplication extends Application {
}
