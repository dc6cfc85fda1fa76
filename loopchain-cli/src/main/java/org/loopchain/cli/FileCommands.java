package org.loopchain.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.loopchain.cli.broker.BrokerSecurity;
import org.loopchain.cli.broker.BrokerXml;
import org.loopchain.cli.domain.AsadminScript;
import org.loopchain.cli.json.Json;
import org.loopchain.cli.knobs.Knobs;
import org.loopchain.cli.knobs.PomProperties;
import org.loopchain.cli.network.Hosts;
import org.loopchain.cli.network.NetworkConfigs;
import org.loopchain.cli.score.ScoreListing;
import org.loopchain.cli.score.ScoreManifest;

/** The commands that read and write files only: knobs, JSON, the network's configs, broker.xml, archives. */
final class FileCommands {
    private FileCommands() {
    }

    static void register(Map<String, Command> c) {
        c.put("env", FileCommands::env);
        c.put("knobs-help", (a, out, err) -> {
            out.print(Knobs.help(Knobs.resolve(System.getenv(), a.required("repo"), Path.of("").toAbsolutePath())));
            return 0;
        });
        c.put("json-get", (a, out, err) -> {
            Object o = Json.read(Path.of(a.positional(0, "FILE")));
            out.println(NetworkConfigs.text(o instanceof Map<?, ?> m ? m.get(a.positional(1, "KEY")) : null));
            return 0;
        });
        c.put("json-set-int", FileCommands::jsonSetInt);
        c.put("network-configs", (a, out, err) -> {
            new NetworkConfigs(Path.of(a.required("conf-dir")), a.required("channel"), a.requiredInt("port0"),
                    a.requiredInt("peers"), a.requiredInt("broker-port"), a.requiredInt("port-rs"),
                    a.optional("operator", ""), a.optional("pki", "").isEmpty() ? null : Path.of(a.optional("pki", "")),
                    a.optional("org", "demo"), a.optional("oidc-issuer", ""), secret(a.optional("console-secret-file", "")),
                    a.optional("console-admin-key", ""),
                    hosts(a)).writeAll(err);
            return 0;
        });
        c.put("broker-xml", (a, out, err) -> {
            BrokerXml.configure(Path.of(a.positional(0, "BROKER_XML")), Knobs.host("HOST", a.positional(2, "HOST")),
                    Integer.parseInt(a.positional(1, "PORT")));
            return 0;
        });
        c.put("broker-security", (a, out, err) -> {
            List<Path> extra = new ArrayList<>();
            for (int i = 2; i < a.positional().size(); i++) {
                extra.add(Path.of(a.positional().get(i)));
            }
            BrokerSecurity.write(Path.of(a.positional(0, "BROKER_DIR")), Path.of(a.positional(1, "CONF_DIR")), extra);
            return 0;
        });
        c.put("broker-port", (a, out, err) -> {
            Path f = Path.of(a.positional(0, "BROKER_XML"));
            int port = Files.exists(f) ? BrokerXml.port(Files.readString(f)) : -1;
            out.println(port > 0 ? Integer.toString(port) : "");
            return 0;
        });
        c.put("broker-host", (a, out, err) -> {
            Path f = Path.of(a.positional(0, "BROKER_XML"));
            out.println(Files.exists(f) ? BrokerXml.host(Files.readString(f)) : "");
            return 0;
        });
        c.put("domain-asadmin", FileCommands::domainAsadmin);
        c.put("score-manifest", (a, out, err) -> {
            ScoreManifest m = ScoreManifest.read(Path.of(a.positional(0, "ARCHIVE")));
            out.println(m.id() + " " + m.version() + " " + m.sha256());
            return 0;
        });
        c.put("score-list-domain", (a, out, err) -> {
            ScoreListing.domain(Path.of(a.positional(0, "DOMAIN_DIR")), a.positional(1, "NAME"), a.positional(2, "STATE"), out);
            return 0;
        });
        c.put("score-pins", (a, out, err) -> ScoreListing.pins(a.positional(0, "REST_URL"),
                a.positional(1, "CHANNEL"), a.positional(2, "NAME"), out) ? 0 : 1);
        c.put("ear-lib", FileCommands::earLib);
    }

    /** The knobs, validated, and the pom's versions: NAME='value' lines for bash's eval. */
    static int env(Args a, PrintStream out, PrintStream err) {
        String repo = a.required("repo");
        Map<String, String> values = new LinkedHashMap<>(Knobs.resolve(System.getenv(), repo, Path.of("").toAbsolutePath()));
        values.putAll(PomProperties.versions(Path.of(repo, "pom.xml")));
        values.forEach((k, v) -> out.println(k + "=" + Shell.quote(v)));
        return 0;
    }

    /** Copies FILE to OUT with KEY set to the number VALUE (a node run on another port than its file says). */
    @SuppressWarnings("unchecked")
    /** The first line of a secret file ({@code keycloak/console.secret}); empty when none is named. */
    static String secret(String file) {
        if (file.isEmpty()) {
            return "";
        }
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            throw new CliException("cannot read the secret file " + file + ": " + e.getMessage());
        }
    }

    static int jsonSetInt(Args a, PrintStream out, PrintStream err) {
        Object o = Json.read(Path.of(a.positional(0, "FILE")));
        if (!(o instanceof Map)) {
            throw new CliException(a.positional(0, "FILE") + ": not a JSON object");
        }
        String[] kv = a.positional(2, "KEY=NUMBER").split("=", 2);
        ((Map<String, Object>) o).put(kv[0], Long.parseLong(kv[1]));
        Json.write(Path.of(a.positional(1, "OUT")), o);
        return 0;
    }

    /** Prints node-domain.asadmin; --check FILE: exit 1 unless FILE says the same. */
    static int domainAsadmin(Args a, PrintStream out, PrintStream err) throws IOException {
        String script = AsadminScript.generate();
        String check = a.optional("check", null);
        if (check == null) {
            out.print(script);
            return 0;
        }
        if (!Files.readString(Path.of(check)).equals(script)) {
            throw new CliException(check + " differs from DomainSettings (regenerate: ./loopchain domain-asadmin > " + check + ")");
        }
        return 0;
    }

    /** Extracts the EAR's lib/ jar whose name starts with PREFIX to OUT (bcprov for the core's tools). */
    static int earLib(Args a, PrintStream out, PrintStream err) throws IOException {
        Path ear = Path.of(a.positional(0, "EAR"));
        String prefix = "lib/" + a.positional(1, "PREFIX");
        Path target = Path.of(a.positional(2, "OUT"));
        try (ZipFile zip = new ZipFile(ear.toFile())) {
            ZipEntry entry = zip.stream().filter(e -> e.getName().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new CliException("no " + prefix + "* in " + ear));
            Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return 0;
    }

    /** --broker-host, --rs-host and --peer-hosts (space- or comma-separated), each 127.0.0.1 when not given. */
    static Hosts hosts(Args a) {
        String peers = a.optional("peer-hosts", "").strip();
        List<String> list = new ArrayList<>();
        for (String h : peers.isEmpty() ? new String[0] : peers.split("[\\s,]+")) {
            list.add(Knobs.host("--peer-hosts", h));
        }
        return new Hosts(Knobs.host("--broker-host", a.optional("broker-host", Hosts.LOOPBACK)),
                Knobs.host("--rs-host", a.optional("rs-host", Hosts.LOOPBACK)), list);
    }
}
