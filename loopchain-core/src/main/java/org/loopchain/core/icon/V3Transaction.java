package org.loopchain.core.icon;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A client-signed ICON v3 transaction: the {@code params} of {@code icx_sendTransaction}, read
 * strictly. Its {@link #hash} is {@link IconTxHash#of} the params as received; because every
 * field must already be in canonical form and no other field is allowed, that text is the one
 * goloop rebuilds from the parsed fields, so the hash is goloop's.
 *
 * <p>Fields: {@code version} ({@code 0x3}), {@code from} (an {@code hx} account), {@code to}
 * ({@code hx} or {@code cx}), {@code value} (optional, loop), {@code stepLimit},
 * {@code timestamp} (microseconds), {@code nid} (network id; optional as in goloop, which then
 * takes the transaction on any network), {@code nonce} (optional),
 * {@code dataType} and {@code data} (optional, see {@link V3Data}) and {@code signature}. Numbers
 * are T_INT ({@link IconHex}). An optional field is absent, never {@code null}; its component
 * here is then null. The params, {@code data} included, are held as an unmodifiable copy.
 *
 * <p>{@link #parse} checks the format only; {@link #verify} checks the signature. Whether the
 * network id, time stamp, step limit and balance are acceptable is the node's question.
 */
public record V3Transaction(
        IconAddress from, IconAddress to, BigInteger value, BigInteger stepLimit, long timestampMicros,
        BigInteger nid, BigInteger nonce, String dataType, Object data, IconSignature signature,
        IconTxHash hash, Map<String, Object> params) {

    /** Every key a v3 params object may have. */
    public static final Set<String> FIELDS = Set.of("version", "from", "to", "value", "stepLimit", "timestamp",
            "nid", "nonce", "dataType", "data", "signature");

    /** The only version. */
    public static final String VERSION = "0x3";

    /**
     * Reads a params object ({@link org.loopchain.core.json.Json#parse} output).
     *
     * @throws IconFormatException naming the first field that is missing, unknown or malformed
     */
    public static V3Transaction parse(Object params) {
        if (!(params instanceof Map<?, ?> raw)) {
            throw new IconFormatException("params must be an object, not " + IconSerializer.describe(params));
        }
        Map<String, Object> p = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : raw.entrySet()) {
            if (!(e.getKey() instanceof String key) || !FIELDS.contains(key)) {
                throw new IconFormatException("unknown field \"" + e.getKey() + "\" (a v3 transaction has "
                        + String.join(", ", sortedFields()) + ")");
            }
            if (e.getValue() == null) {
                throw new IconFormatException(key + " is null; leave an optional field out instead");
            }
            p.put(key, frozen(e.getValue()));
        }
        Object version = required(p, "version");
        if (!VERSION.equals(version)) {
            throw new IconFormatException("version must be \"0x3\", not "
                    + (version instanceof String s ? "\"" + IconHex.clip(s) + "\"" : IconSerializer.describe(version)));
        }
        IconAddress from = IconAddress.parse("from", required(p, "from"));
        if (from.contract()) {
            throw new IconFormatException("from must be an account (hx...), not a contract: " + from);
        }
        IconAddress to = IconAddress.parse("to", required(p, "to"));
        BigInteger value = p.containsKey("value") ? IconHex.parseInt("value", p.get("value")) : null;
        BigInteger stepLimit = IconHex.parseInt("stepLimit", required(p, "stepLimit"));
        long timestamp = IconHex.parseLong("timestamp", required(p, "timestamp"));
        BigInteger nid = p.containsKey("nid") ? IconHex.parseInt("nid", p.get("nid")) : null;
        BigInteger nonce = p.containsKey("nonce") ? IconHex.parseInt("nonce", p.get("nonce")) : null;
        String dataType = null;
        if (p.containsKey("dataType")) {
            if (!(p.get("dataType") instanceof String type)) {
                throw new IconFormatException("dataType must be a string, not " + IconSerializer.describe(p.get("dataType")));
            }
            dataType = type;
        }
        V3Data.check(dataType, p.containsKey("data"), p.get("data"), value);
        IconSignature signature = IconSignature.parse("signature", required(p, "signature"));
        IconTxHash hash = IconTxHash.of(p);
        return new V3Transaction(from, to, value, stepLimit, timestamp, nid, nonce, dataType, p.get("data"),
                signature, hash, Collections.unmodifiableMap(p));
    }

    /** The account whose key made {@link #signature} over {@link #hash}, if one is recovered. */
    public Optional<IconAddress> signer() {
        return signature.recoverAddress(hash);
    }

    /** True iff the signature recovers to {@link #from}. */
    public boolean verify() {
        return signer().map(from::equals).orElse(false);
    }

    private static Object required(Map<String, Object> p, String field) {
        Object value = p.get(field);
        if (value == null) {
            throw new IconFormatException(field + " is missing");
        }
        return value;
    }

    /** A deep copy that cannot be changed, so the hash stays the hash of what is held. */
    private static Object frozen(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, frozen(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(frozen(v)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    private static List<String> sortedFields() {
        return FIELDS.stream().sorted().toList();
    }
}
