package org.loopchain.channel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loopchain.core.icon.V3Transactions;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxKind;
import org.loopchain.core.tx.V1Transactions;

/**
 * The transactions whose hash and signature this peer has checked already (when they were relayed,
 * or made here), so a proposal that lists them is not checked again on the consensus path. An
 * entry binds the hash to the exact signature and key checked. Bounded;
 * safe to use from any thread (relays are checked on the messaging threads, in parallel).
 */
public final class VerifiedTransactions {

    private static final int CAPACITY = 200_000;

    private final Map<String, String> verified = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CAPACITY;
        }
    });

    /**
     * Checks {@code tx} and remembers it if it is valid; its problems otherwise. The hash is always
     * recomputed from the content (cheap); only the signature check is skipped for a transaction
     * seen before with the same hash, signature and key. A v3 transaction is checked by its own
     * rules ({@link V3Transactions}): its client's signature recovers its {@code from}.
     */
    public List<String> check(Transaction tx) {
        if (known(tx) && tx.kind() == TxKind.V1
                && V1Transactions.hash(tx.meta(), tx.data(), tx.timestampMicros()).equals(tx.hash())) {
            return List.of();
        }
        List<String> problems = tx.kind() == TxKind.ICON_V3 ? V3Transactions.problems(tx) : V1Transactions.problems(tx);
        if (problems.isEmpty()) {
            remember(tx);
        }
        return problems;
    }

    /** Remembers a transaction this peer made and signed itself. */
    public void remember(Transaction tx) {
        verified.put(tx.hash(), tx.signature() + " " + tx.publicKey());
    }

    private boolean known(Transaction tx) {
        return (tx.signature() + " " + tx.publicKey()).equals(verified.get(tx.hash()));
    }
}
