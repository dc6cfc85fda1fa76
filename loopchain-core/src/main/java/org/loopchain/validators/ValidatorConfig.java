package org.loopchain.validators;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.json.Json;
import org.loopchain.core.tx.ConfigBodies;
import org.loopchain.core.tx.SignedConfig;

/**
 * A change of a channel's validators as an event in its chain: a v1 transaction whose data is
 * {@code {"validator_config": {...}}}, signed inside by a majority of the channel's admins.
 *
 * <pre>
 * {"validator_config": {"type": "validator_add" | "validator_remove" | "validator_weight",
 *   "channel": "loopchain_default", "peer_id": "…", "public_key": "&lt;base64 SPKI&gt;" (add only),
 *   "weight": 1 (add, weight), "group": "g1" (add, optional), "sequence": 3,
 *   "signatures": [{"admin": "&lt;base64 SPKI public key&gt;", "signature": "&lt;base64 DER&gt;"}, …]}}
 * {"validator_config": {"type": "ca_trust" | "certificate_revoke", "channel": …, "certificate": "&lt;PEM&gt;",
 *   "sequence": 4, "signatures": […]}}
 * </pre>
 *
 * <p>The two certificate changes share the channel's sequence: {@code ca_trust} adds a CA (its
 * certificate) to what the channel trusts for admission; {@code certificate_revoke} revokes a member
 * certificate in the channel, and the validator whose key it certifies leaves the set with it.
 *
 * <p>Each admin signs, with secp256k1 ECDSA as peers sign, SHA-256 of {@link #signedText()}: the
 * object without {@code signatures}, keys sorted, as Python's {@code json.dumps} writes it. So all
 * signatures cover the same text and can be gathered one admin at a time. {@code sequence} is the
 * number of validator changes the channel has committed before this one: a change applies only as
 * the next one, so a signed change cannot be replayed, and of two signed against the same history
 * only the first applies.
 */
public record ValidatorConfig(String type, String channel, String peerId, String publicKey, long weight, String group,
        long sequence, List<AdminSignature> signatures, String certificate) implements SignedConfig {

    public static final String FIELD = "validator_config";
    /** Bodies of these kinds are not this configuration. */
    private static final Set<String> OTHER_KINDS = Set.of("method", "score_config");
    public static final String ADD = "validator_add";
    public static final String REMOVE = "validator_remove";
    public static final String WEIGHT = "validator_weight";
    public static final String CA_TRUST = "ca_trust";
    public static final String REVOKE = "certificate_revoke";
    private static final Set<String> TYPES = Set.of(ADD, REMOVE, WEIGHT, CA_TRUST, REVOKE);

    private static final Pattern PEER_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]{16,1024}={0,2}");
    private static final Set<String> FIELDS = Set.of("type", "channel", "peer_id", "public_key", "weight", "group",
            "sequence", "signatures", "certificate");

    /** One admin's signature over {@link #signedText()}. */
    public record AdminSignature(String admin, String signature) {
    }

    public ValidatorConfig {
        publicKey = publicKey == null ? "" : publicKey;
        group = group == null ? "" : group;
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
        certificate = certificate == null ? "" : certificate;
    }

    /** A validator change (add, remove, reweight): no certificate. */
    public ValidatorConfig(String type, String channel, String peerId, String publicKey, long weight, String group,
            long sequence, List<AdminSignature> signatures) {
        this(type, channel, peerId, publicKey, weight, group, sequence, signatures, "");
    }

    /** A certificate change ({@link #CA_TRUST}, {@link #REVOKE}) of {@code pem}, unsigned. */
    public static ValidatorConfig ofCertificate(String type, String channel, String pem, long sequence) {
        return new ValidatorConfig(type, channel, "", "", 0, "", sequence, List.of(), pem);
    }

    /** Whether this changes the channel's trust (a CA trusted, a certificate revoked) rather than a validator by id. */
    public boolean isCertificateChange() {
        return type.equals(CA_TRUST) || type.equals(REVOKE);
    }

    /** The certificate a {@link #isCertificateChange certificate change} names, read. */
    public ConfigCertificate parsedCertificate() {
        return ConfigCertificate.parse(certificate, type.equals(CA_TRUST), FIELD + ".certificate");
    }

    /** The configuration a transaction's data holds, if it names one (well-formed or not: {@link #parse} says). */
    public static Optional<Map<?, ?>> of(String data) {
        return ConfigBodies.of(data, FIELD, OTHER_KINDS);
    }

    /** The {@code validator_config} object of a parsed body, if it has one ({@code {}} if it is not an object). */
    public static Optional<Map<?, ?>> bodyOf(Object body) {
        return ConfigBodies.bodyOf(body, FIELD, OTHER_KINDS);
    }

    /**
     * Parses the {@code validator_config} object.
     *
     * @throws IllegalArgumentException naming the field at fault
     */
    public static ValidatorConfig parse(Map<?, ?> m) {
        for (Object key : m.keySet()) {
            if (!FIELDS.contains(key)) {
                throw new IllegalArgumentException(FIELD + "." + key + " is not a known field "
                        + FIELDS.stream().sorted().toList());
            }
        }
        String type = text(m, "type");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException(FIELD + ".type must be one of " + TYPES.stream().sorted().toList());
        }
        if (type.equals(CA_TRUST) || type.equals(REVOKE)) {
            return parseCertificateChange(m, type);
        }
        absent(m, "certificate", type);
        String peerId = text(m, "peer_id");
        if (!PEER_ID.matcher(peerId).matches()) {
            throw new IllegalArgumentException(FIELD + ".peer_id must be 1..128 of A-Za-z0-9_.:-");
        }
        String key = type.equals(ADD) ? text(m, "public_key") : absent(m, "public_key", type);
        if (type.equals(ADD) && (!BASE64.matcher(key).matches() || !PeerKey.isPublicKey(key))) {
            throw new IllegalArgumentException(FIELD + ".public_key must be a base64 secp256k1 public key (SPKI DER)");
        }
        long weight = type.equals(REMOVE) ? absentWeight(m) : weight(m);
        String group = "";
        if (m.containsKey("group")) {
            if (!type.equals(ADD)) {
                throw new IllegalArgumentException(FIELD + ".group applies only to " + ADD);
            }
            group = text(m, "group");
        }
        return new ValidatorConfig(type, text(m, "channel"), peerId, key, weight, group, sequence(m), signatures(m));
    }

    private static ValidatorConfig parseCertificateChange(Map<?, ?> m, String type) {
        for (String field : List.of("peer_id", "public_key", "weight", "group")) {
            absent(m, field, type);
        }
        String pem = text(m, "certificate");
        ConfigCertificate.parse(pem, type.equals(CA_TRUST), FIELD + ".certificate");
        return new ValidatorConfig(type, text(m, "channel"), "", "", 0, "", sequence(m), signatures(m), pem);
    }

    private static long sequence(Map<?, ?> m) {
        if (!(m.get("sequence") instanceof BigInteger n) || n.signum() < 0 || n.bitLength() > 62) {
            throw new IllegalArgumentException(FIELD + ".sequence must be a whole number >= 0 (the channel's validator changes so far)");
        }
        return n.longValue();
    }

    /** The JSON object without the signatures: what every admin signs. */
    public Map<String, Object> unsignedJson() {
        Map<String, Object> m = new TreeMap<>();
        m.put("type", type);
        m.put("channel", channel);
        m.put("sequence", sequence);
        if (isCertificateChange()) {
            m.put("certificate", certificate);
            return m;
        }
        m.put("peer_id", peerId);
        if (type.equals(ADD)) {
            m.put("public_key", publicKey);
            if (!group.isEmpty()) {
                m.put("group", group);
            }
        }
        if (!type.equals(REMOVE)) {
            m.put("weight", weight);
        }
        return m;
    }

    /** The text each admin signs: {@link #unsignedJson()} with sorted keys, as Python writes it. */
    public String signedText() {
        return Json.pyDumps(unsignedJson());
    }

    /** The transaction data: {@code {"validator_config": {... "signatures"}}}. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>(unsignedJson());
        List<Object> list = new ArrayList<>();
        for (AdminSignature s : signatures) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("admin", s.admin());
            one.put("signature", s.signature());
            list.add(one);
        }
        m.put("signatures", list);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(FIELD, m);
        return out;
    }

    /** This configuration with {@code admin}'s signature added (signatures already there are kept). */
    public ValidatorConfig signedBy(PeerKey admin) {
        List<AdminSignature> list = new ArrayList<>(signatures);
        list.add(new AdminSignature(admin.publicKeyBase64(), admin.sign(signedText().getBytes(StandardCharsets.UTF_8))));
        return new ValidatorConfig(type, channel, peerId, publicKey, weight, group, sequence, list, certificate);
    }

    /** What the change does, in words (logs, answers). */
    public String describe() {
        return switch (type) {
            case CA_TRUST -> "trust the CA " + parsedCertificate().subject();
            case REVOKE -> {
                ConfigCertificate cert = parsedCertificate();
                yield "revoke the certificate " + cert.subject() + " (serial " + cert.serial() + ")";
            }
            case ADD -> "add validator " + peerId + " with weight " + weight + (group.isEmpty() ? "" : " in group " + group);
            case REMOVE -> "remove validator " + peerId;
            default -> "set the weight of validator " + peerId + " to " + weight;
        };
    }

    private static List<AdminSignature> signatures(Map<?, ?> m) {
        Object value = m.get("signatures");
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.size() > 64) {
            throw new IllegalArgumentException(FIELD + ".signatures must be a JSON array (at most 64) of {admin, signature}");
        }
        List<AdminSignature> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> s) || s.size() != 2 || !(s.get("admin") instanceof String a) || a.isEmpty()
                    || !(s.get("signature") instanceof String sig) || sig.isEmpty()) {
                throw new IllegalArgumentException(FIELD + ".signatures: each entry must be {\"admin\": base64 public key,"
                        + " \"signature\": base64 DER}");
            }
            out.add(new AdminSignature(a, sig));
        }
        return out;
    }

    private static long weight(Map<?, ?> m) {
        if (!(m.get("weight") instanceof BigInteger n) || n.signum() <= 0 || n.bitLength() > 31) {
            throw new IllegalArgumentException(FIELD + ".weight must be a whole number >= 1 (at most 2^31-1)");
        }
        return n.longValue();
    }

    private static long absentWeight(Map<?, ?> m) {
        if (m.containsKey("weight")) {
            throw new IllegalArgumentException(FIELD + ".weight does not apply to " + REMOVE);
        }
        return 0;
    }

    private static String absent(Map<?, ?> m, String field, String type) {
        if (m.containsKey(field)) {
            throw new IllegalArgumentException(FIELD + "." + field + " does not apply to " + type);
        }
        return "";
    }

    private static String text(Map<?, ?> m, String field) {
        if (!(m.get(field) instanceof String s) || s.isEmpty()) {
            throw new IllegalArgumentException(FIELD + "." + field + " must be a non-empty string");
        }
        return s;
    }
}
