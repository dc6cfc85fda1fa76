package org.loopchain.score.host;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.loopchain.core.json.Json;

/** {@link PeerApi} over HTTP to a peer on this host. */
public final class HttpPeerApi implements PeerApi {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private final URI api;

    /** A peer's API at {@code HOST:PORT}, or at {@code PORT} on 127.0.0.1. */
    public static HttpPeerApi at(String address) {
        int colon = address.lastIndexOf(':');
        try {
            return colon < 0 ? new HttpPeerApi("127.0.0.1", Integer.parseInt(address))
                    : new HttpPeerApi(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not [HOST:]PORT: '" + address + "'");
        }
    }

    /** A peer's API at {@code http://HOST:PORT/api/v1/}. */
    public HttpPeerApi(String host, int port) {
        this.api = URI.create("http://" + host + ":" + port + "/api/v1/");
    }

    @Override
    public Reply get(String path) {
        return send(HttpRequest.newBuilder(api.resolve(path)).timeout(REQUEST_TIMEOUT).GET().build());
    }

    @Override
    public Reply post(String path, String jsonBody) {
        return send(HttpRequest.newBuilder(api.resolve(path)).timeout(REQUEST_TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8)).build());
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body().isEmpty() ? Map.of() : Json.parse(r.body()));
        } catch (IOException e) {
            throw new IllegalStateException("no answer from " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
