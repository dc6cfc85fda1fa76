package org.loopchain.score.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP side of the operator's client, against a loopback server that answers what it was asked. */
class HttpPeerApiTest {

    private final List<String> requests = new ArrayList<>();
    private HttpServer server;
    private HttpPeerApi api;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.3", 0), 0);
        server.createContext("/api/v1/scores", this::echo);
        server.createContext("/api/v1/empty", x -> answer(x, 204, ""));
        server.start();
        api = HttpPeerApi.at("127.0.0.3:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aGetAnswersTheStatusAndTheParsedBody() {
        PeerApi.Reply reply = api.get("scores?channel=c");

        assertEquals(200, reply.status());
        assertEquals("GET /api/v1/scores?channel=c", reply.field("request"));
    }

    @Test
    void aPostSendsItsBodyAsJson() {
        PeerApi.Reply reply = api.post("scores?channel=c", "{\"a\": 1}");

        assertEquals("POST /api/v1/scores?channel=c", reply.field("request"));
        assertEquals(List.of("application/json {\"a\": 1}"), requests);
    }

    @Test
    void anAddressIsHostAndPortOrAPortOnLoopback() {
        assertThrows(IllegalArgumentException.class, () -> HttpPeerApi.at("127.0.0.3:port"));
        assertThrows(IllegalArgumentException.class, () -> HttpPeerApi.at(""));
        IllegalStateException none = assertThrows(IllegalStateException.class,
                () -> HttpPeerApi.at(Integer.toString(server.getAddress().getPort())).get("empty"), "the peer is not on 127.0.0.1");
        assertTrue(none.getMessage().startsWith("no answer from http://127.0.0.1:"), none.getMessage());
    }

    @Test
    void anEmptyBodyIsAnEmptyObject() {
        assertEquals(new PeerApi.Reply(204, Map.of()), api.get("empty"));
    }

    @Test
    void noAnswerIsAnIllegalStateNamingTheAddress() {
        server.stop(0);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> api.get("scores"));

        assertTrue(e.getMessage().startsWith("no answer from http://127.0.0.3:"), e.getMessage());
    }

    private void echo(HttpExchange x) throws IOException {
        if (x.getRequestMethod().equals("POST")) {
            requests.add(x.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        }
        answer(x, 200, "{\"request\": \"" + x.getRequestMethod() + " " + x.getRequestURI() + "\"}");
    }

    private static void answer(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }
}
