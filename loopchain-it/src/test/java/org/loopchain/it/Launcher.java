package org.loopchain.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the project's own launcher ({@code ./loopchain}) for the end-to-end tests, in a work dir of
 * its own and on ports apart from a developer's network, so the tests start the servers exactly as
 * a user does: the broker, the Radio Station and {@link #PEERS} peers.
 */
final class Launcher {

    /**
     * Peer i's PORT_PEER is this + 100·i. {@code -De2e.portPeer} (and {@code -De2e.brokerPort}) move the
     * network, e.g. to 8000, whose ports (8000-8386, REST 9900-10200, bases 30900-31386) meet neither
     * a developer's network (7100) nor the default test network (7150).
     */
    static final int PORT_PEER = Integer.getInteger("e2e.portPeer", 7150);
    static final int PEERS = 4;
    static final int BROKER_PORT = Integer.getInteger("e2e.brokerPort", 61666);
    /** The Radio Station's REST port: {@code PORT_PEER + 2 + 1900}, as the launcher places it. */
    static final int RS_REST_PORT = PORT_PEER + 2 + 1900;

    /** The launcher's line when it builds the EAR (server-config/src/main/launcher/dist.sh). */
    private static final String REBUILD_LINE = "==> building loopchain.ear";
    private static final boolean BUILT_BY_REACTOR = Boolean.getBoolean("e2e.builtByReactor");
    private static final String TEST_JAVA_OPTS = "-XX:TieredStopAtLevel=1";

    private final int peers;
    private final Path root = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
    private final Path work;
    /** What the launcher printed: {@code target/launcher.log}, or {@code launcher<suffix>.log} for a work dir with a suffix. */
    private final Path log;
    private final Map<String, String> env;

    /**
     * {@code peers} peers (with 1, {@code up} starts no Radio Station: the peer validates alone) in the
     * work dir {@code e2e.work} + SUFFIX, the launcher run with these extra
     * environment variables (e.g. LOOPCHAIN_SERVERS: a work dir whose nodes are on other servers).
     */
    Launcher(int peers, String suffix, Map<String, String> env) {
        this.peers = peers;
        this.work = Path.of(System.getProperty("e2e.work", "target/e2e-work") + suffix).toAbsolutePath();
        this.log = work.resolveSibling("launcher" + suffix + ".log");
        this.env = Map.copyOf(env);
    }

    /** The launcher's work dir (servers, data, logs of the test network). */
    Path work() {
        return work;
    }

    /** What the launcher printed in this work dir. */
    Path log() {
        return log;
    }

    /** The repository root (where {@code ./loopchain} is). */
    Path root() {
        return root;
    }

    /** REST port of peer {@code i}. */
    static int restPort(int i) {
        return PORT_PEER + 100 * i + 1900;
    }

    /**
     * Starts the network on a fresh chain: stops whatever runs in this work dir and drops its data
     * and generated configuration (the servers stay unpacked), so a test never starts from the state
     * an earlier run left (a second {@code mvn verify} without {@code clean} behaves as the first).
     */
    void upFresh() {
        upFresh(Map.of());
    }

    /** {@link #upFresh()} with these files (name → content) in the fresh conf dir, which the launcher then keeps. */
    void upFresh(Map<String, String> confFiles) {
        fresh(confFiles);
        run("up");
    }

    /**
     * What {@link #upFresh(Map)} does before {@code up}: whatever runs in this work dir stopped, its data
     * and generated configuration dropped, these files written into its conf dir.
     */
    void fresh(Map<String, String> confFiles) {
        run("down");
        for (String dir : List.of("data", "conf", "keycloak")) {
            deleteTree(work.resolve(dir));
        }
        try {
            for (Map.Entry<String, String> f : confFiles.entrySet()) {
                Files.createDirectories(work.resolve("conf"));
                Files.writeString(work.resolve("conf").resolve(f.getKey()), f.getValue());
            }
        } catch (IOException e) {
            throw new AssertionError("cannot write the test's configuration: " + e, e);
        }
    }

    /** A file of this work dir's conf dir. */
    Path conf(String name) {
        return work.resolve("conf").resolve(name);
    }

    /** The PID of a node's server process, as the launcher recorded it. */
    long pid(String node) throws IOException {
        return Long.parseLong(Files.readString(work.resolve("run").resolve(node + ".pid")).strip());
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot delete " + dir + ": " + e, e);
        }
    }

    /**
     * Runs {@code ./loopchain args...}; its output goes to {@link #log()}, next to the work dir.
     * Under Maven ({@code e2e.builtByReactor}) the reactor has just built the EAR, so an {@code up} that
     * builds it again fails the test: the launcher took something that is not a source for a change.
     */
    void run(String... args) {
        long before = log.toFile().length();
        int exit = exitCode(args);
        if (exit != 0) {
            throw new AssertionError("./loopchain " + String.join(" ", args) + " exited with " + exit
                    + "; its output ends with:\n" + logTail());
        }
        if (BUILT_BY_REACTOR && args.length > 0 && "up".equals(args[0]) && printedSince(log, before).contains(REBUILD_LINE)) {
            throw new AssertionError("./loopchain up rebuilt the EAR that the reactor had just built (see " + log + ")");
        }
    }

    private static String printedSince(Path log, long offset) {
        try {
            byte[] all = Files.readAllBytes(log);
            return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + log + ": " + e, e);
        }
    }

    /** The last lines of the launcher's output. */
    String logTail() {
        try {
            return tail(log, 25);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Runs {@code ./loopchain args...} and returns its exit code. */
    int exitCode(String... args) {
        ProcessBuilder pb = launcher(args).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return waitFor(pb, args);
    }

    /**
     * Runs {@code ./loopchain args...}, which must succeed, and returns what it printed on stdout (its
     * stderr goes to {@link #log()}).
     */
    String output(String... args) {
        Path out = Path.of(log.toString().replaceAll("\\.log$", ".out"));
        ProcessBuilder pb = launcher(args).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectOutput(out.toFile());
        int exit = waitFor(pb, args);
        try {
            String printed = Files.readString(out);
            if (exit != 0) {
                throw new AssertionError("./loopchain " + String.join(" ", args) + " exited with " + exit + "; it printed:\n" + printed
                        + "\nand its log ends with:\n" + logTail());
            }
            return printed;
        } catch (IOException e) {
            throw new AssertionError("cannot read " + out + ": " + e, e);
        }
    }

    private ProcessBuilder launcher(String... args) {
        List<String> command = new ArrayList<>(List.of(root.resolve("loopchain").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile());
        Map<String, String> env = pb.environment();
        env.put("LOOPCHAIN_WORK", work.toString());
        env.put("LOOPCHAIN_PORT_PEER", String.valueOf(PORT_PEER));
        env.put("LOOPCHAIN_BROKER_PORT", String.valueOf(BROKER_PORT));
        env.put("LOOPCHAIN_PEERS", String.valueOf(peers));
        env.put("LOOPCHAIN_KEYCLOAK", "off"); // only the audit tests need the identity provider: they turn it on
        // the test networks' servers with C1 only, as the Radio Station always runs: it cuts their start-up CPU, the
        // suite's largest cost on two cores; full JIT is for throughput, which no test measures (the bench does)
        env.putIfAbsent("LOOPCHAIN_JAVA_OPTS", TEST_JAVA_OPTS);
        env.putAll(this.env);
        return pb;
    }

    private int waitFor(ProcessBuilder pb, String... args) {
        try {
            Files.createDirectories(work.getParent());
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("./loopchain " + String.join(" ", args) + " did not finish in 10 minutes");
            }
            return p.exitValue();
        } catch (IOException e) {
            throw new AssertionError("cannot run ./loopchain: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String tail(Path file, int lines) throws IOException {
        List<String> all = Files.readAllLines(file);
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** kill -9 of a node's server process, by the PID the launcher recorded. */
    void killHard(String node) throws IOException, InterruptedException {
        long pid = pid(node);
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no process " + pid));
        new ProcessBuilder("kill", "-9", String.valueOf(pid)).inheritIO().start().waitFor();
        handle.onExit().join();
    }
}
