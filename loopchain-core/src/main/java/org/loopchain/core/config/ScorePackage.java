package org.loopchain.core.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The SCORE a channel runs, as {@code score_package} names it in channel_manage_data.json: either
 * the seed's plain string (a name only: no deployable SCORE is pinned, transactions are stored but
 * never executed) or an object pinning a deployed archive:
 * {@code {"id": "token", "version": "1.0.0", "sha256": "<hex of the archive>", "params": {...}, "owner": "hx…"}}.
 *
 * @param id      the SCORE id (the archive's {@code Score-Id}), or the seed's name
 * @param version the archive's {@code Score-Version} ({@code ""} for a plain name)
 * @param sha256  lowercase hex SHA-256 of the archive file ({@code ""} for a plain name)
 * @param params  constructor parameters for the install, by name (JSON values)
 * @param owner   the install's caller ({@code hx…}); {@code ""} = the channel's first listed peer
 */
public record ScorePackage(String id, String version, String sha256, Map<String, Object> params, String owner) {

    private static final Set<String> FIELDS = Set.of("id", "version", "sha256", "params", "owner");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern ADDRESS = Pattern.compile("hx[0-9a-f]{40}");

    public ScorePackage {
        Objects.requireNonNull(id, "id");
        version = version == null ? "" : version;
        sha256 = sha256 == null ? "" : sha256;
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params == null ? Map.of() : params));
        owner = owner == null ? "" : owner;
    }

    /** The seed's plain string form. */
    public static ScorePackage named(String name) {
        return new ScorePackage(name, "", "", Map.of(), "");
    }

    /** True if a deployed archive is pinned (object form). */
    public boolean pinned() {
        return !sha256.isEmpty();
    }

    /**
     * Parses {@code score_package}: a non-empty string or the object form.
     *
     * @throws IllegalArgumentException naming {@code where} and the field at fault
     */
    public static ScorePackage parse(String where, Object value) {
        if (value instanceof String s && !s.isEmpty()) {
            return named(s);
        }
        if (!(value instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(where + ": score_package must be a non-empty string or an object"
                    + " {\"id\", \"version\", \"sha256\"}");
        }
        for (Object key : m.keySet()) {
            if (!FIELDS.contains(key)) {
                throw new IllegalArgumentException(where + ": score_package." + key + " is not a known field " + FIELDS);
            }
        }
        String id = text(where, m, "id");
        String version = text(where, m, "version");
        String sha = text(where, m, "sha256");
        if (!SHA256.matcher(sha).matches()) {
            throw new IllegalArgumentException(where + ": score_package.sha256 must be 64 lowercase hex digits");
        }
        Object params = m.get("params");
        if (params != null && !(params instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(where + ": score_package.params must be a JSON object");
        }
        Object owner = m.get("owner");
        if (owner != null && !(owner instanceof String o && ADDRESS.matcher(o).matches())) {
            throw new IllegalArgumentException(where + ": score_package.owner must be an hx address (hx + 40 hex digits)");
        }
        Map<String, Object> p = new LinkedHashMap<>();
        if (params instanceof Map<?, ?> pm) {
            pm.forEach((k, v) -> p.put((String) k, v));
        }
        return new ScorePackage(id, version, sha, p, (String) owner);
    }

    /** The JSON form: the plain string, or the object. */
    public Object toJson() {
        if (!pinned()) {
            return id;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("version", version);
        out.put("sha256", sha256);
        if (!params.isEmpty()) {
            out.put("params", new LinkedHashMap<>(params));
        }
        if (!owner.isEmpty()) {
            out.put("owner", owner);
        }
        return out;
    }

    private static String text(String where, Map<?, ?> m, String field) {
        if (!(m.get(field) instanceof String s) || s.isEmpty()) {
            throw new IllegalArgumentException(where + ": score_package." + field + " must be a non-empty string");
        }
        return s;
    }
}
