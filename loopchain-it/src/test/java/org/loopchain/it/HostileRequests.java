package org.loopchain.it;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded malformed requests for {@link HostileInputIT}: request {@code i} of an endpoint depends on
 * the seed, the endpoint and {@code i} only, so a run is the same whatever the threads do, and a
 * failing request is made again from the three.
 */
final class HostileRequests {

    /** Where requests go: the node's REST port, the method the endpoint serves, its path. */
    record Endpoint(String name, int port, String method, String path, boolean submitsTransactions) {
    }

    /** What a request holds that the node should refuse (or, for {@link #VALID_TX}, take). */
    enum Kind {
        RANDOM_BYTES, INVALID_UTF8, DEEP_NESTING, HUGE_NUMBER, DUPLICATE_KEYS, WRONG_CONTENT_TYPE, ODD_QUERY,
        OVERSIZED_BODY, ODD_METHOD, VALID_TX
    }

    /**
     * One request.
     *
     * @param validTx a well-formed transaction (a JSON object) POSTed to the submit endpoint: the
     *                node must acknowledge it, and it alone may make {@code total_tx} grow
     */
    record Request(Endpoint endpoint, Kind kind, int index, String method, byte[] bytes, boolean validTx) {

        /** The request as text, cut short, for a failure message. */
        String shown() {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return (text.length() > 300 ? text.substring(0, 300) + "…(" + bytes.length + " bytes)" : text)
                    .replace("\r\n", "⏎");
        }
    }

    /** Larger than the node's MAX_TX_BODY_BYTES (262,144). */
    static final int OVERSIZED = 262_144 + 1;
    private static final List<String> ODD_METHODS = List.of("PUT", "DELETE", "PATCH", "PROPFIND", "FOO", "M-SEARCH");
    private static final List<String> WRONG_TYPES = List.of("text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=xyz", "application/xml", "application/json; charset=latin1", ";;;=",
            "application/json; charset=\"", "*/*");
    private static final List<String> ODD_QUERIES = List.of("hash=%C3%A9t%C3%A9", "hash=%zz", "hash=%", "height=-1",
            "height=99999999999999999999999999", "height=1e3", "height=0x10", "channel=%C3%A9t%C3%A9", "channel=",
            "channel=a&channel=b", "hash=" + "a".repeat(64) + "&height=1", "peer_id=%00%01", "&&&==&", "%FF%FE=%C0%AF",
            "hash=%ED%A0%80", "channel=" + "x".repeat(4000), ";jsessionid=1", "channel=loopchain_default%00");

    private final long seed;

    HostileRequests(long seed) {
        this.seed = seed;
    }

    /** Request {@code index} to {@code endpoint}. */
    Request make(Endpoint endpoint, int endpointNumber, int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + endpointNumber * 7_919L + index);
        Kind kind = kind(endpoint, random);
        String method = kind == Kind.ODD_METHOD ? pick(random, ODD_METHODS) : endpoint.method();
        String query = kind == Kind.ODD_QUERY ? pick(random, ODD_QUERIES) : defaultQuery(endpoint, random);
        byte[] target = target(endpoint.path(), query, kind == Kind.ODD_QUERY && random.nextInt(4) == 0);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", kind == Kind.WRONG_CONTENT_TYPE ? pick(random, WRONG_TYPES) : "application/json");
        byte[] body = body(kind, random, endpointNumber, index);
        boolean sendsBody = body.length > 0 || !"GET".equals(method);
        if (sendsBody) {
            headers.put("Content-Length", Integer.toString(body.length));
        }
        boolean validTx = endpoint.submitsTransactions() && "POST".equals(method)
                && (kind == Kind.VALID_TX || kind == Kind.DUPLICATE_KEYS);
        return new Request(endpoint, kind, index, method, RawHttp.request(method, target, headers, body), validTx);
    }

    private static Kind kind(Endpoint endpoint, SplittableRandom random) {
        Kind[] kinds = Kind.values();
        if (endpoint.submitsTransactions() && random.nextInt(10) == 0) {
            return Kind.VALID_TX;
        }
        Kind k = kinds[random.nextInt(kinds.length - 1)]; // VALID_TX only above
        // a few oversized bodies go a long way (each is 256 KiB to send and to refuse)
        return k == Kind.OVERSIZED_BODY && random.nextInt(4) != 0 ? Kind.RANDOM_BYTES : k;
    }

    private static String defaultQuery(Endpoint endpoint, SplittableRandom random) {
        if (endpoint.path().endsWith("/transactions") || endpoint.path().endsWith("/result")) {
            return "GET".equals(endpoint.method()) ? "hash=" + hex(random, 64) : "";
        }
        if (endpoint.path().endsWith("/blocks")) {
            return random.nextBoolean() ? "height=" + random.nextInt(1_000_000) : "";
        }
        if (endpoint.path().endsWith("/peer/status")) {
            return "peer_id=" + hex(random, 8);
        }
        return "";
    }

    /** The path and query; raw: non-ASCII bytes unescaped in the request line. */
    private static byte[] target(String path, String query, boolean raw) {
        String q = query.isEmpty() ? "" : "?" + query;
        if (raw) {
            q = q.replace("%C3%A9", "é");
        }
        return (path + q).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] body(Kind kind, SplittableRandom random, int endpointNumber, int index) {
        return switch (kind) {
            case RANDOM_BYTES -> randomBytes(random, random.nextInt(2049));
            case INVALID_UTF8 -> concat("{\"data\": \"", pick(random, List.of(new byte[] {(byte) 0xC3, 0x28},
                    new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82})), "\"}");
            case DEEP_NESTING -> deep(random);
            case HUGE_NUMBER -> utf8(pick(random, List.of("{\"n\": " + "9".repeat(4301 + random.nextInt(20_000)) + "}",
                    "{\"n\": 1e400}", "{\"n\": -1e99999}", "{\"n\": 0." + "1".repeat(50_000) + "e999}",
                    "{\"n\": 01}", "{\"n\": NaN}", "{\"n\": Infinity}", "{\"n\": 1.}")));
            case DUPLICATE_KEYS -> utf8("{\"data\": \"dup-" + endpointNumber + "-" + index + "\", \"data\": \"again\", \"k\": 1, \"k\": [1]}");
            case WRONG_CONTENT_TYPE -> utf8(pick(random, List.of("data=1&channel=x", "<tx><data>1</data></tx>",
                    "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--xyz--\r\n")));
            case ODD_QUERY -> utf8("{\"data\": 1");
            case OVERSIZED_BODY -> utf8("{\"data\": \"" + "x".repeat(OVERSIZED + random.nextInt(100_000)) + "\"}");
            case ODD_METHOD -> random.nextBoolean() ? randomBytes(random, random.nextInt(512)) : utf8("{\"data\": \"m\"}");
            case VALID_TX -> utf8("{\"data\": \"fuzz-" + endpointNumber + "-" + index + "\", \"n\": " + index + "}");
        };
    }

    private static byte[] deep(SplittableRandom random) {
        int depth = 65 + random.nextInt(20_000);
        StringBuilder sb = new StringBuilder("{\"data\": ");
        String open = random.nextBoolean() ? "[" : "{\"a\": ";
        sb.append(open.repeat(depth)).append('1');
        if (random.nextBoolean()) { // closed, or cut off
            sb.append((open.equals("[") ? "]" : "}").repeat(depth)).append('}');
        }
        return utf8(sb.toString());
    }

    private static String hex(SplittableRandom random, int digits) {
        StringBuilder sb = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            sb.append(Character.forDigit(random.nextInt(16), 16));
        }
        return sb.toString();
    }

    private static byte[] randomBytes(SplittableRandom random, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) random.nextInt(256);
        }
        return b;
    }

    private static byte[] concat(String head, byte[] middle, String tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(head));
        out.writeBytes(middle);
        out.writeBytes(utf8(tail));
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static <T> T pick(SplittableRandom random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
