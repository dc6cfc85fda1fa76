package org.loopchain.cli.score;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.loopchain.cli.domain.Applications;
import org.loopchain.cli.domain.DeployPlan;
import org.loopchain.cli.domain.DomainXml;
import org.loopchain.cli.json.Json;
import org.loopchain.cli.node.Http;

/** {@code ./loopchain score list}: the SCOREs a peer domain holds, and a channel's pin history. */
public final class ScoreListing {
    private ScoreListing() {
    }

    /** A WildFly node's deployment scanner folder: the node's EAR and the SCORE archives ({@link PeerDeployment}). */
    static final String WILDFLY_DEPLOYMENTS = "deployments";

    /**
     * The SCOREs of a WildFly node: each {@code .war} or {@code .jar} of its deployment scanner folder with the Score-Id and
     * Score-Version of its manifest, and what the scanner's marker says (deployed, failed, or pending: no marker yet).
     */
    static void archives(Path dir, String name, String state, PrintStream out) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> in = Files.list(dir)) {
                in.filter(f -> f.toString().endsWith(".war") || f.toString().endsWith(".jar")).filter(Files::isRegularFile)
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (files.isEmpty()) {
            out.printf("    %-8s (%s) no SCORE deployed%n", name, state);
        }
        for (Path f : files) {
            String id = "-";
            String version = "-";
            try (JarFile jar = new JarFile(f.toFile())) {
                Manifest mf = jar.getManifest();
                if (mf != null) {
                    id = Objects.requireNonNullElse(mf.getMainAttributes().getValue("Score-Id"), "-");
                    version = Objects.requireNonNullElse(mf.getMainAttributes().getValue("Score-Version"), "-");
                }
            } catch (IOException e) {
                // shown as "-"
            }
            String file = f.getFileName().toString();
            out.printf("    %-8s (%s) %s: Score-Id %s, Score-Version %s sha256 %s… %s%n", name, state, file.substring(0, file.lastIndexOf('.')),
                    id, version, DeployPlan.sha256(f).substring(0, 16), scannerState(f));
        }
    }

    private static String scannerState(Path archive) {
        for (String marker : List.of("deployed", "failed", "undeployed")) {
            if (Files.exists(archive.resolveSibling(archive.getFileName() + "." + marker))) {
                return marker;
            }
        }
        return "pending";
    }

    /** Every application of the domain but the node's own, with its manifest's id and version and the kept archive's hash. */
    public static void domain(Path domainDir, String name, String state, PrintStream out) {
        if (!Files.exists(domainDir.resolve("config/domain.xml"))) {
            archives(domainDir.resolve(WILDFLY_DEPLOYMENTS), name, state, out);
            return;
        }
        List<String> scores = Applications.names(DomainXml.load(domainDir)).stream()
                .filter(a -> !a.equals(DeployPlan.EAR) && !a.equals(DeployPlan.RAR)).toList();
        if (scores.isEmpty()) {
            out.printf("    %-8s (%s) no SCORE deployed%n", name, state);
        }
        for (String app : scores) {
            String id = "-";
            String version = "-";
            Path mf = domainDir.resolve("applications").resolve(app).resolve("META-INF/MANIFEST.MF");
            if (Files.exists(mf)) {
                try (InputStream in = Files.newInputStream(mf)) {
                    var a = new Manifest(in).getMainAttributes();
                    id = a.getValue("Score-Id") == null ? "-" : a.getValue("Score-Id");
                    version = a.getValue("Score-Version") == null ? "-" : a.getValue("Score-Version");
                } catch (IOException e) {
                    // shown as "-"
                }
            }
            String sha = "";
            Path kept = domainDir.resolve("applications/__internal").resolve(app);
            if (Files.isDirectory(kept)) {
                try (Stream<Path> files = Files.list(kept)) {
                    sha = files.sorted().findFirst().map(f -> "sha256 " + DeployPlan.sha256(f).substring(0, 16) + "…").orElse("");
                } catch (IOException e) {
                    // no hash shown
                }
            }
            out.printf("    %-8s (%s) %s: Score-Id %s, Score-Version %s %s%n", name, state, app, id, version, sha);
        }
    }

    /** The channel's genesis SCORE and its pins, as peer NAME at REST_BASE ({@code http://host:port}) sees them. */
    public static boolean pins(String restBase, String channel, String name, PrintStream out) {
        Map<?, ?> pins = Http.getObject(restBase + "/api/v1/scores?channel=" + channel, 10);
        if (pins == null) {
            return false;
        }
        out.printf("    channel %s (as %s sees it): genesis %s, %s change(s)%n", channel, name,
                Json.write(pins.get("genesis")).replaceAll("\\s*\\n\\s*", " "), pins.get("sequence"));
        if (pins.get("pins") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> p) {
                    String sha = String.valueOf(p.get("sha256") == null ? "" : p.get("sha256"));
                    String what = sha.isEmpty() ? "no SCORE"
                            : p.get("score_id") + " " + p.get("version") + " sha256 " + head(sha) + "…";
                    out.printf("      from height %s: %s (operator %s, tx %s…)%n", p.get("height"), what, p.get("operator"),
                            head(String.valueOf(p.get("tx_hash"))));
                }
            }
        }
        return true;
    }

    private static String head(String s) {
        return s.length() > 16 ? s.substring(0, 16) : s;
    }
}
