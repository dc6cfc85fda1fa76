package org.loopchain.channel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.loopchain.consensus.CoreJsonForms;
import org.loopchain.core.json.Json;
import org.loopchain.core.tx.Transaction;

/**
 * This peer's outgoing transaction relays. Freshly acknowledged transactions are gathered for
 * {@link #LINGER} and go out together: the journal acknowledges a few at a time, and a message per
 * handful cost the broker and every receiving peer more than the transactions in it. Every message
 * holds at most {@link #CHUNK} transactions (~60 KB of JSON): a bigger one would travel as an Artemis
 * "large message", which its receivers copy byte by byte. Confined to the channel's loop.
 */
final class Relays {

    static final int CHUNK = 100;
    static final Duration LINGER = Duration.ofMillis(50);

    private final BooleanSupplier others;
    private final BiConsumer<Runnable, Duration> schedule;
    private final Consumer<String> send;
    private final List<Transaction> gathered = new ArrayList<>();

    /**
     * @param others   whether anyone else validates the channel (a peer alone relays nothing)
     * @param schedule runs a task on the channel's loop after a delay
     * @param send     publishes one relay message's JSON
     */
    Relays(BooleanSupplier others, BiConsumer<Runnable, Duration> schedule, Consumer<String> send) {
        this.others = others;
        this.schedule = schedule;
        this.send = send;
    }

    /** Relays {@code txs} within {@link #LINGER}, with whatever else arrives meanwhile. */
    void soon(List<Transaction> txs) {
        if (txs.isEmpty() || !others.getAsBoolean()) {
            return;
        }
        if (gathered.isEmpty()) {
            schedule.accept(this::flush, LINGER);
        }
        gathered.addAll(txs);
        if (gathered.size() >= CHUNK) {
            flush();
        }
    }

    /** Relays {@code txs} at once (answers to requests, transactions sent again). */
    void now(List<Transaction> txs) {
        if (!txs.isEmpty() && others.getAsBoolean()) {
            send(txs);
        }
    }

    private void flush() {
        if (!gathered.isEmpty()) {
            List<Transaction> out = List.copyOf(gathered);
            gathered.clear();
            send(out);
        }
    }

    private void send(List<Transaction> txs) {
        for (int from = 0; from < txs.size(); from += CHUNK) {
            send.accept(Json.pyDumps(CoreJsonForms.txs(txs.subList(from, Math.min(txs.size(), from + CHUNK)))));
        }
    }
}
