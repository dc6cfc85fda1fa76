package org.loopchain.cli.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.loopchain.cli.CliException;
import org.loopchain.cli.broker.BrokerCredentials;
import org.w3c.dom.Element;

/**
 * Writes a node into the domain.xml of a stopped domain (a running DAS owns its domain.xml): the
 * {@link DomainSettings}, the node's ports, its JVM options, its broker connection and its name.
 * Every edit is by element identity, never by old value, so running it again is harmless.
 */
public final class DomainEditor {
    /** The options we added last time, replaced on the next run. */
    static final String RECORD = "loopchain-jvm-options";
    /** Derby's page cache in pages (default 1,000): the transaction table's B-trees outgrow the default. */
    static final int DERBY_PAGE_CACHE = 4000;
    /** Above ChannelManager.MAX_MESSAGE_CHARS (64 MiB): every loopchain message is one regular message. */
    static final int MIN_LARGE_MESSAGE_SIZE = 128 * 1024 * 1024;
    static final String RA = "artemis-rar";
    private static final Map<String, Integer> IIOP = Map.of("orb-listener-1", NodePorts.IIOP, "SSL", NodePorts.IIOP_SSL,
            "SSL_MUTUALAUTH", NodePorts.IIOP_MUTUALAUTH);
    private static final List<String> MANAGED = List.of("-Xmx", "-XX:TieredStopAtLevel", "-Dloopchain.",
            "-Dderby.system.home=", "-Dderby.storage.");

    /**
     * What a node needs in its domain.
     *
     * @param name       the node (domain) name
     * @param ports      its ports
     * @param host       the address its REST API (and the TLS twin) binds to (NODE_HOST); the admin listener stays on loopback
     * @param config     its node config file
     * @param data       its data dir
     * @param javaOpts   LOOPCHAIN_JAVA_OPTS (and the RS's own), added last: theirs win
     * @param brokerHost the broker's host (BROKER_HOST)
     * @param brokerPort the broker's port; 0 leaves the RA's configuration alone
     * @param jitDirectives jit-directives.json, copied into the domain's config dir
     */
    public record Node(String name, NodePorts ports, String host, Path config, Path data, String javaOpts, String brokerHost, int brokerPort,
            Path jitDirectives) {
    }

    private DomainEditor() {
    }

    /** Makes the edits in DOMAIN (loaded from DOMAIN_DIR); the caller saves. */
    public static void configure(Path domainDir, DomainXml domain, Node node) {
        for (Setting s : DomainSettings.ALL) {
            s.apply(domain);
        }
        Element server = domain.config("server-config");
        setPorts(domain, server, node.ports());
        setHost(server, node.host());
        setJvmOptions(domainDir, domain, server, node);
        if (node.brokerPort() > 0) {
            setResourceAdapter(domain, node.brokerHost(), node.brokerPort(), BrokerCredentials.of(node.config()));
        }
        rename(domain, node.name());
    }

    static void setPorts(DomainXml domain, Element server, NodePorts p) {
        for (Element nl : listeners(server)) {
            switch (nl.getAttribute("name")) {
                case "http-listener-1" -> nl.setAttribute("port", Integer.toString(p.rest()));
                case "http-listener-2" -> nl.setAttribute("port", Integer.toString(p.at(NodePorts.HTTPS)));
                case "admin-listener" -> nl.setAttribute("port", Integer.toString(p.at(NodePorts.ADMIN)));
                default -> { }
            }
        }
        DomainXml.path(server, "iiop-service").ifPresent(iiop -> {
            for (Element il : DomainXml.children(iiop, "iiop-listener")) {
                Integer off = IIOP.get(il.getAttribute("id"));
                if (off != null) {
                    il.setAttribute("port", Integer.toString(p.at(off)));
                }
            }
        });
        DomainXml.path(server, "admin-service/jmx-connector")
                .ifPresent(j -> j.setAttribute("port", Integer.toString(p.at(NodePorts.JMX))));
        DomainXml.child(server, "system-property", "name", "JMS_PROVIDER_PORT")
                .ifPresent(sp -> sp.setAttribute("value", Integer.toString(p.at(NodePorts.OPENMQ))));
        DomainXml.child(domain.root(), "hazelcast-runtime-configuration").ifPresent(hz -> {
            hz.setAttribute("das-port", Integer.toString(p.at(NodePorts.HAZELCAST_DAS)));
            hz.setAttribute("start-port", Integer.toString(p.at(NodePorts.HAZELCAST_START)));
        });
        Element java = javaConfig(server);
        String dbg = java.getAttribute("debug-options");
        int at = dbg.indexOf("address=");
        if (at >= 0) {
            java.setAttribute("debug-options", dbg.substring(0, at) + "address=" + p.at(NodePorts.DEBUGGER));
        }
        for (Element opt : DomainXml.children(java, "jvm-options")) {
            if (opt.getTextContent().startsWith("-Dosgi.shell.telnet.port=")) {
                opt.setTextContent("-Dosgi.shell.telnet.port=" + p.at(NodePorts.OSGI_SHELL));
            }
        }
    }

    /** The listeners clients reach bind to HOST. */
    static void setHost(Element server, String host) {
        for (Element nl : listeners(server)) {
            if (DomainSettings.HTTP_LISTENERS.contains(nl.getAttribute("name"))) {
                nl.setAttribute("address", host);
            }
        }
    }

    static List<Element> listeners(Element server) {
        return DomainXml.path(server, "network-config/network-listeners")
                .map(e -> DomainXml.children(e, "network-listener")).orElse(List.of());
    }

    static Element javaConfig(Element server) {
        return DomainXml.child(server, "java-config").orElseThrow(() -> new CliException("domain.xml: no java-config"));
    }

    /** Our options (heap, the node's paths and name, Derby's cache, the JIT directives), then JAVA_OPTS. */
    static List<String> jvmOptions(Node node) {
        List<String> extra = ShellWords.split(node.javaOpts() == null ? "" : node.javaOpts());
        List<String> ours = new ArrayList<>();
        if (extra.stream().noneMatch(o -> o.startsWith("-Xmx"))) {
            ours.add(DomainSettings.HEAP);
        }
        String data = node.data().toAbsolutePath().normalize().toString();
        ours.add("-Dloopchain.config=" + node.config().toAbsolutePath().normalize());
        ours.add("-Dloopchain.data=" + data);
        ours.add("-Dderby.system.home=" + data);
        ours.add("-Dloopchain.node=" + node.name());
        if (extra.stream().noneMatch(o -> o.startsWith("-Dderby.storage.pageCacheSize="))) {
            ours.add("-Dderby.storage.pageCacheSize=" + DERBY_PAGE_CACHE);
        }
        if (node.jitDirectives() != null) {
            ours.add("-XX:+UnlockDiagnosticVMOptions");
            ours.add(DomainSettings.JIT_DIRECTIVES_OPTION);
        }
        ours.addAll(extra);
        return ours;
    }

    static void setJvmOptions(Path domainDir, DomainXml domain, Element server, Node node) {
        Path record = domainDir.resolve("config").resolve(RECORD);
        try {
            Set<String> previous = new HashSet<>();
            if (Files.exists(record)) {
                Files.readAllLines(record).stream().filter(l -> !l.isBlank()).forEach(previous::add);
            }
            if (node.jitDirectives() != null) {
                Files.copy(node.jitDirectives(), domainDir.resolve("config").resolve(DomainSettings.JIT_DIRECTIVES_NAME),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            List<String> ours = jvmOptions(node);
            Element java = javaConfig(server);
            for (Element opt : DomainXml.children(java, "jvm-options")) {
                String text = opt.getTextContent();
                if (previous.contains(text) || MANAGED.stream().anyMatch(text::startsWith)) {
                    java.removeChild(opt);
                }
            }
            for (String text : ours) {
                Element el = domain.document().createElement("jvm-options");
                el.setTextContent(text);
                java.appendChild(el);
            }
            Files.write(record, ours);
        } catch (IOException e) {
            throw new CliException("cannot write " + record + ": " + e.getMessage());
        }
    }

    /**
     * The &lt;resource-adapter-config&gt; of artemis-rar (what {@code asadmin create-resource-adapter-config}
     * writes, read at start: no asadmin client, no redeploy of the RAR) pointing the RA at the broker,
     * with MinLargeMessageSize above the largest loopchain message, logging in as the node
     * ({@link BrokerCredentials}): the MDBs' subscriptions and the publisher take the RA's login.
     */
    static void setResourceAdapter(DomainXml domain, String host, int port, BrokerCredentials login) {
        Element resources = DomainXml.child(domain.root(), "resources")
                .orElseThrow(() -> new CliException("domain.xml: no <resources>"));
        Element rac = DomainXml.child(resources, "resource-adapter-config", "resource-adapter-name", RA).orElseGet(() -> {
            Element created = domain.document().createElement("resource-adapter-config");
            created.setAttribute("resource-adapter-name", RA);
            resources.insertBefore(created, resources.getFirstChild());
            return created;
        });
        while (rac.getFirstChild() != null) {
            rac.removeChild(rac.getFirstChild());
        }
        String[][] props = {
            {"ConnectorClassName", "org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory"},
            {"ConnectionParameters", raParameters(host, port)},
            {"MinLargeMessageSize", Integer.toString(MIN_LARGE_MESSAGE_SIZE)},
            {"UserName", login.user()},
            {"Password", login.password()}};
        for (String[] p : props) {
            Element prop = domain.document().createElement("property");
            prop.setAttribute("name", p[0]);
            prop.setAttribute("value", p[1]);
            rac.appendChild(prop);
        }
        // the same login for the application's connection factory (JmsPublisher's definition names these
        // properties): system properties of the configuration, so no password is on the command line
        Element config = domain.config("server-config");
        for (String[] p : new String[][] {{"loopchain.broker.user", login.user()}, {"loopchain.broker.password", login.password()}}) {
            Element prop = DomainXml.child(config, "system-property", "name", p[0]).orElseGet(() -> {
                Element created = domain.document().createElement("system-property");
                created.setAttribute("name", p[0]);
                config.insertBefore(created, config.getFirstChild());
                return created;
            });
            prop.setAttribute("value", p[1]);
        }
    }

    public static String raParameters(String host, int port) {
        return "host=" + host + ";port=" + port;
    }

    static void rename(DomainXml domain, String name) {
        DomainXml.child(domain.root(), "nodes").ifPresent(nodes -> {
            for (Element n : DomainXml.children(nodes, "node")) {
                if (n.getAttribute("name").startsWith("localhost-")) {
                    n.setAttribute("name", "localhost-" + name);
                }
            }
        });
        DomainXml.child(domain.root(), "property", "name", "administrative.domain.name")
                .ifPresent(p -> p.setAttribute("value", name));
    }
}
