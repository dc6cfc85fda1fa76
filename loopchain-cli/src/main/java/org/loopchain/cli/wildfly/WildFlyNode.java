package org.loopchain.cli.wildfly;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.loopchain.cli.CliException;
import org.loopchain.cli.broker.BrokerCredentials;
import org.loopchain.cli.domain.DeployPlan;
import org.loopchain.cli.domain.NodePorts;
import org.loopchain.cli.node.ChannelFilter;

/**
 * One node on WildFly, from the same PORT_PEER / PORT_RADIOSTATION as a Payara domain and on the same
 * ports: REST (Undertow's http listener) at +1900, the management interface (deployments, health,
 * shutdown) where a domain has its admin listener, https and IIOP where a domain has them. The node's
 * base directory ({@code jboss.server.base.dir}) keeps what the launcher reads back later in
 * {@value #INFO_FILE}.
 *
 * @param dir    the node's base directory
 * @param name   the node's name (also its transaction node id)
 * @param role   peer or rs
 * @param ports  its ports
 * @param host   the address of its public interface (REST, https, IIOP; NODE_HOST); management stays on loopback
 * @param config its node config file
 * @param data   its data directory (Derby, SCOREs)
 * @param brokerHost the Artemis host
 * @param broker the Artemis port
 */
public record WildFlyNode(Path dir, String name, String role, NodePorts ports, String host, Path config, Path data, String brokerHost,
        int broker) {
    public static final String INFO_FILE = "loopchain-node.properties";
    /** The node's broker login, beside {@link #INFO_FILE}. */
    public static final String BROKER_LOGIN_FILE = "broker-login.properties";
    public static final String EAR_NAME = "loopchain.ear";
    static final int TXN_RECOVERY = NodePorts.OPENMQ;
    static final int TXN_STATUS = NodePorts.OSGI_SHELL;
    static final int AJP = NodePorts.DEBUGGER;
    static final int MANAGEMENT_HTTPS = NodePorts.HAZELCAST_DAS;

    /** The system properties that make the template's configuration this node (node-server.cli names them). */
    public List<String> systemProperties() {
        List<String> out = new ArrayList<>(List.of(
                "-Djboss.server.base.dir=" + dir,
                "-Djboss.tx.node.id=" + name,
                "-Djboss.bind.address=" + host,
                "-Djboss.http.port=" + ports.rest(),
                "-Dloopchain.port.management=" + ports.at(NodePorts.ADMIN),
                "-Dloopchain.port.management-https=" + ports.at(MANAGEMENT_HTTPS),
                "-Dloopchain.port.https=" + ports.at(NodePorts.HTTPS),
                "-Dloopchain.port.iiop=" + ports.at(NodePorts.IIOP),
                "-Dloopchain.port.iiop-ssl=" + ports.at(NodePorts.IIOP_SSL),
                "-Dloopchain.port.txn-recovery=" + ports.at(TXN_RECOVERY),
                "-Dloopchain.port.txn-status=" + ports.at(TXN_STATUS),
                "-Dloopchain.port.ajp=" + ports.at(AJP),
                "-Dloopchain.broker.host=" + brokerHost,
                "-Dloopchain.broker.port=" + broker,
                "-Dloopchain.config=" + config,
                "-Dloopchain.data=" + data,
                "-Dderby.system.home=" + data,
                "-Dloopchain.node=" + name,
                "-Dloopchain.role=" + role));
        out.addAll(ChannelFilter.systemProperties(config, host + ":" + (ports.rest() - NodePorts.REST_OFFSET), "peer".equals(role)));
        return out;
    }

    /** What the launcher calls a node's ports, as for a Payara domain (JMX: WildFly serves it on the management port). */
    public Map<String, String> info() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("REST_HOST", host);
        out.put("REST_PORT", Integer.toString(ports.rest()));
        out.put("ADMIN_PORT", Integer.toString(ports.at(NodePorts.ADMIN)));
        out.put("HTTPS_PORT", Integer.toString(ports.at(NodePorts.HTTPS)));
        out.put("IIOP_PORT", ports.at(NodePorts.IIOP) + "," + ports.at(NodePorts.IIOP_SSL));
        out.put("JMX_PORT", Integer.toString(ports.at(NodePorts.ADMIN)));
        out.put("NODE_CONFIG", config.toString());
        return out;
    }

    /** Whether the deployment scanner's copy of the EAR is missing or not the bytes of EAR. */
    public boolean needsEar(Path ear) {
        Path deployed = dir.resolve("deployments").resolve(EAR_NAME);
        return !Files.isRegularFile(deployed) || !DeployPlan.sha256(deployed).equals(DeployPlan.sha256(ear));
    }

    public void save() {
        Properties p = new Properties();
        p.putAll(info());
        try (Writer w = Files.newBufferedWriter(dir.resolve(INFO_FILE))) {
            p.store(w, "written by ./loopchain (loopchain-cli wildfly-prepare) for node " + name);
        } catch (IOException e) {
            throw new CliException("cannot write " + dir.resolve(INFO_FILE) + ": " + e.getMessage());
        }
        saveBrokerLogin();
    }

    /**
     * The node's login at the broker ({@link BrokerCredentials}) as the system properties
     * {@code loopchain.broker.user} and {@code .password} that node-server.cli's connection factory names,
     * in {@link #BROKER_LOGIN_FILE} (rw-------), which the launcher hands to standalone.sh with {@code -P}:
     * so the password is on no command line.
     */
    private void saveBrokerLogin() {
        BrokerCredentials login = BrokerCredentials.of(config);
        Properties p = new Properties();
        p.setProperty("loopchain.broker.user", login.user());
        p.setProperty("loopchain.broker.password", login.password());
        Path file = dir.resolve(BROKER_LOGIN_FILE);
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer w = Files.newBufferedWriter(file)) {
                p.store(w, "the broker login of node " + name + " (./loopchain)");
            }
        } catch (IOException e) {
            throw new CliException("cannot write " + file + ": " + e.getMessage());
        }
    }

    /** Whether DIR is a WildFly node's base directory (it has the file {@link #save} writes). */
    public static boolean isNode(Path dir) {
        return Files.isRegularFile(dir.resolve(INFO_FILE));
    }

    /** The ports and config {@link #save} wrote into DIR. */
    public static Map<String, String> info(Path dir) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve(INFO_FILE))) {
            p.load(r);
        } catch (IOException e) {
            throw new CliException("cannot read " + dir.resolve(INFO_FILE) + ": " + e.getMessage());
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put("REST_HOST", p.getProperty("REST_HOST", "127.0.0.1"));
        for (String key : List.of("REST_PORT", "ADMIN_PORT", "HTTPS_PORT", "IIOP_PORT", "JMX_PORT", "NODE_CONFIG")) {
            out.put(key, p.getProperty(key, ""));
        }
        return out;
    }
}
