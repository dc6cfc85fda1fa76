package org.loopchain.proxy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which request headers the proxy forwards: only the end-to-end ones the peer API reads,
 * {@code Content-Type} and {@code Accept}, and not those the client's {@code Connection} header names.
 * Everything else stays at the proxy, the hop-by-hop headers of RFC 9110 §7.6.1 ({@code Connection},
 * {@code Keep-Alive}, {@code Proxy-*}, {@code TE}, {@code Trailer}, {@code Transfer-Encoding},
 * {@code Upgrade}) and {@code Host} among them; the forwarding client sets its own.
 *
 * <p>A request that abuses the hop-by-hop mechanism is refused rather than cleaned: a
 * {@code Connection} header naming a field the proxy forwards or one that frames the message
 * (which would make the proxy drop what the peer must see), a malformed {@code Connection} token,
 * two {@code Content-Type} headers, or a forwarded value with control characters. {@code Accept}
 * headers given apart are forwarded as one list.
 */
public final class HopHeaders {

    /** The headers forwarded to the peer. */
    public static final List<String> FORWARDED = List.of("Content-Type", "Accept");

    /** Fields a {@code Connection} header may not name: the forwarded ones and those that frame a message. */
    private static final Set<String> PROTECTED = Set.of("content-type", "accept", "content-length", "host", "transfer-encoding");
    /** An RFC 9110 token. */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    /** A header value the forwarding client may send: visible ASCII, spaces and tabs. */
    private static final Pattern VALUE = Pattern.compile("[\\x20-\\x7e\\t]*");

    private HopHeaders() {
    }

    /** Why the headers are refused (see the class comment); empty when they are not. */
    public static Optional<String> abuse(Map<String, List<String>> headers) {
        for (String token : connectionTokens(headers)) {
            if (!TOKEN.matcher(token).matches()) {
                return Optional.of("malformed Connection header");
            }
            if (PROTECTED.contains(token.toLowerCase(Locale.ROOT))) {
                return Optional.of("the Connection header names " + token + ", an end-to-end header (hop-by-hop header abuse)");
            }
        }
        if (values(headers, "Content-Type").size() > 1) {
            return Optional.of("more than one Content-Type header");
        }
        for (String name : FORWARDED) {
            if (!values(headers, name).stream().allMatch(v -> VALUE.matcher(v).matches())) {
                return Optional.of("malformed " + name + " header");
            }
        }
        return Optional.empty();
    }

    /** The headers to forward, by their canonical names: the {@link #FORWARDED} ones present and not named by {@code Connection}. */
    public static Map<String, String> endToEnd(Map<String, List<String>> headers) {
        Set<String> named = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        named.addAll(connectionTokens(headers));
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : FORWARDED) {
            String value = String.join(", ", values(headers, name).stream().map(String::strip).filter(v -> !v.isEmpty()).toList());
            if (!value.isEmpty() && !named.contains(name)) {
                out.put(name, value);
            }
        }
        return out;
    }

    private static List<String> connectionTokens(Map<String, List<String>> headers) {
        List<String> tokens = new ArrayList<>();
        for (String value : values(headers, "Connection")) {
            for (String token : value.split(",")) {
                if (!token.isBlank()) {
                    tokens.add(token.strip());
                }
            }
        }
        return tokens;
    }

    /** Every value of the header, whatever the case of its name. */
    private static List<String> values(Map<String, List<String>> headers, String name) {
        List<String> out = new ArrayList<>();
        headers.forEach((key, values) -> {
            if (key != null && key.equalsIgnoreCase(name) && values != null) {
                out.addAll(values);
            }
        });
        return out;
    }
}
