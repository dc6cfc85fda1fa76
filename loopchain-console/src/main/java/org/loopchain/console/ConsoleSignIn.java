package org.loopchain.console;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.config.NodeIdentity;

/**
 * Sign-in to the console with the node's OpenID Connect provider: Jakarta Security's authorization code
 * mechanism (the server's own, Soteria on Payara and WildFly), a confidential client whose id and
 * secret are the node's {@code CONSOLE_OIDC_CLIENT_ID} and {@code CONSOLE_OIDC_CLIENT_SECRET}, the
 * issuer the audit API trusts ({@code AUDIT_OIDC_ISSUER}: one provider per node). The provider's
 * redirect back is {@code /console/callback}; the roles are the ID token's {@code groups} claim, the
 * name its {@code preferred_username}. The settings are read here, as {@code consoleOidc} in the
 * annotation's expressions, once the mechanism first needs them.
 */
@ApplicationScoped
@Named("consoleOidc")
@DeclareRoles({ConfigKeys.Console.ADMIN_ROLE, ConfigKeys.Audit.AUDITOR_ROLE, "user"})
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${consoleOidc.issuer}",
        clientId = "${consoleOidc.clientId}",
        clientSecret = "${consoleOidc.clientSecret}",
        redirectURI = "${baseURL}/callback",
        redirectToOriginalResource = true,
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
public class ConsoleSignIn {

    @EJB
    private NodeIdentity node;

    public String getIssuer() {
        return node.config().get(ConfigKeys.Audit.AUDIT_OIDC_ISSUER).replaceAll("/+$", "");
    }

    public String getClientId() {
        return node.config().get(ConfigKeys.Console.CONSOLE_OIDC_CLIENT_ID);
    }

    public String getClientSecret() {
        return node.config().get(ConfigKeys.Console.CONSOLE_OIDC_CLIENT_SECRET);
    }
}
