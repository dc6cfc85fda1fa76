package org.loopchain.cli.network;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.loopchain.cli.broker.BrokerCredentials;
import org.loopchain.cli.json.Json;

/**
 * Writes the node config files of a local network in its conf dir, each only when it does not exist:
 * a kept file is left as it is, with a warning where it disagrees with the knobs.
 *
 * @param confDir    the work dir's conf dir
 * @param channel    the default channel
 * @param portPeer0  PORT_PEER of peer0; peer i has +100*i
 * @param peers      how many peers; 1 is a standalone peer (no Radio Station, no channel file)
 * @param brokerPort the broker's port
 * @param portRs     the Radio Station's PORT_RADIOSTATION
 * @param operator   the SCORE operator's base64 public key, or empty
 * @param pkiDir     the network's PKI ({@code pki network} made it), or null for a network without
 *                   certificates: then the channel trusts the root CA and organisation {@code org}'s,
 *                   the Radio Station admits by certificate ({@code ENABLE_CHANNEL_AUTH}), and peer i
 *                   presents {@code nodes/peer<i>/chain.pem} and signs with the {@code node.key} beside it
 * @param org        the organisation of the network's peers
 * @param issuer     the OpenID Connect issuer whose tokens the nodes' audit API accepts ({@code AUDIT_OIDC_ISSUER}),
 *                   or empty for the nodes' default
 * @param consoleSecret   the console client's secret at that issuer ({@code CONSOLE_OIDC_CLIENT_SECRET}), or empty
 * @param consoleAdminKey the admin key file the peers' consoles sign validator changes with
 *                        ({@code CONSOLE_ADMIN_KEY_PATH}), or empty
 * @param hosts      the addresses of the broker, the Radio Station and each peer (BROKER_HOST,
 *                   NODE_HOST, RADIOSTATION_HOST and peer_target, written into every file so that a node
 *                   started alone from its file, {@code ./loopchain peer -o FILE}, binds and finds them)
 */
public record NetworkConfigs(Path confDir, String channel, int portPeer0, int peers, int brokerPort, int portRs,
        String operator, Path pkiDir, String org, String issuer, String consoleSecret, String consoleAdminKey, Hosts hosts) {
    public static final String CHANNEL_FILE = "channel_manage_data.json";
    public static final String RS_NAME = "rs";
    /** The demo network's second channel: the last peer is its audit peer. */
    public static final String AUDITED_CHANNEL = "kofia_1";

    /** A network without certificates. */
    public NetworkConfigs(Path confDir, String channel, int portPeer0, int peers, int brokerPort, int portRs, String operator) {
        this(confDir, channel, portPeer0, peers, brokerPort, portRs, operator, null, "", "", "", "", Hosts.LOCAL);
    }

    /** A network whose nodes keep their default token issuer. */
    public NetworkConfigs(Path confDir, String channel, int portPeer0, int peers, int brokerPort, int portRs, String operator,
                          Path pkiDir, String org) {
        this(confDir, channel, portPeer0, peers, brokerPort, portRs, operator, pkiDir, org, "", "", "", Hosts.LOCAL);
    }

    /** A network whose nodes accept tokens of {@code issuer} and have no console sign-in. */
    public NetworkConfigs(Path confDir, String channel, int portPeer0, int peers, int brokerPort, int portRs, String operator,
                          Path pkiDir, String org, String issuer) {
        this(confDir, channel, portPeer0, peers, brokerPort, portRs, operator, pkiDir, org, issuer, "", "", Hosts.LOCAL);
    }

    /**
     * The console's settings of a node: the client secret and (on a peer) the admin key. A kept file
     * that has none of its own gets them too, so that an earlier work dir's nodes can sign in.
     */
    private void console(Path file, Map<String, Object> c, boolean peer, boolean kept, PrintStream notes) {
        boolean added = false;
        if (!consoleSecret.isEmpty() && !c.containsKey("CONSOLE_OIDC_CLIENT_SECRET")) {
            c.put("CONSOLE_OIDC_CLIENT_SECRET", consoleSecret);
            added = true;
        }
        if (peer && !consoleAdminKey.isEmpty() && !c.containsKey("CONSOLE_ADMIN_KEY_PATH")) {
            c.put("CONSOLE_ADMIN_KEY_PATH", consoleAdminKey);
            added = true;
        }
        if (kept && added) {
            Json.write(file, c);
            notes.println("    " + file + ": added the console's settings (CONSOLE_OIDC_CLIENT_SECRET"
                    + (peer && !consoleAdminKey.isEmpty() ? ", CONSOLE_ADMIN_KEY_PATH" : "") + ")");
        }
    }

    private boolean certified() {
        return pkiDir != null && peers > 1;
    }

    private String pki(String relative) {
        return pkiDir.resolve(relative).toAbsolutePath().normalize().toString();
    }

    /** Every file of the network: the channel's and the RS's (2+ peers), then peer0..peer(N-1). */
    public void writeAll(PrintStream warnings) {
        if (peers > 1) {
            channel(warnings);
            BrokerCredentials.of(radioStation(warnings)); // each node's broker login beside its file: a copied node takes it along
        }
        for (int i = 0; i < peers; i++) {
            BrokerCredentials.of(peer("peer" + i, portPeer0 + 100 * i, hosts.peer(i), warnings));
        }
    }

    Path channelFile() {
        return confDir.resolve(CHANNEL_FILE).toAbsolutePath();
    }

    /** The file of a peer on HOST:PORT: in a network it knows the Radio Station and the channel file. */
    public Path peer(String name, int port, String host, PrintStream warnings) {
        Path file = confDir.resolve(name + ".json");
        if (!Files.exists(file)) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("PORT_PEER", (long) port);
            c.put("NODE_HOST", host);
            c.put("LOOPCHAIN_DEFAULT_CHANNEL", channel);
            c.put("BROKER_HOST", hosts.broker());
            c.put("BROKER_PORT", (long) brokerPort);
            if (peers > 1) {
                c.put("RADIOSTATION_HOST", hosts.rs());
                c.put("PORT_RADIOSTATION", (long) portRs);
                c.put("CHANNEL_MANAGE_DATA_PATH", channelFile().toString());
            }
            if (certified()) {
                c.put("PEER_CERTIFICATE_PATH", pki("nodes/" + name + "/chain.pem"));
            }
            if (!issuer.isEmpty()) {
                c.put("AUDIT_OIDC_ISSUER", issuer);
            }
            console(file, c, true, false, warnings);
            Json.write(file, c);
            return file;
        }
        Map<?, ?> have = object(file);
        console(file, writable(have), true, true, warnings);
        if (!String.valueOf(port).equals(text(have.get("PORT_PEER")))) {
            warnings.println(warning(file + " keeps PORT_PEER " + text(have.get("PORT_PEER"))
                    + " (LOOPCHAIN_PORT_PEER asks for " + port + "; delete the file to regenerate it)"));
        }
        Object broker = have.get("BROKER_PORT");
        if (broker != null && !String.valueOf(brokerPort).equals(text(broker))) {
            warnings.println(warning(file + " says BROKER_PORT " + text(broker) + ", the broker runs on " + brokerPort));
        }
        disagrees(file, have, "BROKER_HOST", hosts.broker(), "the broker runs on", warnings);
        disagrees(file, have, "NODE_HOST", host, "LOOPCHAIN_PEER_HOSTS asks for", warnings);
        if (peers > 1) {
            disagrees(file, have, "RADIOSTATION_HOST", hosts.rs(), "the Radio Station runs on", warnings);
        }
        if (peers > 1 && !String.valueOf(portRs).equals(text(have.get("PORT_RADIOSTATION")))) {
            warnings.println(warning(file + " says PORT_RADIOSTATION '" + text(have.get("PORT_RADIOSTATION"))
                    + "', the Radio Station runs on " + portRs
                    + " (a file from a LOOPCHAIN_PEERS=1 run? delete it to regenerate it)"));
        }
        return file;
    }

    public Path radioStation(PrintStream warnings) {
        Path file = confDir.resolve(RS_NAME + ".json");
        if (!Files.exists(file)) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("NODE_ROLE", "radiostation");
            c.put("PORT_RADIOSTATION", (long) portRs);
            c.put("NODE_HOST", hosts.rs());
            c.put("CHANNEL_MANAGE_DATA_PATH", channelFile().toString());
            c.put("LOOPCHAIN_DEFAULT_CHANNEL", channel);
            c.put("BROKER_HOST", hosts.broker());
            c.put("BROKER_PORT", (long) brokerPort);
            if (certified()) {
                c.put("ENABLE_CHANNEL_AUTH", true);
            }
            if (!issuer.isEmpty()) {
                c.put("AUDIT_OIDC_ISSUER", issuer);
            }
            console(file, c, false, false, warnings);
            Json.write(file, c);
            return file;
        }
        console(file, writable(object(file)), false, true, warnings);
        disagrees(file, object(file), "NODE_HOST", hosts.rs(), "LOOPCHAIN_RS_HOST asks for", warnings);
        Object have = object(file).get("PORT_RADIOSTATION");
        if (have != null && !String.valueOf(portRs).equals(text(have))) {
            warnings.println(warning(file + " keeps PORT_RADIOSTATION " + text(have) + " (LOOPCHAIN_PORT_PEER asks for "
                    + portRs + "; delete the file to regenerate it)"));
        }
        return file;
    }

    /**
     * What channel_manage_data.json says for this network: the default channel, validated by every
     * peer, and {@link #AUDITED_CHANNEL}, validated by all but the last peer, which is its audit peer;
     * each with its own SCORE package, this work dir's operator and (with a PKI) its trusted CAs.
     */
    Map<String, Object> wantedChannels() {
        Map<String, Object> wanted = new LinkedHashMap<>();
        wanted.put(channel, channelEntry("loopchain/default", peers));
        if (!channel.equals(AUDITED_CHANNEL)) {
            wanted.put(AUDITED_CHANNEL, channelEntry("kofia/default", peers - 1));
        }
        return wanted;
    }

    /** A channel whose first {@code validators} peers validate and whose other peers audit. */
    private Map<String, Object> channelEntry(String scorePackage, int validators) {
        Map<String, Object> ch = new LinkedHashMap<>();
        ch.put("score_package", scorePackage);
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < peers; i++) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("peer_target", hosts.target(i, portPeer0 + 100 * i));
            if (i < validators) {
                p.put("weight", 1L);
            } else {
                p.put("role", "audit");
            }
            list.add(p);
        }
        ch.put("peers", list);
        if (!operator.isEmpty()) {
            ch.put("operators", List.of(operator));
        }
        if (certified()) {
            ch.put("trusted_cas", List.of(pki("ca/ca.crt"), pki("orgs/" + org + "/ca.crt")));
            ch.put("crls", List.of(pki("ca/crl.pem"), pki("orgs/" + org + "/crl.pem")));
        }
        return ch;
    }

    /**
     * channel_manage_data.json, written unless it exists. A kept file keeps its genesis pin
     * (score_package); one that lists no operators gets this work dir's operator added.
     */
    @SuppressWarnings("unchecked")
    public void channel(PrintStream warnings) {
        Path file = channelFile();
        Map<String, Object> wanted = wantedChannels();
        if (!Files.exists(file)) {
            Json.write(file, wanted);
            return;
        }
        Map<String, Object> have = (Map<String, Object>) object(file);
        for (Map.Entry<String, Object> e : have.entrySet()) {
            if (!(e.getValue() instanceof Map) || !wanted.containsKey(e.getKey())) {
                continue;
            }
            Map<String, Object> chHave = (Map<String, Object>) e.getValue();
            Map<String, Object> chWanted = (Map<String, Object>) wanted.get(e.getKey());
            if (chHave.containsKey("score_package")) {
                chWanted.put("score_package", chHave.get("score_package")); // the genesis pin stays as it was
            }
            if (!operator.isEmpty() && !chHave.containsKey("operators")) {
                chHave.put("operators", List.of(operator));
                Json.write(file, have);
                warnings.println("loopchain: " + file + ": channel " + e.getKey() + ": added this work dir's SCORE operator");
            }
        }
        if (!Objects.equals(Json.write(have), Json.write(wanted))) {
            warnings.println(warning(file + " is kept as it is; it differs from the " + peers + " peers on " + portPeer0
                    + "+100*i of channels " + String.join(", ", wanted.keySet()) + " (delete it to regenerate it)"));
        }
    }

    /** A warning when a kept file's KEY (unset: 127.0.0.1) is not WANTED. */
    private static void disagrees(Path file, Map<?, ?> have, String key, String wanted, String why, PrintStream warnings) {
        Object v = have.get(key);
        if (!wanted.equals(v == null ? Hosts.LOOPBACK : text(v))) {
            warnings.println(warning(file + " says " + key + " " + (v == null ? "(unset: " + Hosts.LOOPBACK + ")" : text(v))
                    + ", " + why + " " + wanted));
        }
    }

    /** A copy of a kept file's object to add settings to, in its own order. */
    private static Map<String, Object> writable(Map<?, ?> have) {
        Map<String, Object> c = new LinkedHashMap<>();
        have.forEach((k, v) -> c.put(String.valueOf(k), v));
        return c;
    }

    private static Map<?, ?> object(Path file) {
        Object o = Json.read(file);
        if (!(o instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(file + ": not a JSON object");
        }
        return m;
    }

    /** A JSON value as the launcher prints it: nothing for null. */
    public static String text(Object v) {
        return v == null ? "" : String.valueOf(v);
    }

    static String warning(String s) {
        return "loopchain: warning: " + s;
    }
}
