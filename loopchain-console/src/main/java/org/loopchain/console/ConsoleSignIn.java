package org.loopchain.console;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.config.NodeIdentity;

/**
 * The console's OpenID Connect client settings, the node's: the issuer the audit API trusts
 * ({@code AUDIT_OIDC_ISSUER}: one provider per node), the confidential client
 * {@code CONSOLE_OIDC_CLIENT_ID} with its secret {@code CONSOLE_OIDC_CLIENT_SECRET}; and the one
 * {@link OidcProvider} of the application (its metadata and keys are kept there).
 */
@ApplicationScoped
public class ConsoleSignIn {

    @EJB
    private NodeIdentity node;
    private OidcProvider provider;

    public String getIssuer() {
        return node.config().get(ConfigKeys.Audit.AUDIT_OIDC_ISSUER).replaceAll("/+$", "");
    }

    public String getClientId() {
        return node.config().get(ConfigKeys.Console.CONSOLE_OIDC_CLIENT_ID);
    }

    public String getClientSecret() {
        return node.config().get(ConfigKeys.Console.CONSOLE_OIDC_CLIENT_SECRET);
    }

    /** The node's provider (its issuer read when the console is first used). */
    synchronized OidcProvider provider() {
        if (provider == null) {
            provider = new OidcProvider(getIssuer());
        }
        return provider;
    }
}
