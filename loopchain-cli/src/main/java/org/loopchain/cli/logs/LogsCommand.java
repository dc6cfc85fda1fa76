package org.loopchain.cli.logs;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.loopchain.cli.Args;
import org.loopchain.cli.CliException;
import org.loopchain.cli.Command;
import org.loopchain.cli.json.Json;
import org.loopchain.cli.knobs.Knobs;
import org.loopchain.cli.node.Http;

/**
 * {@code logs --rs-port P [--rs-host H] [--node N] [--channel C] [--level L] [--since 10m|TIME] [--grep TEXT] [--limit N]}:
 * asks the Radio Station's {@code GET /api/v1/logs} and prints one line per record, oldest first
 * ({@link LogLine}). The filters go to the Radio Station as they are: it checks them and says what
 * is wrong with one.
 */
public final class LogsCommand {

    /** The options that are filters, in the order they go into the query. */
    static final List<String> FILTERS = List.of("node", "channel", "level", "since", "grep", "limit");
    static final String USAGE = "usage: ./loopchain logs [--node N] [--channel C] [--level L] [--since 10m|2026-12-05T19:00:00Z]"
            + " [--grep TEXT] [--limit N]";

    private LogsCommand() {
    }

    public static void register(Map<String, Command> c) {
        c.put("logs", LogsCommand::run);
    }

    static int run(Args a, PrintStream out, PrintStream err) throws InterruptedException {
        String url = url(a);
        String body;
        try {
            body = Http.get(url, 30);
        } catch (IOException e) {
            throw new CliException("the Radio Station does not answer on " + url.substring(0, url.indexOf("/api/")) + " (" + e + ")");
        }
        Object json;
        try {
            json = Json.parse(body);
        } catch (IllegalArgumentException e) {
            throw new CliException("the Radio Station answered something that is not JSON: " + clip(body));
        }
        if (!(json instanceof Map<?, ?> reply) || !(reply.get("response_code") instanceof Number code)) {
            throw new CliException("unexpected answer from the Radio Station: " + clip(body));
        }
        if (code.longValue() != 0) {
            throw new CliException(reply.get("message") + " (response_code " + code + ")\n" + USAGE);
        }
        Map<?, ?> data = (Map<?, ?>) reply.get("data");
        List<?> records = (List<?>) data.get("records");
        ZoneId zone = ZoneId.systemDefault();
        for (Object r : records) {
            out.println(LogLine.format((Map<?, ?>) r, zone));
        }
        if (records.isEmpty()) {
            err.println("no collected log records match");
        } else if (data.get("limit") instanceof Number limit && records.size() >= limit.longValue()) {
            err.println("(the newest " + records.size() + " matching records; --limit up to 10000 or --since for more)");
        }
        return 0;
    }

    /** The query URL the options ask for; an option that is no filter, or an argument, is a usage error. */
    static String url(Args a) {
        if (!a.positional().isEmpty()) {
            throw new CliException("unexpected argument '" + a.positional().get(0) + "'\n" + USAGE, 2);
        }
        for (String name : a.optionNames()) {
            if (!name.equals("rs-port") && !name.equals("rs-host") && !FILTERS.contains(name)) {
                throw new CliException("unknown option --" + name + "\n" + USAGE, 2);
            }
        }
        StringBuilder url = new StringBuilder("http://").append(Knobs.host("--rs-host", a.optional("rs-host", "127.0.0.1")))
                .append(':').append(a.requiredInt("rs-port")).append("/api/v1/logs");
        char sep = '?';
        for (String f : FILTERS) {
            String v = a.optional(f, null);
            if (v != null) {
                url.append(sep).append(f).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
                sep = '&';
            }
        }
        return url.toString();
    }

    private static String clip(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
