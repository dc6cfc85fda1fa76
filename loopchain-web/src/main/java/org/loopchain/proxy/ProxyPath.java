package org.loopchain.proxy;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which paths the proxy forwards: only paths under a peer's {@code /api/v1}, as plain segments. A
 * path is checked as the client sent it (percent-encoding not decoded), so nothing can leave
 * {@code /api/v1} once a later hop decodes it: no {@code .} or {@code ..} segment, no empty segment,
 * no percent-encoding at all (an encoded slash or dot), no {@code :} (an absolute URL), no
 * backslash. The target URL is the registered peer's base URL and this path; {@link #target} checks
 * the result still names that peer.
 */
public final class ProxyPath {

    /** The longest path the proxy forwards (the peer API's longest is a few dozen characters). */
    public static final int MAX_PATH_CHARS = 256;

    /** A segment: letters, digits, {@code _ - .}, not starting with a dot. */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}");
    /** A query as it reaches the proxy: printable ASCII without {@code #} (non-ASCII arrives percent-encoded). */
    private static final Pattern QUERY = Pattern.compile("[\\x21-\\x22\\x24-\\x7e]*");

    private ProxyPath() {
    }

    /** Why {@code rawPath} (relative to {@code /api/v1}) is not forwarded; empty when it is. */
    public static Optional<String> problem(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return Optional.of("a path under /api/v1 is required after the peer id");
        }
        if (rawPath.length() > MAX_PATH_CHARS) {
            return Optional.of("the path is longer than " + MAX_PATH_CHARS + " characters");
        }
        if (rawPath.indexOf('%') >= 0) {
            return Optional.of("a percent-encoded path (an encoded slash or dot) is not forwarded");
        }
        for (String segment : rawPath.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                return Optional.of("the path must stay under /api/v1: segments of A-Z a-z 0-9 _ - . (no '.', '..',"
                        + " empty segment or absolute URL)");
            }
        }
        return Optional.empty();
    }

    /** Why {@code rawQuery} (without {@code ?}; null for none) is not forwarded; empty when it is. */
    public static Optional<String> queryProblem(String rawQuery) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        return QUERY.matcher(rawQuery).matches() ? Optional.empty()
                : Optional.of("the query string must be percent-encoded printable ASCII");
    }

    /**
     * The URL to forward {@code request} to: {@code <restUrl>/api/v1/<path>[?<query>]}.
     *
     * @throws IllegalArgumentException when the path or query is not forwarded, or the URL would not
     *                                  name the registered peer's {@code /api/v1}
     */
    public static URI target(Target peer, ProxyRequest request) {
        problem(request.path()).or(() -> queryProblem(request.query())).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        String base = peer.restUrl().endsWith("/") ? peer.restUrl().substring(0, peer.restUrl().length() - 1) : peer.restUrl();
        URI baseUri = URI.create(base);
        URI uri = URI.create(base + "/api/v1/" + request.path() + (request.query() == null ? "" : "?" + request.query()));
        String basePath = baseUri.getRawPath() == null ? "" : baseUri.getRawPath();
        if (!Objects.equals(uri.getScheme(), baseUri.getScheme()) || !Objects.equals(uri.getRawAuthority(), baseUri.getRawAuthority())
                || !uri.getRawPath().startsWith(basePath + "/api/v1/") || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("the forwarded URL would leave peer " + peer.peerId() + "'s /api/v1");
        }
        return uri;
    }
}
