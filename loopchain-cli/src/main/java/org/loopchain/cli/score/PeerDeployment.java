package org.loopchain.cli.score;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.loopchain.cli.domain.Applications;
import org.loopchain.cli.domain.DomainXml;
import org.loopchain.cli.wildfly.WildFlyNode;

/**
 * A SCORE application deployed to, or undeployed from, one peer's server; {@link #deploy} and
 * {@link #undeploy} answer the one line {@code ./loopchain score} prints for the peer, and whether it
 * worked. Payara: {@code asadmin deploy --force=true --upload=true --name ID} (the upload is what puts
 * the archive in the domain's {@code applications/__internal}, where the node reads it). WildFly: the
 * node's deployment scanner folder, then the scanner's marker.
 *
 * @param name      the peer
 * @param dir       its domain (Payara) or base directory (WildFly)
 * @param adminPort its admin (Payara) port
 * @param asadmin   Payara's asadmin
 * @param log       where asadmin's words go (the peer's asadmin log)
 * @param work      the work dir (paths are shown relative to it)
 */
record PeerDeployment(String name, Path dir, int adminPort, String asadmin, Path log, Path work) {
    /** WildFly deploys a SCORE within seconds; a loaded 2-core box can take a minute. */
    static final int WILDFLY_TIMEOUT_SECONDS = 120;
    private static final List<String> SUFFIXES = List.of("", ".deployed", ".failed", ".undeployed", ".isdeploying", ".pending");

    /** The outcome on this peer: the line to print, and whether it worked. */
    record Outcome(String line, boolean ok) {
    }

    boolean wildfly() {
        return WildFlyNode.isNode(dir);
    }

    /** Whether the peer holds SCORE ID (Payara: an application of its domain; WildFly: an archive of its scanner folder). */
    boolean has(String id) {
        return wildfly() ? wildflyArchive(id).isPresent() : Applications.has(DomainXml.load(dir), id);
    }

    Outcome deploy(String id, Path archive) throws InterruptedException {
        long t0 = System.nanoTime();
        if (wildfly()) {
            return wildflyDeploy(id, archive, t0);
        }
        Outcome run = asadmin(List.of("deploy", "--force=true", "--upload=true", "--name", id, archive.toString()));
        if (!run.ok()) {
            return run;
        }
        String kept = "applications/__internal/" + id;
        try (Stream<Path> files = Files.list(dir.resolve(kept))) {
            kept = files.findFirst().map(this::shown).orElse(kept);
        } catch (IOException e) {
            // the line names the folder
        }
        return done("deployed " + id + " in " + seconds(t0) + " s: " + kept);
    }

    Outcome undeploy(String id) throws InterruptedException {
        long t0 = System.nanoTime();
        if (wildfly()) {
            return wildflyUndeploy(id, t0);
        }
        Outcome run = asadmin(List.of("undeploy", id));
        return run.ok() ? done("undeployed " + id + " in " + seconds(t0) + " s") : run;
    }

    private Outcome asadmin(List<String> args) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of(asadmin, "--host", "127.0.0.1", "--port", Integer.toString(adminPort)));
        command.addAll(args);
        String output;
        int status;
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close(); // nothing to read: a prompt would end at once
            output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            status = p.waitFor();
        } catch (IOException e) {
            return failed(asadmin + " did not run: " + e.getMessage());
        }
        append("\n$ asadmin --port " + adminPort + " " + String.join(" ", args) + "\n" + output + (output.endsWith("\n") ? "" : "\n"));
        if (status != 0) {
            String first = output.lines().filter(l -> !l.isBlank() && !l.matches("^Command .* failed.*")).findFirst().orElse("exit " + status);
            return failed(first + " (log: " + log + ")");
        }
        return new Outcome("", true);
    }

    /** Copied under a name the scanner ignores, then renamed: the scanner never sees half an archive. */
    private Outcome wildflyDeploy(String id, Path archive, long t0) throws InterruptedException {
        Path folder = dir.resolve(ScoreListing.WILDFLY_DEPLOYMENTS);
        String file = archive.getFileName().toString();
        Path target = folder.resolve(id + file.substring(file.lastIndexOf('.')));
        try {
            for (String ext : List.of(".war", ".jar")) {
                for (String suffix : SUFFIXES) {
                    Files.deleteIfExists(folder.resolve(id + ext + suffix));
                }
            }
            Path part = folder.resolve("." + id + ".part");
            Files.copy(archive, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            return failed("cannot copy " + archive + " into " + folder + ": " + e.getMessage());
        }
        Optional<String> marker = awaitMarker(target, List.of("deployed", "failed"));
        if (marker.isEmpty()) {
            return failed("no deploy marker for " + shown(target) + " within " + WILDFLY_TIMEOUT_SECONDS + " s (log: "
                    + dir.resolve("log/server.log") + ")");
        }
        if (marker.get().equals("failed")) {
            return failed(head(target.resolveSibling(target.getFileName() + ".failed")));
        }
        return done("deployed " + id + " in " + seconds(t0) + " s: " + shown(target));
    }

    private Outcome wildflyUndeploy(String id, long t0) throws InterruptedException {
        Optional<Path> archive = wildflyArchive(id);
        if (archive.isEmpty()) {
            return done(id + " is not deployed");
        }
        try {
            Files.deleteIfExists(archive.get());
        } catch (IOException e) {
            return failed("cannot remove " + archive.get() + ": " + e.getMessage());
        }
        if (awaitMarker(archive.get(), List.of("undeployed")).isEmpty()) {
            return failed("no undeploy marker for " + shown(archive.get()) + " within " + WILDFLY_TIMEOUT_SECONDS + " s (log: "
                    + dir.resolve("log/server.log") + ")");
        }
        try {
            Files.deleteIfExists(archive.get().resolveSibling(archive.get().getFileName() + ".undeployed"));
        } catch (IOException e) {
            // a marker left behind is harmless
        }
        return done("undeployed " + id + " in " + seconds(t0) + " s");
    }

    private Optional<Path> wildflyArchive(String id) {
        Path folder = dir.resolve(ScoreListing.WILDFLY_DEPLOYMENTS);
        return Stream.of(".war", ".jar").map(ext -> folder.resolve(id + ext)).filter(Files::isRegularFile).findFirst();
    }

    private static Optional<String> awaitMarker(Path archive, List<String> markers) throws InterruptedException {
        for (int i = 0; i < 2 * WILDFLY_TIMEOUT_SECONDS; i++) {
            for (String marker : markers) {
                if (Files.exists(archive.resolveSibling(archive.getFileName() + "." + marker))) {
                    return Optional.of(marker);
                }
            }
            Thread.sleep(500);
        }
        return Optional.empty();
    }

    private static String head(Path file) {
        try {
            String text = Files.readString(file);
            return text.length() > 500 ? text.substring(0, 500) : text;
        } catch (IOException e) {
            return "deployment failed (" + file + " unreadable: " + e.getMessage() + ")";
        }
    }

    private String shown(Path path) {
        return path.startsWith(work) ? work.relativize(path).toString() : path.toString();
    }

    private Outcome done(String what) {
        return new Outcome(String.format("%-8s %s", name, what), true);
    }

    private Outcome failed(String why) {
        return new Outcome(String.format("%-8s FAILED: %s", name, why), false);
    }

    private static long seconds(long t0) {
        return (System.nanoTime() - t0) / 1_000_000_000L;
    }

    private void append(String text) {
        try {
            Files.writeString(log, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the log is a help, not a requirement
        }
    }
}
