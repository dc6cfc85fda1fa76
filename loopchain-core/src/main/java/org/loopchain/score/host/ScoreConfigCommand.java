package org.loopchain.score.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.crypto.PeerKeyFile;
import org.loopchain.core.json.Json;

/**
 * The operator's side of a SCORE configuration, for the launcher ({@code ./loopchain score}):
 * <ul>
 * <li>{@code key FILE}: creates the operator key (PKCS#8 PEM, like a peer's) unless it exists and
 *     prints {@code <base64 public key> <hx address>};</li>
 * <li>{@code sign FILE}: reads an unsigned {@code score_config} object on standard input and prints
 *     the request body {@code {"score_config": {..., "operator", "signature"}}};</li>
 * <li>{@code submit FILE PORT CHANNEL TYPE ID VERSION SHA256 PARAMS OWNER TIMEOUT_S}: builds, signs and
 *     submits one change through the peer at {@code PORT} and waits for its commit
 *     ({@link ScoreConfigSubmission}); empty PARAMS/OWNER keep those of the pinned same id.</li>
 * </ul>
 * Exit 1 with a message on bad input, 2 on a usage error. {@link #run} takes the time and the waiting
 * from its caller, as the submission does: loopchain-tools' {@code ScoreConfigMain} gives it the wall
 * clock and a real sleep.
 */
public final class ScoreConfigCommand {

    private ScoreConfigCommand() {
    }

    /** Runs one command, its time the clock's and its waiting the sleeper's; returns the exit status. */
    public static int run(String[] args, Clock clock, Sleeper sleeper, InputStream in, PrintStream out, PrintStream err)
            throws IOException, InterruptedException {
        boolean submit = args.length == 11 && args[0].equals("submit");
        if (!submit && (args.length != 2 || !(args[0].equals("key") || args[0].equals("sign")))) {
            err.println("usage: ScoreConfigCommand key|sign OPERATOR_KEY_FILE  (sign reads the score_config JSON on stdin)\n"
                    + "       ScoreConfigCommand submit OPERATOR_KEY_FILE [HOST:]PORT CHANNEL TYPE ID VERSION SHA256 PARAMS OWNER TIMEOUT_S");
            return 2;
        }
        PeerKey key = PeerKeyFile.loadOrCreate(Path.of(args[1]), new SecureRandom());
        if (submit) {
            return submit(key, args, clock, sleeper, out, err);
        }
        if (args[0].equals("key")) {
            ScoreConfig probe = new ScoreConfig(ScoreConfig.UNDEPLOY, "c", "x", "", "", Map.of(), "", 0, key.publicKeyBase64(), "");
            out.println(key.publicKeyBase64() + " " + probe.operatorAddress());
            return 0;
        }
        try {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, Object> m = new LinkedHashMap<>();
            ((Map<?, ?>) Json.parse(text)).forEach((k, v) -> m.put((String) k, v));
            m.put("operator", key.publicKeyBase64());
            m.remove("signature");
            ScoreConfig config = ScoreConfig.parse(m).signedBy(key);
            out.println(Json.pyDumps(config.toJson()));
            return 0;
        } catch (RuntimeException e) {
            err.println("loopchain: cannot sign the SCORE configuration: " + e.getMessage());
            return 1;
        }
    }

    private static int submit(PeerKey key, String[] a, Clock clock, Sleeper sleeper, PrintStream out, PrintStream err)
            throws InterruptedException {
        try {
            ScoreConfigSubmission submission = new ScoreConfigSubmission(HttpPeerApi.at(a[2]), a[3], clock,
                    sleeper, out);
            submission.submit(submission.configuration(a[4], a[5], a[6], a[7], a[8], a[9]), key,
                    Duration.ofSeconds(Long.parseLong(a[10])));
            return 0;
        } catch (RuntimeException e) {
            err.println("loopchain: score: " + e.getMessage());
            return 1;
        }
    }
}
