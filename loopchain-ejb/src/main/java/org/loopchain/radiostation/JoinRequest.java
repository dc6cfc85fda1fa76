package org.loopchain.radiostation;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.loopchain.core.config.ChannelManageData;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.json.Json;

/**
 * A peer's request to join a channel, signed with its own key.
 *
 * <p>The signed bytes are the UTF-8 of {@code Json.pyDumps} of the payload: the object of the six
 * fields {@link #FIELDS} in that order (whatever order the request body used), then
 * {@code certificate} when the peer presents one (its member certificate and organisation CA,
 * PEM, as {@code ./loopchain pki node} writes {@code chain.pem}), without the signature.
 * The signature is {@link PeerKey#sign} over those bytes (ECDSA secp256k1 over
 * SHA-256, DER, base64), so it proves the requester holds the key it registers. {@code time_stamp}
 * (µs since the epoch, a JSON integer) lets the Radio Station refuse a recorded request played
 * again ({@link PeerRegistry}).
 */
public record JoinRequest(String channel, String peerId, String peerTarget, String publicKey, String restUrl,
                          long timestampMicros, String certificate, String signature) {

    /** The signed fields, in canonical order. */
    public static final List<String> FIELDS = List.of("channel", "peer_id", "peer_target", "public_key", "rest_url",
            "time_stamp");
    /** A peer id: 1..64 of {@code A-Z a-z 0-9 _ . : -} (loopchain's are UUIDs). */
    public static final Pattern PEER_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    /** A REST base URL: http(s), host, optional port and path, no query. */
    public static final Pattern REST_URL = Pattern.compile(
            "https?://([A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\])(:\\d{1,5})?(/[A-Za-z0-9._~/-]*)?");
    private static final int MAX_KEY_CHARS = 400;
    private static final int MAX_URL_CHARS = 300;
    private static final int MAX_SIGNATURE_CHARS = 200;
    /** A member certificate and its organisation CA's, PEM: a few kB; a longer chain is refused. */
    public static final int MAX_CERTIFICATE_CHARS = 16 * 1024;
    private static final String CERTIFICATE = "certificate";

    /** Builds and signs a request with {@code key}, made at {@code timestampMicros}, without a certificate. */
    public static JoinRequest signed(String channel, String peerId, String peerTarget, String restUrl,
            long timestampMicros, PeerKey key) {
        return signed(channel, peerId, peerTarget, restUrl, timestampMicros, "", key);
    }

    /** Builds and signs a request with {@code key} presenting {@code certificate} (PEM; {@code ""} for none). */
    public static JoinRequest signed(String channel, String peerId, String peerTarget, String restUrl,
            long timestampMicros, String certificate, PeerKey key) {
        JoinRequest unsigned = new JoinRequest(channel, peerId, peerTarget, key.publicKeyBase64(), restUrl,
                timestampMicros, certificate, "");
        return new JoinRequest(channel, peerId, peerTarget, key.publicKeyBase64(), restUrl, timestampMicros,
                certificate, key.sign(unsigned.signedBytes()));
    }

    /**
     * Reads a request body: exactly the six fields and {@code signature}, and optionally
     * {@code certificate}; strings, but {@code time_stamp} a non-negative integer.
     *
     * @throws RegistryException {@link Refusal#BAD_REQUEST} naming the field
     */
    public static JoinRequest fromJson(Map<String, Object> body) {
        for (String key : body.keySet()) {
            if (!FIELDS.contains(key) && !key.equals("signature") && !key.equals(CERTIFICATE)) {
                throw bad("unknown field '" + clip(key) + "'");
            }
        }
        JoinRequest r = new JoinRequest(field(body, "channel"), field(body, "peer_id"), field(body, "peer_target"),
                field(body, "public_key"), field(body, "rest_url"), timestamp(body),
                body.containsKey(CERTIFICATE) ? field(body, CERTIFICATE) : "", field(body, "signature"));
        r.checkFormat();
        return r;
    }

    /** The payload that is signed, in canonical order. */
    public Map<String, Object> payload() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("channel", channel);
        m.put("peer_id", peerId);
        m.put("peer_target", peerTarget);
        m.put("public_key", publicKey);
        m.put("rest_url", restUrl);
        m.put("time_stamp", timestampMicros);
        if (!certificate.isEmpty()) {
            m.put(CERTIFICATE, certificate);
        }
        return m;
    }

    /** The bytes the signature covers. */
    public byte[] signedBytes() {
        return Json.pyDumps(payload()).getBytes(StandardCharsets.UTF_8);
    }

    /** The request body: the payload and the signature. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = payload();
        m.put("signature", signature);
        return m;
    }

    public boolean signatureValid() {
        return PeerKey.verify(publicKey, signedBytes(), signature);
    }

    /** @throws RegistryException {@link Refusal#BAD_REQUEST} naming the malformed field */
    public void checkFormat() {
        if (!ConfigKeys.CHANNEL_NAME.matcher(channel).matches()) {
            throw bad("channel must be 1..64 characters of A-Z a-z 0-9 _ . -");
        }
        if (!PEER_ID.matcher(peerId).matches()) {
            throw bad("peer_id must be 1..64 characters of A-Z a-z 0-9 _ . : -");
        }
        if (!ChannelManageData.isPeerTarget(peerTarget)) {
            throw bad("peer_target must be host:port, not '" + clip(peerTarget) + "'");
        }
        if (publicKey.isEmpty() || publicKey.length() > MAX_KEY_CHARS) {
            throw bad("public_key must be the base64 of an X.509 SubjectPublicKeyInfo");
        }
        if (restUrl.length() > MAX_URL_CHARS || !REST_URL.matcher(restUrl).matches()) {
            throw bad("rest_url must be http(s)://host[:port][/path], not '" + clip(restUrl) + "'");
        }
        if (certificate.length() > MAX_CERTIFICATE_CHARS) {
            throw bad("certificate must be at most " + MAX_CERTIFICATE_CHARS + " characters of PEM");
        }
        if (signature.isEmpty() || signature.length() > MAX_SIGNATURE_CHARS) {
            throw bad("signature must be a base64 DER ECDSA signature");
        }
    }

    private static String field(Map<String, Object> body, String name) {
        Object value = body.get(name);
        if (value == null) {
            throw bad("the field '" + name + "' is required");
        }
        if (!(value instanceof String s)) {
            throw bad("the field '" + name + "' must be a string");
        }
        return s;
    }

    private static long timestamp(Map<String, Object> body) {
        Object value = body.get("time_stamp");
        if (value == null) {
            throw bad("the field 'time_stamp' is required");
        }
        BigInteger n = value instanceof BigInteger b ? b
                : value instanceof Long || value instanceof Integer ? BigInteger.valueOf(((Number) value).longValue()) : null;
        if (n == null || n.signum() < 0 || n.bitLength() > 62) {
            throw bad("the field 'time_stamp' must be a non-negative integer (µs since the epoch)");
        }
        return n.longValue();
    }

    private static RegistryException bad(String message) {
        return new RegistryException(Refusal.BAD_REQUEST, message);
    }

    static String clip(String s) {
        String printable = s.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= 80 ? printable : printable.substring(0, 80) + "...";
    }
}
