package org.loopchain.channel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.loopchain.consensus.CandidateBlock;
import org.loopchain.consensus.Proposal;
import org.loopchain.consensus.SignedMessage;
import org.loopchain.consensus.TxRequest;
import org.loopchain.consensus.ValidatorSet;
import org.loopchain.core.tx.Transaction;

/**
 * Fills in the transactions of proposals read off the wire, which list them by hash only: a
 * validator has nearly all of them already, relayed to every peer when they were submitted, so a
 * block crosses the broker once instead of twice.
 *
 * <p>A proposal whose transactions are all in the pool goes on to the state machine at once. One
 * that lacks some is held (only if its signature verifies, so nobody can make a peer hold forged
 * ones; at most {@link #MAX_HELD}, the oldest dropped first; two blocks of one proposer and round are
 * held apart, so an equivocation still reaches the machine) and completed as relays still in flight
 * arrive; whatever is still missing after {@link #ASK_AFTER} is asked of the proposer with a signed
 * {@code TX_REQUEST}, again every {@link #ASK_EVERY}, and the proposer answers by relaying those
 * transactions to all. A held proposal is forgotten once its height is decided. A leader that
 * proposes transactions nobody has gets no votes, exactly as one whose proposal never arrives: its
 * round times out into a complaint.
 * Confined to the channel's loop.
 */
final class ProposalTxs {

    static final Duration ASK_AFTER = Duration.ofMillis(300);
    static final Duration ASK_EVERY = Duration.ofSeconds(1);
    static final int MAX_HELD = 16;

    private final Function<String, Transaction> pool;
    private final LongSupplier height;
    private final BiConsumer<Runnable, Duration> schedule;
    private final Consumer<TxRequest> ask;
    /** By sender, height, round and block. */
    private final Map<String, SignedMessage> held = new LinkedHashMap<>();

    /**
     * @param pool     a waiting transaction by hash, or null
     * @param height   the height the channel is deciding
     * @param schedule runs a task on the channel's loop after a delay
     * @param ask      signs and sends a request to its target
     */
    ProposalTxs(Function<String, Transaction> pool, LongSupplier height, BiConsumer<Runnable, Duration> schedule,
            Consumer<TxRequest> ask) {
        this.pool = pool;
        this.height = height;
        this.schedule = schedule;
        this.ask = ask;
    }

    /**
     * The message for the state machine: {@code m} itself, or its proposal completed from the pool;
     * empty while it is held. Messages that do not verify pass unchanged (the machine drops them
     * and counts why).
     */
    Optional<SignedMessage> admit(SignedMessage m, ValidatorSet validators) {
        if (!(m.payload() instanceof Proposal p) || p.candidate().complete() || p.height() < height.getAsLong()) {
            return Optional.of(m);
        }
        Optional<SignedMessage> filled = filled(m, p);
        if (filled.isPresent() || !validators.verifies(m)) {
            return filled.or(() -> Optional.of(m));
        }
        held.put(key(m), m);
        if (held.size() > MAX_HELD) {
            held.remove(held.keySet().iterator().next());
        }
        schedule.accept(() -> askFor(m), ASK_AFTER);
        return Optional.empty();
    }

    /** Held proposals that the pool completes now (call after transactions arrive). */
    List<SignedMessage> completed() {
        List<SignedMessage> out = new ArrayList<>();
        var it = held.values().iterator();
        while (it.hasNext()) {
            SignedMessage m = it.next();
            Proposal p = (Proposal) m.payload();
            if (p.height() < height.getAsLong()) {
                it.remove();
                continue;
            }
            Optional<SignedMessage> filled = filled(m, p);
            if (filled.isPresent()) {
                it.remove();
                out.add(filled.get());
            }
        }
        return out;
    }

    /**
     * The transactions to relay for a request addressed to {@code self}; empty for one that does not
     * verify, is not for this peer or asks more than {@code max}.
     */
    List<Transaction> serve(SignedMessage m, ValidatorSet validators, String self, int max) {
        if (!(m.payload() instanceof TxRequest r) || !r.targetPeerId().equals(self) || r.hashes().size() > max
                || !validators.verifies(m)) {
            return List.of();
        }
        List<Transaction> found = new ArrayList<>();
        for (String hash : r.hashes()) {
            Transaction tx = pool.apply(hash);
            if (tx != null) {
                found.add(tx);
            }
        }
        return found;
    }

    int heldCount() {
        return held.size();
    }

    private void askFor(SignedMessage m) {
        if (held.get(key(m)) != m) {
            return; // completed, dropped or decided meanwhile
        }
        Proposal p = (Proposal) m.payload();
        if (p.height() < height.getAsLong()) {
            held.remove(key(m));
            return;
        }
        List<String> missing = p.candidate().block().txHashes().stream().filter(h -> pool.apply(h) == null).toList();
        ask.accept(new TxRequest(p.channel(), p.height(), p.round(), missing, m.sender()));
        schedule.accept(() -> askFor(m), ASK_EVERY);
    }

    private static String key(SignedMessage m) {
        return m.sender() + "/" + m.height() + "/" + m.round() + "/" + ((Proposal) m.payload()).blockHash();
    }

    private Optional<SignedMessage> filled(SignedMessage m, Proposal p) {
        List<String> hashes = p.candidate().block().txHashes();
        List<Transaction> txs = new ArrayList<>(hashes.size());
        for (String hash : hashes) {
            Transaction tx = pool.apply(hash);
            if (tx == null) {
                return Optional.empty();
            }
            txs.add(tx);
        }
        Proposal full = new Proposal(p.channel(), p.height(), p.round(), new CandidateBlock(p.candidate().block(), txs),
                p.validRound(), p.previousCommit(), p.complaint());
        return Optional.of(new SignedMessage(full, m.sender(), m.signature()));
    }
}
