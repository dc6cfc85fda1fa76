package org.loopchain.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.json.Json;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxMeta;
import org.loopchain.core.tx.V1Transactions;

/** Gathering fresh transactions into few relay messages, each under the large-message size. */
class RelaysTest {

    private static final PeerKey KEY = PeerKey.generate(new SecureRandom(new byte[] {41}));

    private final List<Runnable> timers = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();
    private final List<Integer> sent = new ArrayList<>();
    private boolean others = true;
    private final Relays relays = new Relays(() -> others, (task, delay) -> {
        timers.add(task);
        delays.add(delay);
    }, text -> sent.add(((List<?>) Json.parse(text)).size()));

    private static List<Transaction> txs(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(n -> V1Transactions.create("c",
                new TxMeta("self", "s", "0", "c"), Map.of("n", n), 1_000 + n, KEY)).toList();
    }

    private void fireTimers() {
        List<Runnable> due = new ArrayList<>(timers);
        timers.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void freshTransactionsWithinTheLingerGoOutInOneMessage() {
        relays.soon(txs(0, 3));
        relays.soon(txs(3, 2));
        relays.soon(txs(5, 4));
        assertEquals(List.of(), sent, "nothing before the linger ends");
        assertEquals(List.of(Relays.LINGER), delays, "one timer for the gathering");

        fireTimers();
        assertEquals(List.of(9), sent);
    }

    @Test
    void aFullChunkGoesAtOnceAndNoMessageExceedsIt() {
        relays.soon(txs(0, 60));
        relays.soon(txs(60, 190));
        assertEquals(List.of(100, 100, 50), sent);

        fireTimers();
        assertEquals(List.of(100, 100, 50), sent, "the timer finds nothing left");
    }

    @Test
    void answersGoAtOnceInChunks() {
        relays.now(txs(0, 230));
        assertEquals(List.of(100, 100, 30), sent);
    }

    @Test
    void aPeerAloneRelaysNothing() {
        others = false;
        relays.soon(txs(0, 3));
        relays.now(txs(3, 3));
        fireTimers();
        assertEquals(List.of(), sent);
    }
}
