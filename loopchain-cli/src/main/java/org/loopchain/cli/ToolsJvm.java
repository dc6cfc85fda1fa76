package org.loopchain.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A JVM on code this module does not hold (the SCORE engine's CheckMain, loopchain-tools' mains), with
 * C1 only and Serial GC: each lives a second or two.
 *
 * @param classpath its class path (the launcher builds it)
 * @param out       where its output goes when it is not captured
 */
public record ToolsJvm(String classpath, PrintStream out) {
    private static final List<String> LIGHT_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /** The core's secp256k1 by BouncyCastle: a short-lived JVM does not load the native library. */
    public static final String BOUNCYCASTLE = "-Dloopchain.secp256k1=bouncycastle";

    /** How it ended, and what it said when captured. */
    public record Run(int status, String output) {
    }

    /** How the JVM's streams are joined to ours. */
    public enum Io {
        /** Its output and errors together, returned; no input. */
        CAPTURE,
        /** Its output to {@link #out} as it comes, its errors to ours (without the secp256k1 library's notices); no input. */
        SHOW,
        /** As {@link #SHOW}, and our input is its input (a tool that reads a document from stdin). */
        SHOW_WITH_INPUT
    }

    public Run run(List<String> properties, String main, List<String> args, Io io) throws InterruptedException {
        if (classpath.isEmpty()) {
            throw new CliException("no class path for " + main + " (the launcher builds it)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LIGHT_JVM);
        command.addAll(properties);
        command.addAll(List.of("-cp", classpath, main));
        command.addAll(args);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(io == Io.CAPTURE);
            if (io == Io.SHOW_WITH_INPUT) {
                builder.redirectInput(ProcessBuilder.Redirect.INHERIT);
            }
            Process p = builder.start();
            if (io != Io.SHOW_WITH_INPUT) {
                p.getOutputStream().close(); // nothing to read: a prompt would end at once
            }
            if (io == Io.CAPTURE) {
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
            throw new CliException("cannot run " + main + ": " + e.getMessage());
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
