package org.loopchain.cli.node;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.loopchain.cli.Args;
import org.loopchain.cli.CliException;
import org.loopchain.cli.Command;
import org.loopchain.cli.Shell;
import org.loopchain.cli.domain.Applications;
import org.loopchain.cli.domain.DeployPlan;
import org.loopchain.cli.domain.DomainEditor;
import org.loopchain.cli.domain.DomainInfo;
import org.loopchain.cli.domain.DomainSettings;
import org.loopchain.cli.domain.DomainXml;
import org.loopchain.cli.domain.NodePorts;
import org.loopchain.cli.json.Json;
import org.loopchain.cli.knobs.Knobs;
import org.loopchain.cli.wildfly.WildFlyNode;

/** The commands about one node's domain, and about running nodes. */
public final class NodeCommands {
    static final String READY_RS_PATH = "/api/v1/conf";
    static final int DEFAULT_BROKER_PORT = 61616;

    private NodeCommands() {
    }

    public static void register(Map<String, Command> c) {
        c.put("node-prepare", NodeCommands::prepare);
        c.put("domain-info", (a, out, err) -> {
            out.println(Shell.assignments(info(Path.of(a.positional(0, "DOMAIN_DIR")))));
            return 0;
        });
        c.put("domain-has-app", (a, out, err) ->
                Applications.has(DomainXml.load(Path.of(a.positional(0, "DOMAIN_DIR"))), a.positional(1, "APP")) ? 0 : 1);
        c.put("same-height", NodeCommands::sameHeight);
        c.put("deploy", (a, out, err) -> {
            Deployer.deploy(a.requiredInt("admin-port"), a.required("app"), Path.of(a.required("archive")),
                    Path.of(a.required("domain")), Path.of(a.required("log")));
            return 0;
        });
        c.put("node-status", NodeCommands::status);
        c.put("local-address", (a, out, err) -> localAddress(Knobs.host("HOST", a.positional(0, "HOST"))) ? 0 : 1);
        c.put("endpoints", NodeCommands::endpoints);
    }

    /** The port a node's config file gives it (PORT_PEER or PORT_RADIOSTATION), else DEFAULT, checked. */
    public static NodePorts readPorts(Path config, String role, String fallback) {
        Object o = Json.read(config);
        String key = NodePorts.key(role);
        Object v = o instanceof Map<?, ?> m ? m.get(key) : null;
        String port = v == null ? fallback : String.valueOf(v);
        if (port == null || port.isEmpty()) {
            throw new CliException(config + " has no " + key);
        }
        if (!port.matches("[0-9]{1,6}")) {
            throw new CliException(config + ": " + key + " must be a port number, got '" + port + "'");
        }
        try {
            return NodePorts.of(role, Long.parseLong(port));
        } catch (CliException e) {
            throw new CliException(config + ": " + e.getMessage());
        }
    }

    /** The address a node's config file gives it (NODE_HOST, else 127.0.0.1), checked. */
    public static String readHost(Path config) {
        Object o = Json.read(config);
        Object v = o instanceof Map<?, ?> m ? m.get("NODE_HOST") : null;
        return v == null ? DomainSettings.LOOPBACK : Knobs.host(config + ": NODE_HOST", String.valueOf(v));
    }

    /**
     * Everything the launcher needs of a node before it starts (or, with --inspect, of a running one):
     * its port from its config, its domain configured (a stopped domain only), which archives need
     * deploying (and, stopped, those not to load at start: a deploy racing Payara's load of the old
     * copy fails), as NODE_PORT REST_PORT ... DEPLOY_RAR DEPLOY_EAR assignments.
     */
    static int prepare(Args a, PrintStream out, PrintStream err) {
        Path domainDir = Path.of(a.required("domain"));
        String name = a.required("name");
        String role = a.optional("role", "peer");
        Path config = Path.of(a.required("config"));
        NodePorts ports = readPorts(config, role, a.optional("default-port", ""));
        String host = readHost(config);
        int brokerPort = a.requiredInt("broker-port");
        String brokerHost = Knobs.host("--broker-host", a.optional("broker-host", DomainSettings.LOOPBACK));
        Path data = Path.of(a.required("data"));
        Path rar = Path.of(a.required("rar"));
        Path ear = Path.of(a.required("ear"));
        DomainXml domain = DomainXml.load(domainDir);
        boolean inspect = Boolean.parseBoolean(a.optional("inspect", "false"));
        if (inspect) {
            Map<String, String> running = DomainInfo.of(domain);
            if (!running.get("REST_PORT").equals(Integer.toString(ports.rest())) || !running.get("REST_HOST").equals(host)) {
                throw new CliException(name + " is running with REST on " + running.get("REST_HOST") + ":" + running.get("REST_PORT")
                        + " but " + config + " asks for NODE_HOST " + host + " and " + NodePorts.key(role) + " "
                        + (ports.rest() - NodePorts.REST_OFFSET) + ": run ./loopchain down first");
            }
            String ra = Applications.raParameters(domain, DeployPlan.RAR);
            boolean olderLauncher = ra.isEmpty() && brokerPort == DEFAULT_BROKER_PORT; // ra.xml's default
            if (!olderLauncher && !ra.equals(DomainEditor.raParameters(brokerHost, brokerPort))) {
                throw new CliException(name + " runs with its broker connection at '" + ra + "', not " + brokerHost + ":" + brokerPort
                        + ": ./loopchain down, then up");
            }
        } else {
            String jit = a.optional("jit", "");
            String filter = String.join(" ", ChannelFilter.systemProperties(config, host + ":" + (ports.rest() - NodePorts.REST_OFFSET),
                    "peer".equals(role)));
            DomainEditor.configure(domainDir, domain, new DomainEditor.Node(name, ports, host, config, data,
                    filter + " " + a.optional("java-opts", ""), brokerHost, brokerPort, jit.isEmpty() ? null : Path.of(jit))); // theirs win
        }
        boolean deployRar = DeployPlan.needs(domain, domainDir, DeployPlan.RAR, rar, data);
        boolean deployEar = deployRar || DeployPlan.needs(domain, domainDir, DeployPlan.EAR, ear, data);
        if (!inspect) {
            if (deployRar) {
                Applications.disable(domain, DeployPlan.RAR);
            }
            if (deployEar) {
                Applications.disable(domain, DeployPlan.EAR);
            }
            domain.save();
        }
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("NODE_PORT", Integer.toString(ports.rest() - NodePorts.REST_OFFSET));
        vars.putAll(DomainInfo.of(domain));
        vars.put("DEPLOY_RAR", deployRar ? "1" : "0");
        vars.put("DEPLOY_EAR", deployEar ? "1" : "0");
        out.println(Shell.assignments(vars));
        return 0;
    }

    static int sameHeight(Args a, PrintStream out, PrintStream err) throws InterruptedException {
        Map<String, String> peers = new LinkedHashMap<>();
        for (String dir : a.positional()) {
            Path d = Path.of(dir);
            peers.put(d.getFileName().toString(), restBase(info(d)));
        }
        if (peers.isEmpty()) {
            throw new CliException("same-height: no peer domains given", 2);
        }
        return SameHeight.overHttp(peers).await(a.requiredInt("timeout") * 1000L, 500, out, err) ? 0 : 1;
    }

    /** A node's ports and config: from its domain.xml (Payara) or what wildfly-prepare wrote (WildFly). */
    public static Map<String, String> info(Path nodeDir) {
        return WildFlyNode.isNode(nodeDir) ? WildFlyNode.info(nodeDir) : DomainInfo.of(DomainXml.load(nodeDir));
    }

    /** Whether HOST names an address of this machine (a loopback address, or one of its interfaces'). */
    static boolean localAddress(String host) {
        try {
            InetAddress address = InetAddress.getByName(host);
            return address.isLoopbackAddress() || address.isAnyLocalAddress() || NetworkInterface.getByInetAddress(address) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The base URL of a node's REST API from its {@link #info}: {@code http://REST_HOST:REST_PORT}. */
    public static String restBase(Map<String, String> info) {
        return "http://" + info.get("REST_HOST") + ":" + info.get("REST_PORT");
    }

    /** A domain's role as the launcher recorded it: {@code peer} or {@code rs}. */
    public static String role(Path domainDir) {
        try {
            Path f = domainDir.resolve("loopchain-role");
            return Files.exists(f) ? Files.readString(f).strip() : "peer";
        } catch (IOException e) {
            return "peer";
        }
    }

    /** One line of ./loopchain status: state, PID, ports, and the block height (or the RS's REST answer). */
    static int status(Args a, PrintStream out, PrintStream err) {
        Path dir = Path.of(a.required("domain"));
        String name = dir.getFileName().toString();
        String pid = a.optional("pid", "");
        Map<String, String> info = info(dir);
        String state = "stopped";
        String height = "";
        if (!pid.isEmpty() && Http.portOpen(Integer.parseInt(info.get("ADMIN_PORT")))) {
            state = "running";
            String rest = restBase(info);
            if ("rs".equals(role(dir))) {
                height = "radio station, REST " + Http.status(rest + READY_RS_PATH, 5) + " on " + READY_RS_PATH;
            } else {
                PeerStatus s = PeerStatus.fetch(rest);
                height = s.answered() ? "block_height " + s.height() + " " + s.shortHash(12) : "REST not answering";
            }
        } else if (!pid.isEmpty()) {
            state = "starting";
        }
        out.printf("%-8s %-8s pid %-7s REST %s/api/v1  admin :%s  https :%s  iiop :%s  jmx :%s  %s%n", name,
                state, pid.isEmpty() ? "-" : pid, restBase(info), info.get("ADMIN_PORT"), info.get("HTTPS_PORT"),
                info.get("IIOP_PORT"), info.get("JMX_PORT"), height);
        return 0;
    }

    static int endpoints(Args a, PrintStream out, PrintStream err) {
        for (String d : a.positional()) {
            Path dir = Path.of(d);
            Map<String, String> info = info(dir);
            out.printf("    %-8s REST %s/api/v1  admin http://127.0.0.1:%s  (%s)%n", dir.getFileName(),
                    restBase(info), info.get("ADMIN_PORT"), "rs".equals(role(dir)) ? "radio station" : "peer");
        }
        return 0;
    }
}
