package org.loopchain.cli.broker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.loopchain.cli.CliException;
import org.loopchain.cli.json.Json;
import org.loopchain.cli.node.ChannelFilter;
import org.loopchain.cli.node.NodeCommands;

/**
 * The broker's logins and permissions for a work dir's nodes (an Artemis instance's {@code etc/}):
 * <ul>
 * <li>no anonymous client: {@code login.config} has the properties login module only;</li>
 * <li>each node a user ({@link BrokerCredentials}) with role {@code node}: it may subscribe, consume
 * and send on every address;</li>
 * <li>except a channel's addresses ({@code loopchain.<channel>.#}): only the channel's members
 * (role {@code ch.<channel>}: the Radio Station and the peers that serve it) may send there or
 * create them, so a node outside a channel cannot inject anything into it.</li>
 * </ul>
 * What a node outside a channel can read is limited by its subscriptions' selectors
 * ({@code Topics.ON_NODE_CHANNELS}), not by the broker: every node subscribes to the one wildcard
 * address, which Artemis checks as a whole. Users and roles of nodes seen earlier are kept, so a node
 * started later with a file of its own ({@code peer -o}) is added without dropping the others.
 */
public final class BrokerSecurity {

    static final String NODE_ROLE = "node";
    /** The role of a node whose channels cannot be read here (its channel file is not on this host): it may send on any channel. */
    static final String ALL_CHANNELS_ROLE = "channels-all";
    static final String CHANNEL_ROLE = "ch.";
    static final Pattern SETTINGS = Pattern.compile("<security-settings>.*?</security-settings>", Pattern.DOTALL);
    private static final String LOGIN_CONFIG = """
            activemq {
               org.apache.activemq.artemis.spi.core.security.jaas.PropertiesLoginModule required
                   debug=false
                   reload=true
                   org.apache.activemq.jaas.properties.user="artemis-users.properties"
                   org.apache.activemq.jaas.properties.role="artemis-roles.properties";
            };
            """;

    /** One node: its login and the channels it may send on (empty: it could not be told, so all). */
    record NodeLogin(BrokerCredentials credentials, List<String> channels) {
    }

    private BrokerSecurity() {
    }

    /** Writes the logins of the nodes of {@code confDir}'s config files and of {@code extra} into the instance at {@code brokerDir}. */
    public static void write(Path brokerDir, Path confDir, List<Path> extra) {
        List<NodeLogin> nodes = new ArrayList<>();
        for (Path config : configs(confDir, extra)) {
            nodes.add(login(config));
        }
        Path etc = brokerDir.resolve("etc");
        try {
            Map<String, String> users = properties(etc.resolve("artemis-users.properties"));
            Map<String, Set<String>> roles = new TreeMap<>();
            properties(etc.resolve("artemis-roles.properties")).forEach((role, list) -> roles.put(role, members(list)));
            for (NodeLogin n : nodes) {
                String user = n.credentials().user();
                users.put(user, n.credentials().password());
                roles.values().forEach(members -> members.remove(user));
                for (String role : roles(n)) {
                    roles.computeIfAbsent(role, r -> new TreeSet<>()).add(user);
                }
            }
            roles.values().removeIf(Set::isEmpty);
            writeProperties(etc.resolve("artemis-users.properties"), users);
            Files.setPosixFilePermissions(etc.resolve("artemis-users.properties"), PosixFilePermissions.fromString("rw-------"));
            Map<String, String> roleLines = new LinkedHashMap<>();
            roles.forEach((role, members) -> roleLines.put(role, String.join(",", members)));
            writeProperties(etc.resolve("artemis-roles.properties"), roleLines);
            Files.writeString(etc.resolve("login.config"), LOGIN_CONFIG, StandardCharsets.UTF_8);
            Path xml = etc.resolve("broker.xml");
            List<String> channels = roles.keySet().stream().filter(r -> r.startsWith(CHANNEL_ROLE))
                    .map(r -> r.substring(CHANNEL_ROLE.length())).toList();
            Files.writeString(xml, withSettings(Files.readString(xml, StandardCharsets.UTF_8), channels, xml.toString()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("cannot write the broker's logins in " + etc + ": " + e.getMessage());
        }
    }

    /** The node config files of {@code confDir} (a JSON object naming PORT_PEER or NODE_ROLE radiostation) and {@code extra}. */
    static List<Path> configs(Path confDir, List<Path> extra) {
        Set<Path> out = new TreeSet<>();
        if (Files.isDirectory(confDir)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(confDir, "*.json")) {
                for (Path f : files) {
                    if (Json.read(f) instanceof Map<?, ?> m && (m.containsKey("PORT_PEER") || "radiostation".equals(m.get("NODE_ROLE")))) {
                        out.add(f.toAbsolutePath());
                    }
                }
            } catch (IOException e) {
                throw new CliException("cannot list " + confDir + ": " + e.getMessage());
            }
        }
        extra.forEach(p -> out.add(p.toAbsolutePath()));
        return List.copyOf(out);
    }

    static NodeLogin login(Path config) {
        Map<?, ?> m = Json.read(config) instanceof Map<?, ?> map ? map : Map.of();
        List<String> channels;
        if ("radiostation".equals(m.get("NODE_ROLE"))) {
            channels = ChannelFilter.defined(config);
        } else {
            String target = NodeCommands.readHost(config) + ":" + m.get("PORT_PEER");
            channels = ChannelFilter.served(config, target);
        }
        return new NodeLogin(BrokerCredentials.of(config), channels);
    }

    private static List<String> roles(NodeLogin n) {
        List<String> out = new ArrayList<>(List.of(NODE_ROLE));
        if (n.channels().isEmpty()) {
            out.add(ALL_CHANNELS_ROLE);
        }
        n.channels().forEach(c -> out.add(CHANNEL_ROLE + c));
        return out;
    }

    /** {@code xml} with its security settings for these channels (see the class comment). */
    static String withSettings(String xml, List<String> channels, String what) {
        Matcher m = SETTINGS.matcher(xml);
        if (!m.find()) {
            throw new CliException(what + ": no <security-settings>");
        }
        StringBuilder s = new StringBuilder("<security-settings>\n");
        s.append(setting("#", "amq," + NODE_ROLE));
        for (String channel : channels) {
            s.append(setting("loopchain." + channel + ".#", "amq," + ALL_CHANNELS_ROLE + "," + CHANNEL_ROLE + channel));
        }
        s.append("      </security-settings>");
        return xml.substring(0, m.start()) + s + xml.substring(m.end());
    }

    private static String setting(String match, String senders) {
        String all = "amq," + NODE_ROLE;
        StringBuilder s = new StringBuilder("         <security-setting match=\"" + match + "\">\n");
        for (String type : List.of("createNonDurableQueue", "deleteNonDurableQueue", "createDurableQueue", "deleteDurableQueue",
                "consume", "browse")) {
            s.append(permission(type, all));
        }
        s.append(permission("createAddress", senders)).append(permission("send", senders));
        s.append(permission("deleteAddress", "amq")).append(permission("manage", "amq"));
        return s.append("         </security-setting>\n").toString();
    }

    private static String permission(String type, String roles) {
        return "            <permission type=\"" + type + "\" roles=\"" + roles + "\"/>\n";
    }

    private static Set<String> members(String list) {
        Set<String> out = new TreeSet<>();
        for (String u : list.split(",")) {
            if (!u.isBlank()) {
                out.add(u.strip());
            }
        }
        return out;
    }

    /** KEY = VALUE lines, in order; comments and blank lines skipped. */
    static Map<String, String> properties(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.strip();
            int eq = l.indexOf('=');
            if (!l.isEmpty() && !l.startsWith("#") && eq > 0) {
                out.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
            }
        }
        return out;
    }

    private static void writeProperties(Path file, Map<String, String> values) throws IOException {
        StringBuilder s = new StringBuilder("# written by ./loopchain (loopchain-cli's BrokerSecurity)\n");
        values.forEach((k, v) -> s.append(k).append(" = ").append(v).append('\n'));
        Files.writeString(file, s, StandardCharsets.UTF_8);
    }
}
