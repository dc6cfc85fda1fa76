package org.loopchain.cli.node;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.loopchain.cli.json.Json;

/**
 * Waits until every peer of a local network is at the same block height >= 1 with the same block
 * hash, polling twice a second. A fresh chain stays at height 0 until a transaction arrives (empty
 * blocks are off), so once every peer answers at height 0 it posts one transaction
 * {"data": "loopchain up"} to the first peer, once. A peer that refuses its channel (its status role
 * {@code refused: …}) ends the wait at once, naming why.
 */
public final class SameHeight {
    /** Each peer's REST base URL ({@code http://host:port}) by name. */
    private final Map<String, String> peers;
    private final Function<String, PeerStatus> status;
    private final Poster poster;

    /** Posts the first transaction to a peer's REST base URL; answers its tx_hash. */
    public interface Poster {
        String post(String restBase) throws Exception;
    }

    public SameHeight(Map<String, String> peers, Function<String, PeerStatus> status, Poster poster) {
        this.peers = new LinkedHashMap<>(peers);
        this.status = status;
        this.poster = poster;
    }

    public static SameHeight overHttp(Map<String, String> peers) {
        return new SameHeight(peers, PeerStatus::fetch, base -> {
            Object answer = Json.parse(Http.post(base + "/api/v1/transactions",
                    "{\"data\": \"loopchain up\"}", 30));
            return answer instanceof Map<?, ?> m ? String.valueOf(m.get("tx_hash")) : "?";
        });
    }

    /** True when the peers agreed within TIMEOUT_MILLIS; prints progress to OUT, the failure to ERR. */
    public boolean await(long timeoutMillis, long pollMillis, PrintStream out, PrintStream err) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        boolean posted = false;
        Map<String, PeerStatus> seen = new LinkedHashMap<>();
        while (true) {
            seen.clear();
            peers.forEach((name, port) -> seen.put(name, status.apply(port)));
            if (seen.values().stream().allMatch(PeerStatus::answered)) {
                Set<Long> heights = new HashSet<>();
                Set<String> hashes = new HashSet<>();
                long min = Long.MAX_VALUE;
                long max = 0;
                for (PeerStatus s : seen.values()) {
                    heights.add(s.height());
                    hashes.add(s.hash());
                    min = Math.min(min, s.height());
                    max = Math.max(max, s.height());
                }
                if (min >= 1 && heights.size() == 1 && hashes.size() == 1) {
                    PeerStatus s = seen.values().iterator().next();
                    out.printf("    all %d peers at height %d, block_hash %s…%n", peers.size(), s.height(), s.shortHash(16));
                    return true;
                }
                if (max == 0 && !posted) {
                    Map.Entry<String, String> first = peers.entrySet().iterator().next();
                    try {
                        String tx = poster.post(first.getValue());
                        out.printf("    every peer at height 0: posted {\"data\": \"loopchain up\"} to %s (tx_hash %s)%n",
                                first.getKey(), tx);
                        posted = true;
                    } catch (Exception e) {
                        out.printf("    posting the first transaction to %s failed (%s); retrying%n", first.getKey(), e);
                    }
                }
            }
            if (System.nanoTime() >= deadline || seen.values().stream().anyMatch(PeerStatus::refused)) {
                break;
            }
            Thread.sleep(pollMillis);
        }
        err.printf(seen.values().stream().anyMatch(PeerStatus::refused) ? "loopchain: a peer refuses its channel, so the peers will"
                + " not reach one block height >= 1:%n" : "loopchain: the peers did not reach one block height >= 1 within %d s:%n",
                timeoutMillis / 1000);
        List<Boolean> answered = new ArrayList<>();
        peers.forEach((name, base) -> {
            PeerStatus s = seen.get(name);
            answered.add(s.answered());
            String what = s.answered() ? "block_height " + s.height() + "  block_hash " + s.shortHash(16)
                    + (s.role().isEmpty() ? "" : "  role " + s.role()) : s.reason();
            err.printf("    %-8s %s%s  %s%n", name, base, PeerStatus.PATH, what);
        });
        if (!posted && !answered.contains(false)) {
            err.println("    (no transaction was posted: some peer was already above height 0)");
        }
        return false;
    }
}
