package org.loopchain.cli.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.loopchain.cli.CliException;
import org.loopchain.cli.json.Json;

/**
 * {@link NetworkControl} through the launcher: {@code ./loopchain pid NAME} finds a node's server
 * (the PID the launcher recorded, checked against the process's command line), {@code ./loopchain up}
 * starts what is down, {@code ./loopchain peer -o FILE -n NAME} one peer, {@code ./loopchain broker restart}
 * restarts the broker; the launcher's output goes to a log file. Signals go to the PID the launcher
 * named, and only to it.
 */
final class LauncherControl implements NetworkControl {
    private static final long LAUNCHER_TIMEOUT_MINUTES = 10;

    private final Path launcher;
    private final Path log;
    private final Path confDir;
    private final Map<String, Long> paused = new ConcurrentHashMap<>();

    /** @param confDir the nodes' config files ({@code NAME.json}), for the restarts with test keys; null: none */
    LauncherControl(Path launcher, Path log, Path confDir) {
        this.launcher = launcher;
        this.log = log;
        this.confDir = confDir;
    }

    @Override
    public boolean kill(String node) {
        long pid = pid(node);
        if (pid <= 0) {
            return false;
        }
        ProcessHandle.of(pid).ifPresent(p -> {
            p.destroyForcibly(); // SIGKILL on Linux
            p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        });
        paused.remove(node);
        return true;
    }

    @Override
    public boolean pause(String node) {
        long pid = pid(node);
        if (pid <= 0) {
            return false;
        }
        signal("-STOP", pid);
        paused.put(node, pid);
        return true;
    }

    @Override
    public void resume(String node) {
        Long pid = paused.remove(node);
        if (pid != null) {
            signal("-CONT", pid);
        }
    }

    @Override
    public void restartBroker() {
        launch("broker", "restart");
    }

    @Override
    public void startStopped() {
        launch("up");
    }

    /**
     * Starts only this peer again ({@code ./loopchain peer -o conf/NODE.json -n NODE}): a peer another fault of the
     * episode killed stays down until the episode heals.
     */
    @Override
    public void restartWith(String node, Map<String, Object> testKeys) {
        kill(node);
        writeTestKeys(node, testKeys);
        startOne(node);
    }

    private void startOne(String node) {
        launch("peer", "-o", confDir.resolve(node + ".json").toString(), "-n", node);
    }

    /**
     * Takes every test key out of the peers' config files (after a run, whatever happened), and restarts each peer whose
     * file still held some: a run that ended inside a byzantine or skew fault leaves no peer running in a test mode.
     */
    void clearTestKeys(List<String> peers) {
        if (confDir == null) {
            return;
        }
        for (String peer : peers) {
            if (writeTestKeys(peer, Map.of())) {
                kill(peer);
                startOne(peer);
            }
        }
    }

    /** Writes the node's config file without test keys, then with {@code testKeys}; true when that changed the file. */
    private boolean writeTestKeys(String node, Map<String, Object> testKeys) {
        if (confDir == null) {
            throw new CliException("chaos: no --conf directory: cannot restart " + node + " with test keys");
        }
        Path file = confDir.resolve(node + ".json");
        if (!(Json.read(file) instanceof Map<?, ?> config)) {
            throw new CliException("chaos: " + file + " holds no JSON object");
        }
        Map<String, Object> changed = TestModes.applied(config, testKeys);
        if (changed.equals(config)) {
            return false;
        }
        Json.write(file, changed);
        return true;
    }

    /** The PID of the node's server, or -1 when it does not run. */
    long pid(String node) {
        String[] lines = launch("pid", node).strip().split("\n"); // the launcher may say first that it builds its CLI
        String last = lines[lines.length - 1].strip();
        return last.matches("[0-9]+") ? Long.parseLong(last) : -1;
    }

    private static void signal(String signal, long pid) {
        run(List.of("kill", signal, String.valueOf(pid)), null);
    }

    /** Runs the launcher with ARGS (its stderr to the log) and returns what it printed on stdout. */
    private String launch(String... args) {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return run(command, log);
    }

    private static String run(List<String> command, Path log) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command);
            if (log != null) {
                Files.createDirectories(log.getParent());
                pb.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
            }
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(LAUNCHER_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new CliException(String.join(" ", command) + " did not finish in " + LAUNCHER_TIMEOUT_MINUTES + " minutes");
            }
            if (p.exitValue() != 0) {
                throw new CliException(String.join(" ", command) + " exited with " + p.exitValue()
                        + (log == null ? "" : " (log: " + log + ")"));
            }
            if (log != null && !out.isEmpty()) {
                Files.writeString(log, out, StandardOpenOption.APPEND, StandardOpenOption.CREATE);
            }
            return out;
        } catch (IOException e) {
            throw new CliException("cannot run " + String.join(" ", command) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted while running " + String.join(" ", command));
        }
    }
}
