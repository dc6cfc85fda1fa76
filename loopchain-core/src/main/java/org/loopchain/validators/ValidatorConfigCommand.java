package org.loopchain.validators;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.crypto.PeerKeyFile;
import org.loopchain.core.json.Json;
import org.loopchain.score.host.HttpPeerApi;
import org.loopchain.score.host.PeerApi;

/**
 * The admins' side of a validator change, for the launcher ({@code ./loopchain validator}):
 * <ul>
 * <li>{@code sign KEYFILE...}: reads a change ({@code {"validator_config": {...}}} or the bare object,
 *     with or without signatures) on standard input and prints it with each key's signature added,
 *     so admins on different machines can sign one after another;</li>
 * <li>{@code submit HOST PORT CHANNEL TYPE PEER_ID WEIGHT PUBLIC_KEY GROUP KEYFILE...}: reads the
 *     channel's {@code sequence} from the peer ({@code GET /api/v1/validators}), builds the change,
 *     signs it with every key and submits it ({@code POST /api/v1/validators}); prints the
 *     transaction hash, or the peer's refusal (exit 1). {@code TYPE} {@code trust} or {@code revoke}
 *     makes a certificate change of the PEM file named in the place of {@code PEER_ID};</li>
 * <li>{@code list HOST PORT CHANNEL}: the set in effect, the pending and the committed changes.</li>
 * </ul>
 * It does not wait for the commit: {@code list} shows when the change is in effect.
 */
public final class ValidatorConfigCommand {

    private ValidatorConfigCommand() {
    }

    /** Runs one command (loopchain-tools' ValidatorConfigMain); returns the exit status: 0, 1 refused or failed, 2 usage. */
    public static int run(String[] args) {
        try {
            if (args.length >= 2 && args[0].equals("sign")) {
                sign(keys(args, 1));
            } else if (args.length >= 10 && args[0].equals("submit")) {
                submit(args);
            } else if (args.length == 4 && args[0].equals("list")) {
                list(new HttpPeerApi(args[1], Integer.parseInt(args[2])), args[3]);
            } else {
                System.err.println("usage: validator sign KEYFILE...   (reads the change on stdin)\n"
                        + "       validator submit HOST PORT CHANNEL TYPE PEER_ID WEIGHT PUBLIC_KEY GROUP KEYFILE...\n"
                        + "       validator list HOST PORT CHANNEL");
                return 2;
            }
            return 0;
        } catch (RuntimeException e) {
            System.err.println("loopchain: validator: " + e.getMessage());
            return 1;
        }
    }

    private static List<PeerKey> keys(String[] args, int from) {
        List<PeerKey> keys = new ArrayList<>();
        for (int i = from; i < args.length; i++) {
            Path file = Path.of(args[i]);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no admin key file " + file);
            }
            keys.add(PeerKeyFile.loadOrCreate(file, new SecureRandom()));
        }
        return keys;
    }

    private static void sign(List<PeerKey> keys) {
        String text;
        try {
            text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the change on standard input: " + e.getMessage(), e);
        }
        System.out.println(signed(text, keys));
    }

    /** {@code text} (a change, wrapped or bare) with each key's signature added, as the request body. */
    static String signed(String text, List<PeerKey> keys) {
        Object parsed = Json.parse(text);
        Map<?, ?> body = ValidatorConfig.bodyOf(parsed).orElse(parsed instanceof Map<?, ?> m ? m : Map.of());
        ValidatorConfig config = ValidatorConfig.parse(body);
        for (PeerKey key : keys) {
            config = config.signedBy(key);
        }
        return Json.pyDumps(config.toJson());
    }

    private static void submit(String[] a) {
        PeerApi peer = new HttpPeerApi(a[1], Integer.parseInt(a[2]));
        String channel = a[3];
        PeerApi.Reply state = peer.get("validators?channel=" + channel);
        if (state.status() != 200 || !(state.field("sequence") instanceof Number sequence)) {
            throw new IllegalStateException("GET validators of channel " + channel + ": " + Json.pyDumps(state.body()));
        }
        ValidatorConfig config = switch (a[4]) {
            case "trust", ValidatorConfig.CA_TRUST -> ValidatorConfig.ofCertificate(ValidatorConfig.CA_TRUST, channel, pem(a[5]),
                    sequence.longValue());
            case "revoke", ValidatorConfig.REVOKE -> ValidatorConfig.ofCertificate(ValidatorConfig.REVOKE, channel, pem(a[5]),
                    sequence.longValue());
            default -> new ValidatorConfig(a[4].startsWith("validator_") ? a[4] : "validator_" + a[4], channel, a[5], a[7],
                    a[6].isEmpty() ? 0 : Long.parseLong(a[6]), a[8], sequence.longValue(), List.of());
        };
        // the same checks the peer makes, on the JSON text it will read
        ValidatorConfig.parse((Map<?, ?>) Json.parse(Json.pyDumps(config.toJson().get(ValidatorConfig.FIELD))));
        for (PeerKey key : keys(a, 9)) {
            config = config.signedBy(key);
        }
        PeerApi.Reply reply = peer.post("validators?channel=" + channel, Json.pyDumps(config.toJson()));
        if (reply.status() != 200) {
            throw new IllegalStateException("refused (HTTP " + reply.status() + ", response_code "
                    + reply.field("response_code") + "): " + reply.field("more_info"));
        }
        System.out.println(config.describe() + " on channel " + channel + ": submitted as tx " + reply.field("tx_hash")
                + " (sequence " + config.sequence() + "); in effect " + ValidatorHistory.DELAY
                + " heights after the block that commits it (./loopchain validator list)");
    }

    private static String pem(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the certificate " + file + " (" + e.getMessage() + ")", e);
        }
    }

    private static void list(PeerApi peer, String channel) {
        PeerApi.Reply reply = peer.get("validators?channel=" + channel);
        if (reply.status() != 200) {
            throw new IllegalStateException("HTTP " + reply.status() + ": " + reply.field("more_info"));
        }
        System.out.println("channel " + channel + ", height " + reply.field("height") + ", " + reply.field("sequence")
                + " changes committed; admins sign " + reply.field("signatures_needed") + " of "
                + ((List<?>) reply.field("admins")).size());
        for (Object v : (List<?>) reply.field("validators")) {
            Map<?, ?> m = (Map<?, ?>) v;
            System.out.println("  " + m.get("peer_id") + "  weight " + m.get("weight") + (m.get("group") == null ? ""
                    : "  group " + m.get("group")));
        }
        for (Object c : (List<?>) reply.field("changes")) {
            Map<?, ?> m = (Map<?, ?>) c;
            String what = m.get("certificate") instanceof Map<?, ?> cert ? cert.get("subject") + " (serial " + cert.get("serial")
                    + ")" + (((List<?>) m.get("removed")).isEmpty() ? "" : ", removes " + m.get("removed"))
                    : m.get("peer_id") + (m.get("weight") == null ? "" : " weight " + m.get("weight"));
            System.out.println("  change: " + m.get("type") + " " + what + ", committed at " + m.get("committed_height")
                    + ", in effect from " + m.get("effective_height") + ", tx " + m.get("tx_hash"));
        }
    }
}
