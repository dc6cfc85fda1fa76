package org.loopchain.cli.keycloak;

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
import org.loopchain.cli.CliException;
import org.loopchain.cli.json.Json;

/** HTTP for the identity provider and the audit API: forms, Bearer tokens, JSON answers with their status. */
final class OidcHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** A status and its body. */
    record Answer(int status, String body) {
        Map<?, ?> object() {
            try {
                if (Json.parse(body) instanceof Map<?, ?> m) {
                    return m;
                }
            } catch (IllegalArgumentException e) {
                // below
            }
            throw new CliException("not a JSON object (HTTP " + status + "): " + (body.length() > 200 ? body.substring(0, 200) : body));
        }
    }

    private OidcHttp() {
    }

    static Answer form(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static Answer get(String url, String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Accept", "application/json");
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return send(b.GET().build());
    }

    static Answer postJson(String url, String bearer, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + bearer).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static Answer putJson(String url, String bearer, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + bearer).PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new CliException("no answer from " + request.uri().getScheme() + "://" + request.uri().getAuthority()
                    + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
