package org.loopchain.score.host;

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
 * Exit 1 with a message on bad input. The one class of the core allowed to sleep: it wires a thread
 * sleep and the wall clock into the submission.
 */
public final class ScoreConfigMain {

    private ScoreConfigMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean submit = args.length == 11 && args[0].equals("submit");
        if (!submit && (args.length != 2 || !(args[0].equals("key") || args[0].equals("sign")))) {
            System.err.println("usage: ScoreConfigMain key|sign OPERATOR_KEY_FILE  (sign reads the score_config JSON on stdin)\n"
                    + "       ScoreConfigMain submit OPERATOR_KEY_FILE PORT CHANNEL TYPE ID VERSION SHA256 PARAMS OWNER TIMEOUT_S");
            System.exit(2);
        }
        PeerKey key = PeerKeyFile.loadOrCreate(Path.of(args[1]), new SecureRandom());
        if (submit) {
            submit(key, args);
            return;
        }
        if (args[0].equals("key")) {
            ScoreConfig probe = new ScoreConfig(ScoreConfig.UNDEPLOY, "c", "x", "", "", Map.of(), "", 0, key.publicKeyBase64(), "");
            System.out.println(key.publicKeyBase64() + " " + probe.operatorAddress());
            return;
        }
        try {
            String text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, Object> m = new LinkedHashMap<>();
            ((Map<?, ?>) Json.parse(text)).forEach((k, v) -> m.put((String) k, v));
            m.put("operator", key.publicKeyBase64());
            m.remove("signature");
            ScoreConfig config = ScoreConfig.parse(m).signedBy(key);
            System.out.println(Json.pyDumps(config.toJson()));
        } catch (RuntimeException e) {
            System.err.println("loopchain: cannot sign the SCORE configuration: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void submit(PeerKey key, String[] a) throws InterruptedException {
        try {
            ScoreConfigSubmission submission = new ScoreConfigSubmission(new HttpPeerApi(Integer.parseInt(a[2])), a[3],
                    Clock.systemUTC(), d -> Thread.sleep(d.toMillis()), System.out);
            submission.submit(submission.configuration(a[4], a[5], a[6], a[7], a[8], a[9]), key,
                    Duration.ofSeconds(Long.parseLong(a[10])));
        } catch (RuntimeException e) {
            System.err.println("loopchain: score: " + e.getMessage());
            System.exit(1);
        }
    }
}
