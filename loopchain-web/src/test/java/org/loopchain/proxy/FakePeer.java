package org.loopchain.proxy;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A peer's REST port for the tests: the JDK's HTTP server on 127.0.0.1, recording what it receives and answering as told. */
final class FakePeer implements AutoCloseable {

    /** A request as the peer received it. */
    record Received(String method, String path, String query, Headers headers, byte[] body) {
    }

    /** What the peer does with a request. */
    @FunctionalInterface
    interface Behaviour {
        void answer(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    final List<Received> received = new CopyOnWriteArrayList<>();

    FakePeer(Behaviour behaviour) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (exchange) {
                received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                        exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes()));
                behaviour.answer(exchange);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    /** Answers every request with this status, content type and body. */
    static FakePeer answering(int status, String contentType, byte[] body) throws IOException {
        return new FakePeer(exchange -> {
            if (contentType != null) {
                exchange.getResponseHeaders().set("Content-Type", contentType);
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Target target(String peerId) {
        return new Target(peerId, url());
    }

    /** A registered address where nothing listens (a peer that is down). */
    static Target down(String peerId) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        return new Target(peerId, "http://127.0.0.1:" + port);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
