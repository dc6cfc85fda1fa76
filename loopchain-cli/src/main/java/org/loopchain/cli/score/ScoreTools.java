package org.loopchain.cli.score;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.loopchain.cli.CliException;
import org.loopchain.cli.ToolsJvm;

/**
 * The two JVMs {@code ./loopchain score} runs: the SCORE engine's {@code CheckMain} (is the archive
 * deterministic, and fit for the channel?) and loopchain-tools' {@code ScoreConfigMain} (sign a SCORE
 * configuration with the operator key and submit it to a peer, waiting for its commit).
 *
 * @param checkClasspath the engine, the SDK, ASM and bcprov (the launcher's score_check_classpath)
 * @param toolsClasspath loopchain-tools, the core and their libraries (the launcher's tools_classpath)
 * @param operatorKey    the operator key file (made on first use)
 * @param commitTimeout  seconds a submission waits for its commit
 * @param out            where the check's remarks and the submission's progress go
 */
record ScoreTools(String checkClasspath, String toolsClasspath, Path operatorKey, String commitTimeout, PrintStream out) {

    /** Runs CheckMain on ARCHIVE for CHANNEL: its remarks indented; a rejection stops the command, naming its problems. */
    void check(Path archive, String channel) throws InterruptedException {
        ToolsJvm.Run run = new ToolsJvm(checkClasspath, out).run(List.of(), "org.loopchain.score.engine.CheckMain",
                List.of(archive.toString(), channel), ToolsJvm.Io.CAPTURE);
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
        ToolsJvm.Run run = new ToolsJvm(toolsClasspath, out).run(List.of(ToolsJvm.BOUNCYCASTLE), "org.loopchain.tools.ScoreConfigMain", args,
                ToolsJvm.Io.SHOW);
        if (run.status() != 0) {
            throw new CliException("", run.status());
        }
    }
}
