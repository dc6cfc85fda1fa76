package org.loopchain.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.loopchain.core.json.Json;

/** A small client of a peer's REST v1 API for the tests. */
final class Rest {

    /** An answer; status 0 when the peer could not be reached. */
    record Reply(int status, String body) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            return (Map<String, Object>) Json.parse(body);
        }

        /** The value of a top-level key; null when the peer did not answer. */
        Object get(String key) {
            return status == 0 ? null : json().get(key);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final URI api;

    Rest(int port) {
        this("127.0.0.1", port);
    }

    /** The REST v1 API of the node at HOST:PORT. */
    Rest(String host, int port) {
        this.api = URI.create("http://" + host + ":" + port + "/api/v1/");
    }

    @Override
    public String toString() {
        return "peer at " + api;
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    Reply post(String path, String body) {
        return send(HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body());
        } catch (IOException e) {
            return new Reply(0, ""); // the peer is down or went away: status 0
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
