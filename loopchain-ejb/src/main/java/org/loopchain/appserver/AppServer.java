package org.loopchain.appserver;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Which server runs this node, and its instance directory, as the servers' own system properties say:
 * Payara sets {@code com.sun.aas.instanceRoot} (the domain dir), WildFly {@code jboss.server.base.dir}.
 * The one place the EAR tells them apart.
 */
public final class AppServer {

    private static final String PAYARA_INSTANCE_ROOT = "com.sun.aas.instanceRoot";
    private static final String WILDFLY_BASE_DIR = "jboss.server.base.dir";

    private AppServer() {
    }

    /** WildFly's server base dir when the node runs on WildFly (and not on Payara). */
    public static Optional<Path> wildFlyBase() {
        String base = System.getProperty(WILDFLY_BASE_DIR);
        return System.getProperty(PAYARA_INSTANCE_ROOT) == null && base != null ? Optional.of(Path.of(base)) : Optional.empty();
    }

    /** The instance dir: the Payara domain's or the WildFly server's base dir; empty outside either. */
    public static Optional<Path> instanceDir() {
        String payara = System.getProperty(PAYARA_INSTANCE_ROOT);
        return payara != null ? Optional.of(Path.of(payara)) : wildFlyBase();
    }
}
