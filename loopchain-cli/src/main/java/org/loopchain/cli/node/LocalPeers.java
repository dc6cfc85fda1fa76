package org.loopchain.cli.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.loopchain.cli.Args;
import org.loopchain.cli.CliException;
import org.loopchain.cli.wildfly.WildFlyNode;

/**
 * The peers of a work dir: each peer node's directory (a Payara domain or a WildFly base directory
 * the launcher made, role peer) and which of them run (the launcher knows their PIDs).
 *
 * @param domains the work dir's domains directory
 * @param running the names of the peers that run
 */
public record LocalPeers(Path domains, Set<String> running) {

    /** From the launcher's {@code --domains DIR --running NAME,NAME...}. */
    public static LocalPeers of(Args a) {
        String names = a.optional("running", "");
        return new LocalPeers(Path.of(a.required("domains")), names.isEmpty() ? Set.of() : Set.of(names.split(",")));
    }

    /** The peer nodes, running or not, by name in name order. */
    public Map<String, Path> all() {
        Map<String, Path> out = new LinkedHashMap<>();
        if (!Files.isDirectory(domains)) {
            return out;
        }
        try (Stream<Path> dirs = Files.list(domains)) {
            dirs.filter(d -> Files.isRegularFile(d.resolve("config/domain.xml")) || WildFlyNode.isNode(d))
                    .filter(d -> "peer".equals(NodeCommands.role(d))).sorted()
                    .forEach(d -> out.put(d.getFileName().toString(), d));
        } catch (IOException e) {
            throw new CliException("cannot list " + domains + ": " + e.getMessage());
        }
        return out;
    }

    public boolean runs(String name) {
        return running.contains(name);
    }

    /** The first running peer; a command that talks to the network stops without one. */
    public RunningPeer first() {
        Map<String, Path> peers = all();
        Optional<String> name = peers.keySet().stream().filter(this::runs).findFirst();
        if (name.isEmpty()) {
            throw new CliException("no peer is running (./loopchain up)");
        }
        Map<String, String> info = NodeCommands.info(peers.get(name.get()));
        return new RunningPeer(name.get(), info.get("REST_HOST"), info.get("REST_PORT"));
    }

    /** A running peer and where its REST API is. */
    public record RunningPeer(String name, String host, String port) {
        public String address() {
            return host + ":" + port;
        }
    }
}
