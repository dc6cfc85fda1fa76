package org.loopchain.bench;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.loopchain.core.json.Json;

/** Follows a peer's chain block by block and notes when each transaction's block was first seen. */
final class ChainWatcher implements Runnable {

    private final HttpConnection peer;
    private final Map<String, Long> committedAt;
    private final Queue<Long> blockSeenAt = new ConcurrentLinkedQueue<>();
    private volatile long nextHeight;
    private volatile boolean running = true;

    ChainWatcher(HttpConnection peer, long lastHeight, Map<String, Long> committedAt) {
        this.peer = peer;
        this.nextHeight = lastHeight + 1;
        this.committedAt = committedAt;
    }

    void stop() {
        running = false;
    }

    /** The height of the last block fetched (at the start, the height the run began at). */
    long height() {
        return nextHeight - 1;
    }

    /** Blocks first seen up to {@code nanoTime} (inclusive). */
    long blocksSeenBy(long nanoTime) {
        return blockSeenAt.stream().filter(t -> t <= nanoTime).count();
    }

    @Override
    public void run() {
        while (running) {
            try {
                if (!fetch(nextHeight)) {
                    Thread.sleep(20);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                sleepQuietly();
            }
        }
    }

    private boolean fetch(long height) throws Exception {
        HttpConnection.Reply r = peer.get("/api/v1/blocks?height=" + height);
        if (r.status() != 200) {
            return false;
        }
        long seen = System.nanoTime();
        Object txs = ((Map<?, ?>) Json.parse(r.body())).get("tx_data_json");
        if (txs instanceof List<?> list) {
            list.forEach(t -> committedAt.putIfAbsent((String) ((Map<?, ?>) t).get("tx_hash"), seen));
        }
        blockSeenAt.add(seen);
        nextHeight++;
        return true;
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
