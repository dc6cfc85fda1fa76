package org.loopchain.node;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.config.LoopchainConfig;

/**
 * Hands the server's MicroProfile JWT the node's audit settings, so that they are set where every
 * other loopchain setting is (the node's config file, environment, {@code -Dloopchain.config}):
 * {@code mp.jwt.verify.issuer} from {@code AUDIT_OIDC_ISSUER}, {@code mp.jwt.verify.publickey.location}
 * from {@code AUDIT_OIDC_JWKS}. Its ordinal is above the application's own properties file. It is registered
 * in this jar's {@code META-INF/services}, at the application's level: Payara looks for an EAR's config
 * sources with the EAR's class loader, which does not see a web module's classes.
 */
public class OidcConfigSource implements ConfigSource {

    public static final String ISSUER = "mp.jwt.verify.issuer";
    public static final String KEYS = "mp.jwt.verify.publickey.location";

    private static volatile Map<String, String> properties;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = properties;
        if (p == null) {
            LoopchainConfig config = NodeConfigFiles.load();
            String issuer = config.get(ConfigKeys.Audit.AUDIT_OIDC_ISSUER);
            p = Map.of(ISSUER, issuer, KEYS, ConfigKeys.Audit.jwks(issuer, config.get(ConfigKeys.Audit.AUDIT_OIDC_JWKS)));
            properties = p;
        }
        return p;
    }

    @Override
    public Set<String> getPropertyNames() {
        return getProperties().keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return ISSUER.equals(propertyName) || KEYS.equals(propertyName) ? getProperties().get(propertyName) : null;
    }

    @Override
    public String getName() {
        return "loopchain node configuration (AUDIT_OIDC_*)";
    }

    @Override
    public int getOrdinal() {
        return 300;
    }
}
