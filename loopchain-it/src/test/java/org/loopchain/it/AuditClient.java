package org.loopchain.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.loopchain.core.json.Json;

/** The tests' client of a node's audit API and of the test network's Keycloak. */
final class AuditClient {

    /** An answer with its status, body and WWW-Authenticate header. */
    record Reply(int status, String body, String challenge) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            return (Map<String, Object>) Json.parse(body);
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private AuditClient() {
    }

    /** GET {@code http://127.0.0.1:PORT/api/audit/v1/PATH} with {@code token} (none when null). */
    static Reply get(int port, String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/audit/v1/" + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.GET().build());
    }

    static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r.headers().firstValue("WWW-Authenticate").orElse(""));
        } catch (IOException e) {
            throw new AssertionError("no answer from " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An access token of {@code user} from {@code realm} (direct grant of {@code client}). */
    static String token(String keycloak, String realm, String client, String user, String password) {
        Reply r = form(keycloak + "/realms/" + realm + "/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", client, "username", user, "password", password));
        if (r.status() != 200) {
            throw new AssertionError("no token for " + user + " from " + realm + ": " + r.status() + " " + r.body());
        }
        return (String) r.json().get("access_token");
    }

    static Reply form(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** POST JSON to the Keycloak admin API with the master realm's admin token. */
    static Reply adminPost(String url, String adminToken, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + adminToken).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
