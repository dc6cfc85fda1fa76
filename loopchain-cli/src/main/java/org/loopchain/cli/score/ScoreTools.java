package org.loopchain.cli.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.loopchain.cli.CliException;

/**
 * The two JVMs {@code ./loopchain score} runs on code this module does not hold: the SCORE engine's
 * {@code CheckMain} (is the archive deterministic, and fit for the channel?) and loopchain-tools'
 * {@code ScoreConfigMain} (sign a SCORE configuration with the operator key and submit it to a peer,
 * waiting for its commit). Both with C1 only and Serial GC: each lives a second or two.
 *
 * @param checkClasspath the engine, the SDK, ASM and bcprov (the launcher's score_check_classpath)
 * @param toolsClasspath loopchain-tools, the core and their libraries (the launcher's tools_classpath)
 * @param operatorKey    the operator key file (made on first use)
 * @param commitTimeout  seconds a submission waits for its commit
 * @param out            where the check's remarks and the submission's progress go
 */
record ScoreTools(String checkClasspath, String toolsClasspath, Path operatorKey, String commitTimeout, PrintStream out) {
    private static final List<String> LIGHT_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** Runs CheckMain on ARCHIVE for CHANNEL: its remarks indented; a rejection stops the command, naming its problems. */
    void check(Path archive, String channel) throws InterruptedException {
        Run run = java(checkClasspath, List.of(), "org.loopchain.score.engine.CheckMain", List.of(archive.toString(), channel), true);
        if (run.status() != 0) {
            StringBuilder problems = new StringBuilder();
            run.output().lines().forEach(l -> problems.append("    | ").append(l).append('\n'));
            throw new CliException(problems + "loopchain: score: " + archive.getFileName() + " is rejected for channel " + channel
                    + " (CheckMain exit " + run.status() + "); nothing was deployed");
        }
        run.output().lines().forEach(l -> out.println("    " + l));
    }

    /** The signed change through the peer at HOST:PORT, waiting for its commit; a refusal (said by the tool) stops the command. */
    void submit(String peer, String channel, String type, String id, String version, String sha256, String params, String owner)
            throws InterruptedException {
        List<String> args = List.of("submit", operatorKey.toString(), peer, channel, type, id, version, sha256, params, owner, commitTimeout);
        Run run = java(toolsClasspath, List.of("-Dloopchain.secp256k1=bouncycastle"), "org.loopchain.tools.ScoreConfigMain", args, false);
        if (run.status() != 0) {
            throw new CliException("", 1);
        }
    }

    private record Run(int status, String output) {
    }

    /**
     * Runs MAIN on CLASSPATH. Captured: its output and errors together, returned. Otherwise its output
     * goes to {@link #out} as it comes and its errors to ours, without the secp256k1 library's notices.
     */
    private Run java(String classpath, List<String> properties, String main, List<String> args, boolean capture)
            throws InterruptedException {
        if (classpath.isEmpty()) {
            throw new CliException("score: no class path for " + main + " (the launcher builds it)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LIGHT_JVM);
        command.addAll(properties);
        command.addAll(List.of("-cp", classpath, main));
        command.addAll(args);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(capture).start();
            p.getOutputStream().close(); // nothing to read: a prompt would end at once
            if (capture) {
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                return new Run(p.waitFor(), output);
            }
            Thread errors = new Thread(() -> copy(p, true));
            errors.start();
            copy(p, false);
            int status = p.waitFor();
            errors.join();
            return new Run(status, "");
        } catch (IOException e) {
            throw new CliException("score: cannot run " + main + ": " + e.getMessage());
        }
    }

    private void copy(Process p, boolean errors) {
        PrintStream to = errors ? System.err : out;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(errors ? p.getErrorStream() : p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!errors || !line.startsWith("INFO: secp256k1") && !line.endsWith("Libsecp256k1 load")) {
                    to.println(line);
                    to.flush();
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }
}
