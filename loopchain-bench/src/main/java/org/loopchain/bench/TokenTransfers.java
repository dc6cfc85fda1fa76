package org.loopchain.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.loopchain.core.json.Json;

/**
 * The token mode of {@link Bench}: every transaction is a {@code transfer} of one token of the
 * channel's SCORE (the sample token) from the peer that receives it to a fresh address. Before the
 * run the first peer (the token's owner) funds the others; after it a sample of results is checked.
 */
final class TokenTransfers {

    private final List<URI> peers;

    TokenTransfers(List<URI> peers) {
        this.peers = peers;
    }

    /** The body of transfer {@code i}: one token to an address made from {@code i}. */
    static String body(int i) {
        return String.format("{\"method\": \"transfer\", \"params\": {\"_to\": \"hx%040x\", \"_value\": \"0x1\"}}", i + 1);
    }

    /** Sends {@code each} tokens from the first peer to every other peer and waits until all are committed. */
    void fund(long each) throws Exception {
        List<String> hashes = new ArrayList<>();
        try (HttpConnection owner = new HttpConnection(peers.get(0))) {
            for (URI peer : peers.subList(1, peers.size())) {
                String to;
                try (HttpConnection p = new HttpConnection(peer)) {
                    to = (String) ((Map<?, ?>) Json.parse(p.get("/api/v1/status/peer").body())).get("address");
                }
                HttpConnection.Reply r = owner.post("/api/v1/transactions", "{\"method\": \"transfer\", \"params\": {\"_to\": \""
                        + to + "\", \"_value\": \"0x" + Long.toHexString(each) + "\"}}");
                Map<?, ?> reply = (Map<?, ?>) Json.parse(r.body());
                if (!"0".equals(reply.get("response_code"))) {
                    throw new IllegalStateException("funding " + peer + " was refused: " + r.body());
                }
                hashes.add((String) reply.get("tx_hash"));
            }
            for (String hash : hashes) {
                int code = awaitResult(owner, hash);
                if (code != 0) {
                    throw new IllegalStateException("funding transfer " + hash + " failed with SCORE code " + code
                            + " (deploy the token with the first peer as owner and enough supply)");
                }
            }
        }
    }

    /** How many of {@code hashes} (all committed) have a failed SCORE result. */
    int failed(List<String> hashes) throws Exception {
        int failed = 0;
        try (HttpConnection peer = new HttpConnection(peers.get(0))) {
            for (String hash : hashes) {
                failed += awaitResult(peer, hash) == 0 ? 0 : 1;
            }
        }
        return failed;
    }

    private static int awaitResult(HttpConnection peer, String hash) throws Exception {
        for (int i = 0; i < 600; i++) {
            Map<?, ?> reply = (Map<?, ?>) Json.parse(peer.get("/api/v1/transactions/result?hash=" + hash).body());
            if ("0".equals(reply.get("response_code"))) {
                return ((Number) ((Map<?, ?>) reply.get("response")).get("code")).intValue();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("transaction " + hash + " not committed within 60 s");
    }
}
