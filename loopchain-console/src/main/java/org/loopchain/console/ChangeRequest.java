package org.loopchain.console;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.config.NodeIdentity;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.crypto.PeerKeyFile;
import org.loopchain.core.json.Json;
import org.loopchain.validators.ValidatorConfig;

/**
 * A validator change as the console's forms describe it ({@code channel}, {@code type} add, remove or
 * weight, {@code peer_id}, {@code public_key}, {@code weight}, {@code group}; or {@code type} trust or
 * revoke with the PEM {@code certificate} of a CA or of a member), made into the
 * {@link ValidatorConfig} the CLI would make: checked by the same parser, then signed with the node's
 * admin key ({@code CONSOLE_ADMIN_KEY_PATH}).
 */
record ChangeRequest(String channel, String type, String peerId, String publicKey, String weight, String group,
        String certificate) {

    private static final List<String> CERTIFICATE_TYPES = List.of("trust", "revoke");

    static ChangeRequest of(HttpServletRequest request) {
        String type = ConsoleServlet.required(request, "type", "The kind of change");
        if (!List.of("add", "remove", "weight", "trust", "revoke").contains(type)) {
            throw new ConsoleServlet.PageError(400, "Unknown change", "A change is add, remove, weight, trust or revoke.");
        }
        String channel = ConsoleServlet.required(request, "channel", "The channel");
        if (CERTIFICATE_TYPES.contains(type)) {
            return new ChangeRequest(channel, type, "", "", "", "", ConsoleServlet.required(request, "certificate", "The certificate"));
        }
        return new ChangeRequest(channel, type, ConsoleServlet.required(request, "peer_id", "The peer id"),
                text(request, "public_key"), text(request, "weight"), text(request, "group"), "");
    }

    private static String text(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        return v == null ? "" : v.strip();
    }

    /**
     * The configuration for the channel's next change ({@code sequence}), unsigned.
     *
     * @throws ConsoleServlet.PageError (400) naming what is wrong with the form
     */
    ValidatorConfig config(long sequence) {
        if (CERTIFICATE_TYPES.contains(type)) {
            return parsed(ValidatorConfig.ofCertificate(type.equals("trust") ? ValidatorConfig.CA_TRUST : ValidatorConfig.REVOKE,
                    channel, certificate.strip() + "\n", sequence));
        }
        long w = 0;
        if (!type.equals("remove")) {
            try {
                w = Long.parseLong(weight);
            } catch (NumberFormatException e) {
                throw new ConsoleServlet.PageError(400, "The weight is not a number", "The weight must be a whole number of 1 or more.");
            }
        }
        return parsed(new ValidatorConfig("validator_" + type, channel, peerId, type.equals("add") ? publicKey : "",
                w, type.equals("add") ? group : "", sequence, List.of()));
    }

    private static ValidatorConfig parsed(ValidatorConfig config) {
        try {
            // the parser the peers use, on the JSON text they will read
            Map<?, ?> body = ValidatorConfig.bodyOf(Json.parse(Json.pyDumps(config.toJson()))).orElseThrow();
            return ValidatorConfig.parse(body);
        } catch (IllegalArgumentException e) {
            throw new ConsoleServlet.PageError(400, "The change is not well formed", Html.esc(e.getMessage()));
        }
    }

    /** The admin key this node signs changes with, if it is configured and readable. */
    static Optional<PeerKey> adminKey(NodeIdentity node) {
        String path = node.config().get(ConfigKeys.Console.CONSOLE_ADMIN_KEY_PATH);
        if (path.isEmpty() || !Files.isRegularFile(Path.of(path))) {
            return Optional.empty();
        }
        return Optional.of(PeerKeyFile.load(Path.of(path)));
    }

    /** The form fields of this change, to carry it from the review to the confirmation. */
    String hiddenFields() {
        return Html.hidden("channel", channel) + Html.hidden("type", type) + Html.hidden("peer_id", peerId)
                + Html.hidden("public_key", publicKey) + Html.hidden("weight", weight) + Html.hidden("group", group)
                + Html.hidden("certificate", certificate);
    }
}
