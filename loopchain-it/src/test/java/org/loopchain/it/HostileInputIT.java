package org.loopchain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.loopchain.core.json.Json;
import org.loopchain.core.json.JsonException;
import org.loopchain.it.HostileRequests.Endpoint;
import org.loopchain.it.HostileRequests.Request;

/**
 * Hostile input at volume, on a real node: peer0 and the Radio Station of the {@link SharedNetwork}
 * (four peers in real Payara Server domains with the broker and Derby, started by {@code ./loopchain}).
 * {@link HostileRequests} makes {@code fuzz.requests} (default 1,000) seeded malformed requests per
 * endpoint ({@code fuzz.seed}, default 17), sent by {@code fuzz.clients} (default 8) clients at once
 * over raw sockets ({@link RawHttp}): every peer REST v1 endpoint, the Radio Station's, and paths
 * outside the API. Every answer must be an answer (no dropped connection), 2xx/4xx or 503 (never
 * another 5xx) with a JSON body naming no server; exactly the well-formed transactions are
 * acknowledged and counted in {@code total_tx}; afterwards the node still answers, with a bounded
 * number of threads. Slow and stalled clients get their answers too. The counts by status go to
 * {@code target/hostile-input.txt} (RELIABILITY.md).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedNetwork.class)
@Order(SharedNetwork.FIRST_ORDER + 2)
class HostileInputIT {

    private static final long SEED = Long.getLong("fuzz.seed", 17);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 1000);
    private static final int CLIENTS = Integer.getInteger("fuzz.clients", 8);
    /** Stalled clients at once: more than the node's 32 request threads. */
    private static final int STALLED = Integer.getInteger("fuzz.stalled", 40);
    /** Threads the peer may have after the run beyond those it had after a warm-up. */
    private static final int THREAD_SLACK = 64;

    /** How long the peer may take to commit what it acknowledged. */
    private static final Duration SETTLING = Duration.ofMinutes(2);

    private final int peerPort = Launcher.restPort(0);
    private final int rsPort = Launcher.RS_REST_PORT;
    private Launcher launcher;
    private Rest peer;

    @BeforeAll
    void up(Launcher network) {
        launcher = network;
        peer = new Rest(peerPort);
    }


    private List<Endpoint> endpoints() {
        String v1 = "/api/v1/";
        return List.of(
                new Endpoint("POST transactions", peerPort, "POST", v1 + "transactions", true),
                new Endpoint("GET transactions", peerPort, "GET", v1 + "transactions", false),
                new Endpoint("GET transactions/result", peerPort, "GET", v1 + "transactions/result", false),
                new Endpoint("GET blocks", peerPort, "GET", v1 + "blocks", false),
                new Endpoint("GET status/peer", peerPort, "GET", v1 + "status/peer", false),
                new Endpoint("GET status/score", peerPort, "GET", v1 + "status/score", false),
                new Endpoint("GET status/evidence", peerPort, "GET", v1 + "status/evidence", false),
                new Endpoint("POST query", peerPort, "POST", v1 + "query", false),
                new Endpoint("POST scores", peerPort, "POST", v1 + "scores", false),
                new Endpoint("GET scores", peerPort, "GET", v1 + "scores", false),
                new Endpoint("RS POST peer/join", rsPort, "POST", v1 + "peer/join", false),
                new Endpoint("RS GET peer/list", rsPort, "GET", v1 + "peer/list", false),
                new Endpoint("RS GET peer/leader", rsPort, "GET", v1 + "peer/leader", false),
                new Endpoint("RS GET peer/status", rsPort, "GET", v1 + "peer/status", false),
                new Endpoint("RS GET peer/status-list", rsPort, "GET", v1 + "peer/status-list", false),
                new Endpoint("RS GET conf", rsPort, "GET", v1 + "conf", false),
                new Endpoint("POST /api/v3 (outside)", peerPort, "POST", "/api/v3", false),
                new Endpoint("GET /nonexistent (outside)", peerPort, "GET", "/nonexistent", false),
                new Endpoint("RS POST /api/v2/x (outside)", rsPort, "POST", "/api/v2/x", false));
    }

    @Test
    void malformedRequestsAtVolumeAreAnsweredInJsonAndOnlyValidTransactionsAreStored() throws Exception {
        long peerPid = launcher.pid("peer0");
        List<Endpoint> endpoints = endpoints();
        HostileRequests requests = new HostileRequests(SEED);
        Outcomes warmUp = new Outcomes(); // request threads and JIT, with requests of another seed
        run(new HostileRequests(~SEED), endpoints, Math.min(REQUESTS, 100), warmUp);
        long storedBefore = committedWhenSettled(peer);
        int threadsBefore = threads(peerPid);

        long started = System.nanoTime();
        Outcomes outcomes = new Outcomes();
        run(requests, endpoints, REQUESTS, outcomes);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

        long storedAfter = committedWhenSettled(peer);
        int threadsAfter = threads(peerPid);
        String report = outcomes.table(endpoints) + String.format("%nseed %d, %d requests per endpoint, %d clients, %d s;"
                + " valid transactions sent %d, acknowledged %d, committed (none pending) %d -> %d; peer threads %d -> %d%n",
                SEED, REQUESTS, CLIENTS, seconds, outcomes.validSent.sum(), outcomes.acknowledged.sum(), storedBefore,
                storedAfter, threadsBefore, threadsAfter);
        System.out.println(report);
        Files.writeString(Path.of("target", "hostile-input.txt"), report);
        Files.write(Path.of("target", "hostile-input-failures.txt"), outcomes.failures);

        assertTrue(outcomes.failures.isEmpty(), outcomes.failures.size() + " bad answers, the first ones:\n"
                + String.join("\n", outcomes.failures.stream().limit(15).toList()));
        assertEquals(outcomes.validSent.sum(), outcomes.acknowledged.sum(), "every valid transaction acknowledged");
        assertEquals(storedBefore + outcomes.validSent.sum(), storedAfter, "total_tx grew by exactly the valid transactions");
        assertEquals(200, peer.get("status/peer").status(), "the peer still answers");
        assertEquals(200, new Rest(rsPort).get("peer/list").status(), "the Radio Station still answers");
        assertTrue(threadsAfter <= threadsBefore + THREAD_SLACK, "threads " + threadsBefore + " -> " + threadsAfter);
        assertTrue(warmUp.failures.isEmpty(), "the warm-up: " + String.join("\n", warmUp.failures.stream().limit(15).toList()));
    }

    @Test
    void stalledAndSlowClientsGetJsonAnswersAndDoNotStarveTheNode() throws Exception {
        long storedBefore = committedWhenSettled(peer);
        byte[] head = ("POST /api/v1/transactions HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"data\": ").getBytes(StandardCharsets.UTF_8);
        List<Socket> stalled = new ArrayList<>();
        for (int i = 0; i < STALLED; i++) {
            stalled.add(RawHttp.stall(peerPort, head));
        }
        // while every request thread may be waiting on a stalled body, a normal request is still answered
        Rest.Reply status = peer.get("status/peer");
        assertEquals(200, status.status(), status.body());
        byte[] tx = utf8("{\"data\": \"slow client\"}");
        byte[] slowTx = RawHttp.request("POST", utf8("/api/v1/transactions"),
                Map.of("Content-Type", "application/json", "Content-Length", String.valueOf(tx.length)), tx);
        RawHttp.Answer slow = RawHttp.exchange(peerPort, slowTx, 16, 100);
        assertEquals(200, slow.status(), slow.failure() + slow.text());
        ExecutorService readers = Executors.newFixedThreadPool(STALLED);
        List<Future<RawHttp.Answer>> answers = new ArrayList<>();
        for (Socket s : stalled) {
            answers.add(readers.submit(() -> RawHttp.answerOf(s)));
        }
        for (Future<RawHttp.Answer> f : answers) {
            RawHttp.Answer a = f.get(2, TimeUnit.MINUTES);
            Optional<String> bad = problem(a);
            assertTrue(bad.isEmpty(), "a stalled body: " + bad.orElse(""));
            assertEquals(400, a.status(), a.text());
        }
        readers.shutdown();
        assertEquals(storedBefore + 1, committedWhenSettled(peer), "the slow transaction alone was stored");
    }

    /**
     * The peer's committed transactions once nothing is pending: every acknowledged transaction is then
     * in a block, so counts taken this way differ by exactly what was stored in between.
     */
    private static long committedWhenSettled(Rest peer) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLING.toNanos();
        while (true) {
            Map<String, Object> s = peer.get("status/peer").json();
            if (((Number) s.get("pending_tx")).longValue() == 0) {
                return ((Number) s.get("total_tx")).longValue();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("transactions still pending after " + SETTLING + ": " + s);
            }
            Thread.sleep(200);
        }
    }

    @Test
    void nonAsciiQueryValuesArriveAsUtf8OnEveryKindOfEndpoint() {
        byte[] raw = "/api/v1/blocks?channel=été".getBytes(StandardCharsets.UTF_8);
        for (RawHttp.Answer a : List.of(
                RawHttp.exchange(peerPort, RawHttp.request("GET", utf8("/api/v1/blocks?channel=%C3%A9t%C3%A9"), Map.of(), new byte[0])),
                RawHttp.exchange(peerPort, RawHttp.request("GET", raw, Map.of(), new byte[0])),
                RawHttp.exchange(peerPort, RawHttp.request("POST", utf8("/api/v1/transactions?channel=%C3%A9t%C3%A9"),
                        Map.of("Content-Length", "2"), utf8("{}"))),
                RawHttp.exchange(peerPort, RawHttp.request("GET", utf8("/api/v1/transactions?hash=%C3%A9t%C3%A9"), Map.of(), new byte[0])))) {
            assertTrue(problem(a).isEmpty(), problem(a).orElse(""));
            Map<?, ?> body = (Map<?, ?>) Json.parse(a.text());
            String message = String.valueOf(body.containsKey("message") ? body.get("message") : body.get("more_info"));
            assertTrue(message.endsWith("été"), "decoded as UTF-8: " + a.text());
        }
    }

    /**
     * What the server's HTTP layer (Grizzly) refuses before any application sees it: a request
     * line and headers beyond 64 KiB, a version it does not speak, a header value that is not ASCII:
     * an empty 400 (505 for the version) that no setting makes JSON; bytes that are no request line:
     * the connection closed (after the idle timeout). The test holds them to what it can: an answer
     * where HTTP allows one, naming no server. Up to 64 KiB a long request line reaches the API and
     * gets its JSON.
     */
    @Test
    void framingErrorsTheHttpLayerRefusesAreAnsweredNamingNoServer() {
        RawHttp.Answer longButWithin = RawHttp.exchange(peerPort, RawHttp.request("GET",
                utf8("/api/v1/blocks?hash=" + "a".repeat(60_000)), Map.of(), new byte[0]));
        assertTrue(problem(longButWithin).isEmpty(), problem(longButWithin).orElse(""));
        assertEquals(400, longButWithin.status());
        Map<String, byte[]> framing = Map.of(
                "request line beyond 64 KiB", RawHttp.request("GET", utf8("/api/v1/blocks?hash=" + "a".repeat(70_000)),
                        Map.of(), new byte[0]),
                "no request line", utf8("GARBAGE\r\n\r\n"),
                "HTTP/9.9", utf8("GET /api/v1/blocks HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n"),
                "non-ASCII header value", RawHttp.request("GET", utf8("/api/v1/blocks"), Map.of("Content-Type", "é/é"), new byte[0]));
        StringBuilder seen = new StringBuilder();
        List<String> bad = new ArrayList<>();
        framing.forEach((name, request) -> {
            RawHttp.Answer a = RawHttp.exchange(peerPort, request);
            seen.append(String.format("%s: %s, %d bytes%n", name, a.dropped() ? "closed" : a.status(), a.body().length));
            boolean notHttp = name.equals("no request line"); // the server closes the connection, it cannot answer HTTP
            if (a.dropped() ? !notHttp : a.status() != 400 && a.status() != 505) {
                bad.add(name + ": " + (a.dropped() ? a.failure() : a.status()));
            }
            String all = a.headers() + a.text();
            if (a.headers().containsKey("server") || a.headers().containsKey("x-powered-by") || all.contains("Payara")
                    || all.contains("GlassFish")) {
                bad.add(name + " names the server: " + all);
            }
        });
        System.out.print("framing errors (answered by the HTTP layer):\n" + seen);
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Sends {@code perEndpoint} requests to every endpoint with {@link #CLIENTS} clients, recording outcomes. */
    private static void run(HostileRequests requests, List<Endpoint> endpoints, int perEndpoint, Outcomes outcomes)
            throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger next = new AtomicInteger();
        int total = perEndpoint * endpoints.size();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            done.add(clients.submit(() -> {
                for (int n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
                    int e = n % endpoints.size();
                    Request r = requests.make(endpoints.get(e), e, n / endpoints.size());
                    outcomes.record(r, RawHttp.exchange(r.endpoint().port(), r.bytes()));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(30, TimeUnit.MINUTES);
        }
        clients.shutdown();
    }

    /** What is wrong with an answer, if anything: dropped, a 5xx but 503, not JSON, a server named. */
    static Optional<String> problem(RawHttp.Answer a) {
        if (a.dropped()) {
            return Optional.of("dropped: " + a.failure());
        }
        if (a.status() >= 500 && a.status() != 503) {
            return Optional.of("HTTP " + a.status() + ": " + a.text());
        }
        String server = a.headers().getOrDefault("server", "") + a.headers().getOrDefault("x-powered-by", "");
        if (!server.isEmpty() || a.text().contains("Payara") || a.text().contains("GlassFish")) {
            return Optional.of("names the server: " + a.headers() + " " + a.text());
        }
        if (a.text().contains("Exception") || a.text().contains("\tat ")) {
            return Optional.of("a stack trace: " + a.text());
        }
        if (!a.headers().getOrDefault("content-type", "").startsWith("application/json")) {
            return Optional.of("HTTP " + a.status() + " not JSON: " + a.headers() + " " + a.text());
        }
        try {
            if (!(Json.parse(a.text()) instanceof Map)) {
                return Optional.of("HTTP " + a.status() + " not a JSON object: " + a.text());
            }
        } catch (JsonException e) {
            return Optional.of("HTTP " + a.status() + " unparsable JSON (" + e.getMessage() + "): " + a.text());
        }
        return Optional.empty();
    }

    /** The number of threads of a process (Linux). */
    private static int threads(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("Threads:")) {
                return Integer.parseInt(line.substring("Threads:".length()).trim());
            }
        }
        throw new AssertionError("no thread count in /proc/" + pid + "/status");
    }

    /** Answers by endpoint and status, by kind and status, the valid transactions, the failures. */
    private static final class Outcomes {
        final Map<String, Map<Integer, LongAdder>> byEndpoint = new ConcurrentHashMap<>();
        final Map<String, Map<Integer, LongAdder>> byKind = new ConcurrentHashMap<>();
        final LongAdder validSent = new LongAdder();
        final LongAdder acknowledged = new LongAdder();
        final Queue<String> failures = new ConcurrentLinkedQueue<>();

        void record(Request r, RawHttp.Answer a) {
            count(byEndpoint, r.endpoint().name(), a.status());
            count(byKind, r.kind().name(), a.status());
            Optional<String> bad = problem(a);
            boolean acked = a.status() == 200 && r.endpoint().submitsTransactions() && "POST".equals(r.method())
                    && "0".equals(responseCode(a));
            if (r.validTx()) {
                validSent.increment();
            }
            if (acked) {
                acknowledged.increment();
            }
            if (bad.isEmpty() && r.validTx() != acked) {
                bad = Optional.of(r.validTx() ? "a valid transaction not acknowledged" : "an invalid transaction acknowledged");
            }
            bad.ifPresent(why -> failures.add(r.endpoint().name() + " #" + r.index() + " " + r.kind() + ": " + why
                    + "\n    request: " + r.shown()));
        }

        private static String responseCode(RawHttp.Answer a) {
            try {
                return String.valueOf(((Map<?, ?>) Json.parse(a.text())).get("response_code"));
            } catch (RuntimeException e) {
                return "";
            }
        }

        private static void count(Map<String, Map<Integer, LongAdder>> table, String row, int status) {
            table.computeIfAbsent(row, k -> new ConcurrentHashMap<>()).computeIfAbsent(status, k -> new LongAdder()).increment();
        }

        String table(List<Endpoint> endpoints) {
            StringBuilder sb = new StringBuilder();
            List<String> rows = new ArrayList<>(endpoints.stream().map(Endpoint::name).toList());
            append(sb, "endpoint", rows, byEndpoint);
            append(sb, "kind", List.copyOf(new TreeMap<>(byKind).keySet()), byKind);
            return sb.toString();
        }

        private static void append(StringBuilder sb, String title, List<String> rows, Map<String, Map<Integer, LongAdder>> table) {
            TreeMap<Integer, Boolean> statuses = new TreeMap<>();
            table.values().forEach(m -> m.keySet().forEach(s -> statuses.put(s, true)));
            sb.append(String.format("%n| %s |", title));
            statuses.keySet().forEach(s -> sb.append(' ').append(s == 0 ? "dropped" : s).append(" |"));
            sb.append(String.format("%n|---|"));
            statuses.keySet().forEach(s -> sb.append("---:|"));
            for (String row : rows) {
                sb.append(String.format("%n| %s |", row));
                Map<Integer, LongAdder> m = table.getOrDefault(row, Map.of());
                statuses.keySet().forEach(s -> sb.append(' ').append(m.containsKey(s) ? m.get(s).sum() : 0).append(" |"));
            }
            sb.append(String.format("%n"));
        }
    }
}
