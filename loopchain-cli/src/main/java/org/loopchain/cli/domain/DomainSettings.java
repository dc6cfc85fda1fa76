package org.loopchain.cli.domain;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The settings every node domain gets, whoever runs it: the one source of both the launcher's offline
 * edit ({@link DomainEditor}) and server-config/src/main/payara/node-domain.asadmin
 * ({@link AsadminScript}; a test keeps that file equal to what this list generates).
 */
public final class DomainSettings {
    public static final String LOOPBACK = "127.0.0.1";
    /** The heap of a node; an -Xmx in LOOPCHAIN_JAVA_OPTS replaces it. */
    public static final String HEAP = "-Xmx1g";
    /** The template's heap option, which {@link #HEAP} replaces. */
    public static final String TEMPLATE_HEAP = "-Xmx512m";
    /** Grizzly's buffer for the request line and headers (default 8 KiB; beyond it an empty 400). */
    public static final int HEADER_BUFFER_BYTES = 64 * 1024;
    /** The most request threads of the node's HTTP listeners (http-thread-pool; Payara's default is larger). */
    public static final int HTTP_THREADS = 32;
    /** How long a blocked read of a request (a body that stalls) or its upload may wait before the request fails. */
    public static final int READ_TIMEOUT_MILLIS = 10_000;
    /** Where a domain keeps its copy of jit-directives.json. */
    public static final String JIT_DIRECTIVES_NAME = "loopchain-jit-directives.json";
    public static final String JIT_DIRECTIVES_OPTION =
            "-XX:CompilerDirectivesFile=${com.sun.aas.instanceRoot}/config/" + JIT_DIRECTIVES_NAME;

    private static final String SERVER = "configs.config.server-config.";
    private static final List<String> CONFIGS = List.of("server-config", "default-config");
    private static final List<String> NETWORK_LISTENERS = List.of("http-listener-1", "http-listener-2", "admin-listener");
    /** The listeners clients reach (REST and its TLS twin); the admin listener keeps its defaults for uploads. */
    static final List<String> HTTP_LISTENERS = List.of("http-listener-1", "http-listener-2");
    private static final List<String> IIOP_LISTENERS = List.of("orb-listener-1", "SSL", "SSL_MUTUALAUTH");

    public static final List<Setting> ALL = build();

    private DomainSettings() {
    }

    private static List<Setting> build() {
        List<Setting> out = new ArrayList<>();
        String comment = "every listener on the loopback interface";
        for (String config : CONFIGS) {
            String prefix = "configs.config." + config + ".";
            for (String l : NETWORK_LISTENERS) {
                out.add(new DottedSet(comment, prefix + "network-config.network-listeners.network-listener." + l
                        + ".address", LOOPBACK));
                comment = "";
            }
            for (String l : IIOP_LISTENERS) {
                out.add(new DottedSet("", prefix + "iiop-service.iiop-listener." + l + ".address", LOOPBACK));
            }
            out.add(new DottedSet("", prefix + "admin-service.jmx-connector.system.address", LOOPBACK));
        }
        comment = "answers name no server and no version (Server and X-Powered-By headers off); URIs decoded as UTF-8;\n"
                + "request line + headers up to 64 KiB reach the application, which answers JSON (beyond: an empty 400)";
        for (String p : NETWORK_LISTENERS) {
            String http = SERVER + "network-config.protocols.protocol." + p + ".http.";
            out.add(new DottedSet(comment, http + "server-header", "false"));
            out.add(new DottedSet("", http + "xpowered-by", "false"));
            out.add(new DottedSet("", http + "uri-encoding", "UTF-8"));
            out.add(new DottedSet("", http + "header-buffer-length-bytes", Integer.toString(HEADER_BUFFER_BYTES)));
            comment = "";
        }
        comment = "slow or stalled clients cannot hold the node: at most " + HTTP_THREADS + " request threads, and a read\n"
                + "that waits " + READ_TIMEOUT_MILLIS / 1000 + " s for a body fails the request (answered 400 in JSON); a method no resource\n"
                + "knows may carry a body and is answered 405 in JSON like any other";
        out.add(new DottedSet(comment, SERVER + "thread-pools.thread-pool.http-thread-pool.max-thread-pool-size",
                Integer.toString(HTTP_THREADS)));
        out.add(new DottedSet("", SERVER + "network-config.transports.transport.tcp.read-timeout-millis",
                Integer.toString(READ_TIMEOUT_MILLIS)));
        for (String p : HTTP_LISTENERS) {
            String http = SERVER + "network-config.protocols.protocol." + p + ".http.";
            out.add(new DottedSet("", http + "connection-upload-timeout-millis", Integer.toString(READ_TIMEOUT_MILLIS)));
            out.add(new DottedSet("", http + "allow-payload-for-undefined-http-methods", "true"));
        }
        out.add(new CustomSetting("no Hazelcast (*:DAS port), no embedded OpenMQ (*:7676): Artemis is the broker",
                "set-hazelcast-configuration --enabled=false --dynamic=false", DomainSettings::hazelcastOff));
        out.add(new CustomSetting("", "set " + SERVER + "jms-service.type=DISABLED", DomainSettings::jmsOff));
        comment = "the built-in H2 pools without AUTO_SERVER (it opens a TCP server on all interfaces)";
        out.add(new DottedSet(comment, "resources.jdbc-connection-pool.__TimerPool.property.URL",
                "jdbc:h2:${com.sun.aas.instanceRoot}/lib/databases/ejbtimer"));
        out.add(new DottedSet("", "resources.jdbc-connection-pool.H2Pool.property.URL",
                "jdbc:h2:${com.sun.aas.instanceRoot}/lib/databases/embedded_default"));
        return List.copyOf(out);
    }

    private static void hazelcastOff(DomainXml domain) {
        Element server = domain.config("server-config");
        Element hz = DomainXml.child(server, "hazelcast-config-specific-configuration").orElseGet(() ->
                (Element) server.appendChild(domain.document().createElement("hazelcast-config-specific-configuration")));
        hz.setAttribute("enabled", "false");
    }

    /** A fresh domain's server-config has no jms-service: OpenMQ then runs EMBEDDED on *:7676. */
    private static void jmsOff(DomainXml domain) {
        Element server = domain.config("server-config");
        Element jms = DomainXml.child(server, "jms-service").orElseGet(() -> {
            var doc = domain.document();
            Element created = doc.createElement("jms-service");
            created.setAttribute("default-jms-host", "default_JMS_host");
            Element host = doc.createElement("jms-host");
            host.setAttribute("name", "default_JMS_host");
            host.setAttribute("host", LOOPBACK);
            host.setAttribute("port", "${JMS_PROVIDER_PORT}");
            host.setAttribute("lazy-init", "true");
            created.appendChild(host);
            server.insertBefore(created, DomainXml.child(server, "connector-service").orElse(null));
            return created;
        });
        jms.setAttribute("type", "DISABLED");
    }
}
