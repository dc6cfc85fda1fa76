package org.loopchain.console;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.config.NodeIdentity;
import org.loopchain.core.json.Json;

/**
 * The console as a client of the REST APIs: the node's own (on the address and port the page was
 * asked on, so the console goes through exactly what the CLI goes through) and the Radio Station's.
 */
final class NodeHttp {

    static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** An answer: its status and parsed JSON body ({@code null} when it was not JSON); status 0 when unreachable. */
    record Answer(int status, Object body) {
        Object field(String key) {
            return body instanceof Map<?, ?> m ? m.get(key) : null;
        }

        Map<?, ?> object(String key) {
            return field(key) instanceof Map<?, ?> m ? m : Map.of();
        }
    }

    private NodeHttp() {
    }

    /** The node's own REST base ({@code http://ADDR:PORT}) as the request reached it. */
    static String self(HttpServletRequest request) {
        String address = request.getLocalAddr();
        return "http://" + (address.contains(":") ? "[" + address + "]" : address) + ":" + request.getLocalPort();
    }

    /** The console's origin as the browser asked for it ({@code http://HOST:PORT}). */
    static String selfPublic(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
    }

    /** The Radio Station's REST base, if this node knows one: its own for the Radio Station itself. */
    static Optional<String> radioStation(NodeIdentity node, HttpServletRequest request) {
        if (!node.isPeer()) {
            return Optional.of(self(request));
        }
        String host = node.config().get(ConfigKeys.Network.RADIOSTATION_HOST);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("http://" + host + ":" + (node.config().get(ConfigKeys.Network.PORT_RADIOSTATION)
                + ConfigKeys.REST_PORT_OFFSET));
    }

    static Answer get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build());
    }

    static Answer post(String url, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Object body;
            try {
                body = Json.parse(answer.body());
            } catch (RuntimeException e) {
                body = null;
            }
            return new Answer(answer.statusCode(), body);
        } catch (IOException e) {
            return new Answer(0, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, null);
        }
    }
}
