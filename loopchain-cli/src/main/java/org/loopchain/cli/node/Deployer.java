package org.loopchain.cli.node;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.loopchain.cli.CliException;
import org.loopchain.cli.domain.DeployPlan;
import org.loopchain.cli.json.Json;

/**
 * Deploys an archive through the DAS's own command endpoint (/__asadmin/deploy, what the asadmin client
 * talks to, without a client JVM of ~2 CPU-s, and without the admin REST API, whose first request
 * costs the DAS ~1.5 CPU-s of Jersey start-up); the DAS reads the archive from its path. On success
 * the domain's stamp for the application records the archive.
 */
public final class Deployer {
    static final int RETRIES = 12;
    static final long RETRY_PAUSE_MILLIS = 5000;
    private static final String NO_ANSWER = "the DAS did not answer: ";

    private Deployer() {
    }

    /** The command report's message and whether it says SUCCESS (the first JSON object; a stack trace may follow). */
    public record Report(boolean success, String message) {
        public static Report of(String answer) {
            try {
                if (Json.parsePrefix(answer.strip()) instanceof Map<?, ?> m) {
                    return new Report("SUCCESS".equals(m.get("exit_code")), m.get("name") == null ? "" : String.valueOf(m.get("name")));
                }
            } catch (IllegalArgumentException e) {
                // not a report: the text itself says what went wrong
            }
            return new Report(false, answer.length() > 2000 ? answer.substring(0, 2000) : answer);
        }
    }

    /**
     * True while the domain is still loading (its previous copy, or its command runner), or when it
     * dropped the connection, as a DAS does while its start-up command runner hands over: deploy
     * again (the deploy is forced, so a second one replaces whatever the first did).
     */
    static boolean busy(String answer) {
        return answer.contains("is already in use") || answer.contains("cannot process this command at this time")
                || answer.startsWith(NO_ANSWER);
    }

    public static void deploy(int adminPort, String app, Path archive, Path domainDir, Path log)
            throws InterruptedException {
        deploy(adminPort, app, archive, domainDir, log, RETRY_PAUSE_MILLIS);
    }

    static void deploy(int adminPort, String app, Path archive, Path domainDir, Path log, long pauseMillis)
            throws InterruptedException {
        String url = "http://127.0.0.1:" + adminPort + "/__asadmin/deploy?DEFAULT=" + enc(archive.toString()) + "&name="
                + enc(app) + "&force=true&enabled=true";
        append(log, "\n$ deploy --name " + app + " --force=true " + archive + " (admin :" + adminPort + "/__asadmin)\n");
        String answer = request(url);
        append(log, answer + "\n");
        for (int tries = 1; busy(answer) && tries <= RETRIES; tries++) {
            Thread.sleep(pauseMillis);
            append(log, "\n$ deploy again (" + tries + ")\n");
            answer = request(url);
            append(log, answer + "\n");
        }
        Report report = Report.of(answer);
        if (!report.success()) {
            String lines = report.message().lines().filter(l -> !l.isBlank()).limit(20).map(l -> "    | " + l + "\n")
                    .reduce("", String::concat);
            throw new CliException(lines + "loopchain: deploying " + archive + " to " + domainDir.getFileName()
                    + " failed (log: " + log + ", " + domainDir.resolve("logs/server.log") + ")");
        }
        Path stamp = DeployPlan.stamp(domainDir, app);
        try {
            Files.createDirectories(stamp.getParent());
            Files.writeString(stamp, DeployPlan.archiveId(archive) + "\n");
        } catch (IOException e) {
            throw new CliException("cannot write " + stamp + ": " + e.getMessage());
        }
    }

    /** Each attempt on a new connection: the DAS may have closed the one an earlier attempt left open. */
    private static String request(String url) throws InterruptedException {
        try {
            return Http.postOnNewConnection(url, 600);
        } catch (IOException e) {
            return NO_ANSWER + e;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void append(Path log, String text) {
        try {
            Files.writeString(log, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the log is a help, not a requirement
        }
    }
}
