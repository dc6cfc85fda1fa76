package org.loopchain.score.host;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.loopchain.core.config.ScorePackage;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.json.Json;
import org.loopchain.core.tx.ConfigBodies;
import org.loopchain.core.tx.SignedConfig;
import org.loopchain.score.engine.ScoreAddresses;

/**
 * A change of a channel's SCORE as an event in the chain: a v1 transaction whose data is
 * {@code {"score_config": {...}}}, signed inside by a SCORE operator of the channel.
 *
 * <pre>
 * {"score_config": {"type": "score_deploy" | "score_undeploy", "channel": "loopchain_default",
 *   "score_id": "token", "version": "1.0.0", "sha256": "&lt;hex of the archive&gt;", "params": {...},
 *   "owner": "hx…" | "", "sequence": 2, "operator": "&lt;base64 SPKI public key&gt;", "signature": "&lt;base64 DER&gt;"}}
 * </pre>
 *
 * <p>The signature is the operator's secp256k1 ECDSA over SHA-256 of {@link #signedText()}: the
 * object without {@code signature}, keys sorted at every level, as Python's {@code json.dumps}
 * writes it. {@code sequence} is the number of SCORE changes the channel has committed before this
 * one: a change signed for sequence n applies only as the (n+1)-th, so a signed change can never be
 * replayed later, and of two changes signed against the same history only the first applies. An
 * undeploy names the id and has empty {@code version}, {@code sha256} and {@code owner}.
 */
public record ScoreConfig(String type, String channel, String scoreId, String version, String sha256,
        Map<String, Object> params, String owner, long sequence, String operator, String signature) implements SignedConfig {

    public static final String FIELD = "score_config";
    /** Bodies of these kinds are not this configuration. */
    private static final Set<String> OTHER_KINDS = Set.of("method");
    public static final String DEPLOY = "score_deploy";
    public static final String UNDEPLOY = "score_undeploy";

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern ADDRESS = Pattern.compile("hx[0-9a-f]{40}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final Pattern VERSION = Pattern.compile("[^\\s]{1,64}");
    private static final List<String> FIELDS = List.of("type", "channel", "score_id", "version", "sha256", "params",
            "owner", "sequence", "operator", "signature");

    public ScoreConfig {
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
        version = version == null ? "" : version;
        sha256 = sha256 == null ? "" : sha256;
        owner = owner == null ? "" : owner;
        signature = signature == null ? "" : signature;
    }

    /** The configuration a transaction's data holds, if it is one (well-formed or not: see {@link #malformed}). */
    public static Optional<Map<?, ?>> of(String data) {
        return ConfigBodies.of(data, FIELD, OTHER_KINDS);
    }

    /** The {@code score_config} object of a parsed body, if it has one. */
    public static Optional<Map<?, ?>> bodyOf(Object body) {
        return ConfigBodies.bodyOf(body, FIELD, OTHER_KINDS);
    }

    /**
     * Parses the {@code score_config} object.
     *
     * @throws IllegalArgumentException naming the field at fault
     */
    public static ScoreConfig parse(Map<?, ?> m) {
        for (Object key : m.keySet()) {
            if (!FIELDS.contains(key)) {
                throw new IllegalArgumentException("score_config." + key + " is not a known field " + FIELDS);
            }
        }
        String type = text(m, "type");
        if (!type.equals(DEPLOY) && !type.equals(UNDEPLOY)) {
            throw new IllegalArgumentException("score_config.type must be " + DEPLOY + " or " + UNDEPLOY);
        }
        String id = text(m, "score_id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("score_config.score_id must be 1..64 of A-Za-z0-9_.-");
        }
        String version = optionalText(m, "version");
        String sha = optionalText(m, "sha256");
        String owner = optionalText(m, "owner");
        if (type.equals(DEPLOY)) {
            if (!VERSION.matcher(version).matches()) {
                throw new IllegalArgumentException("score_config.version must be 1..64 characters without spaces");
            }
            if (!SHA256.matcher(sha).matches()) {
                throw new IllegalArgumentException("score_config.sha256 must be 64 lowercase hex digits");
            }
            if (!owner.isEmpty() && !ADDRESS.matcher(owner).matches()) {
                throw new IllegalArgumentException("score_config.owner must be an hx address (hx + 40 hex digits) or empty");
            }
        } else if (!version.isEmpty() || !sha.isEmpty() || !owner.isEmpty()) {
            throw new IllegalArgumentException("a " + UNDEPLOY + " names only the score_id (version, sha256 and owner empty)");
        }
        Object params = m.get("params");
        if (params != null && !(params instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("score_config.params must be a JSON object");
        }
        if (type.equals(UNDEPLOY) && params instanceof Map<?, ?> p && !p.isEmpty()) {
            throw new IllegalArgumentException("a " + UNDEPLOY + " has no params");
        }
        Map<String, Object> p = new LinkedHashMap<>();
        if (params instanceof Map<?, ?> pm) {
            pm.forEach((k, v) -> p.put((String) k, v));
        }
        if (!(m.get("sequence") instanceof Number n) || n.longValue() < 0 || !n.toString().matches("\\d{1,18}")) {
            throw new IllegalArgumentException("score_config.sequence must be a whole number >= 0 (the channel's SCORE changes so far)");
        }
        return new ScoreConfig(type, text(m, "channel"), id, version, sha, p, owner, n.longValue(), text(m, "operator"),
                optionalText(m, "signature"));
    }

    /** Whether this is a deploy (of a first or a new version) rather than an undeploy. */
    public boolean deploy() {
        return type.equals(DEPLOY);
    }

    /** The JSON object without the signature: what the operator signs. */
    public Map<String, Object> unsignedJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        m.put("channel", channel);
        m.put("score_id", scoreId);
        m.put("version", version);
        m.put("sha256", sha256);
        m.put("params", new LinkedHashMap<>(params));
        m.put("owner", owner);
        m.put("sequence", sequence);
        m.put("operator", operator);
        return m;
    }

    /** The transaction data: {@code {"score_config": {... "signature"}}}. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = unsignedJson();
        m.put("signature", signature);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(FIELD, m);
        return out;
    }

    /** The text the operator signs: {@link #unsignedJson()} with sorted keys, as Python writes it. */
    public String signedText() {
        return Json.pyDumps(sorted(unsignedJson()));
    }

    /** This configuration signed by {@code key} (whose public key becomes the operator). */
    public ScoreConfig signedBy(PeerKey key) {
        ScoreConfig unsigned = new ScoreConfig(type, channel, scoreId, version, sha256, params, owner, sequence,
                key.publicKeyBase64(), "");
        return new ScoreConfig(type, channel, scoreId, version, sha256, params, owner, sequence, key.publicKeyBase64(),
                key.sign(unsigned.signedText().getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether the signature is the operator's over {@link #signedText()}. */
    public boolean signatureValid() {
        return !signature.isEmpty() && PeerKey.verify(operator, signedText().getBytes(StandardCharsets.UTF_8), signature);
    }

    /** The operator's {@code hx} address, or "" if its key is not a public key. */
    public String operatorAddress() {
        try {
            return ScoreAddresses.addressOfPublicKey(Base64.getDecoder().decode(operator));
        } catch (RuntimeException e) {
            return "";
        }
    }

    /**
     * Why this configuration does not apply to {@code channel} whose operators (base64 public keys or
     * {@code hx} addresses) are {@code operators}, whose latest pin is {@code latest} and which has
     * committed {@code changes} changes; empty if it applies. Deterministic: every peer decides it
     * alike from the chain. An undeploy must name the SCORE the channel runs.
     */
    public Optional<Refusal> refusal(String expectedChannel, Collection<String> operators,
            ScorePackage latest, long changes) {
        if (!channel.equals(expectedChannel)) {
            return Optional.of(new Refusal(Refusal.Kind.MALFORMED, "the configuration is for channel " + clip(channel)
                    + ", not " + expectedChannel));
        }
        if (!operators.contains(operator) && !operators.contains(operatorAddress())) {
            return Optional.of(new Refusal(Refusal.Kind.UNAUTHORIZED, "the key " + clip(operator)
                    + " is not a SCORE operator of channel " + channel + " (channel_manage_data.json operators)"));
        }
        if (!signatureValid()) {
            return Optional.of(new Refusal(Refusal.Kind.UNAUTHORIZED, "the operator's signature does not verify"));
        }
        if (sequence != changes) {
            return Optional.of(new Refusal(Refusal.Kind.STALE, "the configuration is signed for sequence " + sequence
                    + " but channel " + channel + " has committed " + changes + " SCORE changes"));
        }
        if (!deploy() && !(latest.pinned() && latest.id().equals(scoreId))) {
            return Optional.of(new Refusal(Refusal.Kind.STALE, "channel " + channel + " does not run SCORE " + scoreId
                    + (latest.pinned() ? " (it runs " + latest.id() + ")" : " (it runs none)")));
        }
        return Optional.empty();
    }

    /** Why a configuration is refused. */
    public record Refusal(Kind kind, String message) {
        /** Malformed or for another channel; not signed by an operator; not for the current sequence. */
        public enum Kind { MALFORMED, UNAUTHORIZED, STALE }
    }

    static Object sorted(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), sorted(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(sorted(v)));
            return out;
        }
        return value;
    }

    private static String text(Map<?, ?> m, String field) {
        if (!(m.get(field) instanceof String s) || s.isEmpty()) {
            throw new IllegalArgumentException("score_config." + field + " must be a non-empty string");
        }
        return s;
    }

    private static String optionalText(Map<?, ?> m, String field) {
        Object v = m.get(field);
        if (v == null) {
            return "";
        }
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException("score_config." + field + " must be a string");
        }
        return s;
    }

    private static String clip(String s) {
        String printable = s.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= 64 ? printable : printable.substring(0, 64) + "...";
    }
}
