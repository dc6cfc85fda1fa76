package org.loopchain.cli.wildfly;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.loopchain.cli.Args;
import org.loopchain.cli.CliException;
import org.loopchain.cli.Command;
import org.loopchain.cli.Shell;
import org.loopchain.cli.domain.NodePorts;
import org.loopchain.cli.knobs.Knobs;
import org.loopchain.cli.network.Hosts;
import org.loopchain.cli.node.NodeCommands;

/** The commands about a node on WildFly. */
public final class WildFlyCommands {

    private WildFlyCommands() {
    }

    public static void register(Map<String, Command> c) {
        c.put("wildfly-prepare", WildFlyCommands::prepare);
    }

    /**
     * What the launcher needs to start a WildFly node (or, with --inspect, to check a running one): its
     * ports from its config, written into the node's base directory, the system properties that make the
     * shared configuration this node (WF_OPTS), the EAR it deploys (WF_EAR: loopchain.ear itself, the same
     * bytes as a Payara node's) and whether it needs copying to its deployments (DEPLOY_EAR), as assignments for bash.
     */
    static int prepare(Args a, PrintStream out, PrintStream err) {
        Path dir = Path.of(a.required("dir"));
        String name = a.required("name");
        String role = a.optional("role", "peer");
        Path config = Path.of(a.required("config"));
        NodePorts ports = NodeCommands.readPorts(config, role, a.optional("default-port", ""));
        WildFlyNode node = new WildFlyNode(dir, name, role, ports, NodeCommands.readHost(config), config, Path.of(a.required("data")),
                Knobs.host("--broker-host", a.optional("broker-host", Hosts.LOOPBACK)), a.requiredInt("broker-port"));
        if (Boolean.parseBoolean(a.optional("inspect", "false"))) {
            Map<String, String> running = WildFlyNode.isNode(dir) ? WildFlyNode.info(dir) : Map.of("REST_HOST", "", "REST_PORT", "");
            if (!running.get("REST_PORT").equals(Integer.toString(ports.rest())) || !running.get("REST_HOST").equals(node.host())) {
                throw new CliException(name + " is running with REST on " + running.get("REST_HOST") + ":" + running.get("REST_PORT")
                        + " but " + config + " asks for NODE_HOST " + node.host() + " and " + NodePorts.key(role) + " "
                        + (ports.rest() - NodePorts.REST_OFFSET) + ": run ./loopchain down first");
            }
        } else {
            node.save();
        }
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("NODE_PORT", Integer.toString(ports.rest() - NodePorts.REST_OFFSET));
        vars.putAll(node.info());
        vars.put("WF_OPTS", String.join(" ", node.systemProperties()));
        Path ear = Path.of(a.required("ear"));
        vars.put("WF_EAR", ear.toString());
        vars.put("DEPLOY_EAR", node.needsEar(ear) ? "1" : "0");
        out.println(Shell.assignments(vars));
        return 0;
    }
}
