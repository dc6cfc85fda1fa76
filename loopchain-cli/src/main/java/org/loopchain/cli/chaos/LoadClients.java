package org.loopchain.cli.chaos;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.loopchain.cli.json.Json;
import org.loopchain.cli.node.Http;

/**
 * Clients that submit a steady load of transactions ({@code POST /api/v1/transactions}, which the peer
 * signs and acknowledges once durable) to the peers in turn, each client at its share of the rate,
 * and keep the hash of every acknowledged one. A peer that does not answer costs its client one
 * timeout; the next transaction goes to the next peer.
 */
final class LoadClients {
    private static final int TIMEOUT_SECONDS = 5;

    private final List<String> restBases;
    private final int clients;
    private final double rate;
    private final String tag;
    private final Set<String> acked = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile boolean running;
    private Thread[] threads = new Thread[0];

    /**
     * @param restBases the peers' REST base URLs ({@code http://host:port})
     * @param rate      transactions per second, all clients together
     * @param tag       put in every transaction's data (the run's seed), so runs do not collide
     */
    LoadClients(List<String> restBases, int clients, double rate, String tag) {
        this.restBases = List.copyOf(restBases);
        this.clients = clients;
        this.rate = rate;
        this.tag = tag;
    }

    /** Starts the clients; a transaction's data names the episode. */
    synchronized void start(int episode) {
        running = true;
        threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads[c] = new Thread(() -> submitLoop(episode, client), "chaos-load-" + c);
            threads[c].setDaemon(true);
            threads[c].start();
        }
    }

    /** Stops the clients and waits for their last request. */
    synchronized void stop() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.join();
        }
    }

    /** Every transaction acknowledged so far. */
    Set<String> acked() {
        return Set.copyOf(acked);
    }

    int sent() {
        return sent.get();
    }

    /** Submissions not acknowledged (refused, timed out, peer down). */
    int refused() {
        return refused.get();
    }

    private void submitLoop(int episode, int client) {
        long pauseNanos = (long) (1e9 * clients / rate);
        long next = System.nanoTime();
        for (int i = 0; running; i++) {
            String base = restBases.get((client + i) % restBases.size());
            String body = "{\"data\": \"chaos " + tag + " episode " + episode + " client " + client + " tx " + i + "\"}";
            sent.incrementAndGet();
            String hash = submit(base, body);
            if (hash != null) {
                acked.add(hash);
            } else {
                refused.incrementAndGet();
            }
            next += pauseNanos;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            } else {
                next = System.nanoTime(); // behind after a timeout: no burst to catch up
            }
        }
    }

    /** The hash of an acknowledged transaction, else null. */
    static String submit(String restBase, String body) {
        try {
            String reply = Http.post(restBase + "/api/v1/transactions", body, TIMEOUT_SECONDS);
            return Json.parse(reply) instanceof Map<?, ?> m && "0".equals(m.get("response_code")) && m.get("tx_hash") instanceof String h
                    ? h : null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
