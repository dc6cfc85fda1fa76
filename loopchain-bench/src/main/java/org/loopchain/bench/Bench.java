package org.loopchain.bench;

import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Submits N transactions with C concurrent clients to one or more peers and reports committed TPS
 * and submit-to-commit latency ({@link Phase}). A watcher follows the chain block by block; a
 * transaction counts as committed when the block holding it is first seen.
 *
 * <p>With {@code --token} every v1 transaction is a transfer of the channel's token SCORE (see
 * {@link TokenTransfers}), and the report adds how many of a sample of results failed. With
 * {@code --v3} a second load follows the v1 one in the same run: N ICON v3 transfers signed by the
 * clients ({@link V3Transfers}), and the report ends with the v3 rate as a share of the v1 rate.
 *
 * <p>Before the load it measures the machine's own limits ({@link MachineLimits}; {@code --no-limits}
 * skips them; Derby's database is made under {@code --scratch}, by default the JVM's temp dir) and
 * after it compares the committed rate with the signature ceiling; while the load runs it prints a
 * {@link Progress} line every 5 s.
 *
 * <pre>Bench --peer http://127.0.0.1:9000 [--peer ...] [-n 20000] [-c 16] [--rate 0] [--token] [--v3 [--channel C] [--nid 1]]
 *       [--no-limits] [--scratch DIR]</pre>
 */
public final class Bench {

    private static final Duration LIMIT_DURATION = Duration.ofSeconds(3);
    private static final String USAGE = "usage: bench [--peer URL]... [-n N] [-c CLIENTS] [--rate TX_PER_S] [--token]"
            + " [--v3 [--channel CHANNEL] [--nid NID]] [--no-limits] [--scratch DIR]";

    private final List<URI> peers = new ArrayList<>();
    private int total = 20_000;
    private int clients = 16;
    private double rate;
    private boolean token;
    private boolean v3;
    private String channel;
    private BigInteger nid = BigInteger.ONE;
    /** Where MachineLimits makes its Derby database; null: no limits measured. */
    private Path scratch = Path.of(System.getProperty("java.io.tmpdir"));

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Bench bench;
        try {
            bench = parse(args);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            System.err.println("bench: " + e.getMessage() + "\n" + USAGE);
            System.exit(2);
            return;
        }
        bench.run();
    }

    static Bench parse(String[] args) {
        Bench b = new Bench();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--peer" -> b.peers.add(URI.create(loopback(args[++i])));
                case "-n" -> b.total = positive("-n", args[++i]);
                case "-c" -> b.clients = positive("-c", args[++i]);
                case "--rate" -> b.rate = Double.parseDouble(args[++i]);
                case "--token" -> b.token = true;
                case "--v3" -> b.v3 = true;
                case "--channel" -> b.channel = args[++i];
                case "--nid" -> b.nid = new BigInteger(args[++i]);
                case "--no-limits" -> b.scratch = null;
                case "--scratch" -> b.scratch = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (b.peers.isEmpty()) {
            b.peers.add(URI.create("http://127.0.0.1:9000"));
        }
        return b;
    }

    private static int positive(String flag, String value) {
        int n = Integer.parseInt(value);
        if (n <= 0) {
            throw new IllegalArgumentException(flag + " must be positive, not " + value);
        }
        return n;
    }

    private static String loopback(String url) {
        String host = URI.create(url).getHost();
        if (host == null || !host.matches("127\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}") && !"localhost".equals(host)) {
            throw new IllegalArgumentException("the benchmark only sends traffic to loopback, not " + host);
        }
        return url;
    }

    /** The body of plain transaction {@code i}. */
    static String body(int i) {
        return "{\"data\": \"bench-" + i + "\", \"n\": " + i + "}";
    }

    private void run() throws Exception {
        MachineLimits.Limits machine = null;
        if (scratch != null) {
            machine = MachineLimits.measure(LIMIT_DURATION, peers.size(), scratch);
            System.out.print(machine.block());
            System.out.flush();
        }
        if (token) {
            new TokenTransfers(peers).fund(total);
        }
        Phase first = new Phase(peers, Load.v1(token), total, clients, rate).run();
        first.report(System.out);
        if (machine != null) {
            System.out.println(MachineLimits.ceilingLine(machine.verify().perSecond(), peers.size(), first.committedTps()));
        }
        if (token) {
            List<String> sample = first.committedHashes().stream().limit(200).toList();
            try {
                System.out.printf("SCORE results    %d of %d sampled transfers failed%n",
                        new TokenTransfers(peers).failed(sample), sample.size());
            } catch (Exception e) {
                System.out.printf("SCORE results    could not be read: %s%n", e.getMessage());
            }
        }
        if (v3) {
            Phase second = new Phase(peers, new V3Transfers(channel, nid, BigInteger.ZERO, clients), total, clients, rate).run();
            second.report(System.out);
            System.out.printf("v3 / v1          %.0f%% (%.0f against %.0f committed tx/s, same peers, clients and count)%n",
                    first.committedTps() == 0 ? 0.0 : 100 * second.committedTps() / first.committedTps(),
                    second.committedTps(), first.committedTps());
        }
    }
}
