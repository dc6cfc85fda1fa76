package org.loopchain.cli.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.loopchain.cli.Args;
import org.loopchain.cli.CliException;
import org.loopchain.cli.Main;

class LogsCommandTest {

    private static Map<String, Object> record(String channel, Long height, String thrown) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("time", 1_795_000_000_123L);
        r.put("node", "peer2");
        r.put("node_id", "id-2");
        r.put("channel", channel);
        r.put("height", height);
        r.put("round", null);
        r.put("level", "INFO");
        r.put("logger", "org.loopchain.channel.ChannelChain");
        r.put("message", "channel kofia_1: committed height 7 round 0");
        r.put("thrown", thrown);
        return r;
    }

    @Test
    void aRecordIsOneLineWithTimeNodeLevelChannelHeightLoggerAndMessage() {
        assertEquals("2026-11-18 11:06:40.123 peer2    INFO    kofia_1/7                ChannelChain     channel kofia_1: committed height 7 round 0",
                LogLine.format(record("kofia_1", 7L, ""), ZoneOffset.UTC));
    }

    @Test
    void aRecordWithoutChannelShowsADashAndItsThrownAfterTheMessage() {
        String line = LogLine.format(record(null, null, "java.sql.SQLException: gone"), ZoneOffset.UTC);
        assertTrue(line.contains(" INFO    -                        ChannelChain "), line);
        assertTrue(line.endsWith("round 0 | java.sql.SQLException: gone"), line);
    }

    @Test
    void theFiltersGoToTheRadioStationEncoded() {
        assertEquals("http://127.0.0.1:9002/api/v1/logs?node=peer1&level=WARNING&since=10m&grep=committed+height%2F%C3%A9",
                LogsCommand.url(new Args(List.of("--rs-port", "9002", "--grep", "committed height/\u00e9", "--since", "10m",
                        "--level", "WARNING", "--node", "peer1"))));
        assertEquals("http://127.0.0.1:9002/api/v1/logs", LogsCommand.url(new Args(List.of("--rs-port", "9002"))));
        assertEquals("http://127.0.0.3:9002/api/v1/logs", LogsCommand.url(new Args(List.of("--rs-port", "9002", "--rs-host", "127.0.0.3"))));
    }

    @Test
    void anUnknownOptionOrAnArgumentIsAUsageError() {
        CliException e = assertThrows(CliException.class, () -> LogsCommand.url(new Args(List.of("--rs-port", "9002", "--lvl", "INFO"))));
        assertEquals(2, e.status());
        assertTrue(e.getMessage().startsWith("unknown option --lvl"), e.getMessage());
        assertEquals(2, assertThrows(CliException.class, () -> LogsCommand.url(new Args(List.of("--rs-port", "9002", "peer0")))).status());
    }

    @Test
    void aRadioStationThatDoesNotAnswerIsSaidSo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"logs", "--rs-port", "1"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("loopchain: the Radio Station does not answer on http://127.0.0.1:1"),
                err.toString(StandardCharsets.UTF_8));
    }

    /** An in-process stand-in for the Radio Station on an ephemeral loopback port, answering {@code body} with {@code status}. */
    private static String[] runAgainst(int status, String body, String... options) throws IOException {
        AtomicReference<String> asked = new AtomicReference<>();
        HttpServer rs = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        rs.createContext("/api/v1/logs", exchange -> {
            asked.set(exchange.getRequestURI().toString());
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(bytes);
            }
        });
        rs.start();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            String[] argv = new String[options.length + 3];
            argv[0] = "logs";
            argv[1] = "--rs-port";
            argv[2] = Integer.toString(rs.getAddress().getPort());
            System.arraycopy(options, 0, argv, 3, options.length);
            int exit = Main.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            return new String[] {Integer.toString(exit), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), asked.get()};
        } finally {
            rs.stop(0);
        }
    }

    @Test
    void theRecordsTheRadioStationAnswersArePrintedInItsOrder() throws IOException {
        String answer = "{\"response_code\": 0, \"data\": {\"count\": 2, \"limit\": 2, \"records\": ["
                + "{\"time\": 1000, \"node\": \"peer0\", \"node_id\": \"a\", \"channel\": null, \"height\": null, \"round\": null,"
                + " \"level\": \"INFO\", \"logger\": \"org.loopchain.node.NodeRuntime\", \"message\": \"first\", \"thrown\": \"\"}, "
                + "{\"time\": 2000, \"node\": \"peer3\", \"node_id\": \"b\", \"channel\": \"c\", \"height\": 4, \"round\": 0,"
                + " \"level\": \"WARNING\", \"logger\": \"org.loopchain.channel.Channel\", \"message\": \"second\", \"thrown\": \"\"}]}}";
        String[] r = runAgainst(200, answer, "--limit", "2", "--level", "INFO");
        assertEquals("0", r[0], r[2]);
        List<String> lines = r[1].lines().toList();
        assertEquals(2, lines.size(), r[1]);
        assertTrue(lines.get(0).contains(" peer0    INFO    -                        NodeRuntime      first"), lines.get(0));
        assertTrue(lines.get(1).contains(" peer3    WARNING c/4                      Channel          second"), lines.get(1));
        assertTrue(r[2].startsWith("(the newest 2 matching records"), r[2]);
        assertEquals("/api/v1/logs?level=INFO&limit=2", r[3]);
    }

    @Test
    void aRefusedQueryIsTheRadioStationsMessageAndExitStatusOne() throws IOException {
        String[] r = runAgainst(400, "{\"response_code\": -6, \"message\": \"'since' must be a duration\"}", "--since", "soon");
        assertEquals("1", r[0]);
        assertTrue(r[2].startsWith("loopchain: 'since' must be a duration (response_code -6)"), r[2]);
        assertEquals("", r[1]);
    }
}
