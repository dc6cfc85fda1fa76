package org.loopchain.cli.broker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.loopchain.cli.CliException;

/**
 * Sets the loopchain acceptor of an Artemis instance (etc/broker.xml), idempotently: the acceptor
 * named "artemis" (the one {@code artemis create} writes) is bound to HOST:PORT (BROKER_HOST, by
 * default 127.0.0.1) and strips the
 * JMS 1.x prefixes, so that a client naming its destinations jms.topic.X (WildFly's messaging
 * subsystem) and one naming them X (the Artemis RA on Payara) meet on address X. Everything else stays
 * as {@code artemis create} wrote it (a text edit, so its comments and layout stay too).
 */
public final class BrokerXml {
    static final Pattern ACCEPTOR = Pattern.compile("(<acceptor name=\"artemis\">)([^<]*)(</acceptor>)");
    static final Pattern URL = Pattern.compile("tcp://[^:/?]+:\\d+(?:\\?(.*))?");
    static final List<String> PREFIXES = List.of("anycastPrefix=jms.queue.", "multicastPrefix=jms.topic.");

    private BrokerXml() {
    }

    public static String acceptorUrl(String url, String host, int port) {
        Matcher m = URL.matcher(url.strip());
        if (!m.matches()) {
            throw new CliException("unexpected acceptor URL: " + url);
        }
        List<String> params = new ArrayList<>();
        if (m.group(1) != null) {
            for (String p : m.group(1).split(";")) {
                String key = p.split("=", 2)[0];
                if (!p.isEmpty() && !key.equals("anycastPrefix") && !key.equals("multicastPrefix")) {
                    params.add(p);
                }
            }
        }
        params.addAll(PREFIXES);
        return "tcp://" + host + ":" + port + "?" + String.join(";", params);
    }

    public static String edit(String xml, String host, int port, String what) {
        Matcher m = ACCEPTOR.matcher(xml);
        if (!m.find()) {
            throw new CliException(what + ": no <acceptor name=\"artemis\">");
        }
        return xml.substring(0, m.start()) + m.group(1) + acceptorUrl(m.group(2), host, port) + m.group(3) + xml.substring(m.end());
    }

    /** The port the instance's acceptor is configured for, or -1. */
    public static int port(String xml) {
        Matcher m = ACCEPTOR.matcher(xml);
        if (m.find()) {
            Matcher u = Pattern.compile("tcp://[^:]*:(\\d+)").matcher(m.group(2));
            if (u.find()) {
                return Integer.parseInt(u.group(1));
            }
        }
        return -1;
    }

    /** The host the instance's acceptor is bound to, or "". */
    public static String host(String xml) {
        Matcher m = ACCEPTOR.matcher(xml);
        if (m.find()) {
            Matcher u = Pattern.compile("tcp://([^:/?]+):").matcher(m.group(2));
            if (u.find()) {
                return u.group(1);
            }
        }
        return "";
    }

    public static void configure(Path file, String host, int port) {
        try {
            String xml = Files.readString(file, StandardCharsets.UTF_8);
            Files.writeString(file, edit(xml, host, port, file.toString()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("cannot edit " + file + ": " + e.getMessage());
        }
    }
}
