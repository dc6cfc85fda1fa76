package org.loopchain.channel;

import java.util.List;
import org.loopchain.core.tx.Transaction;

/** The journal of acknowledged transactions that no block holds yet ({@link TxJournal}, a channel's start). */
public interface PendingTxStore {

    /** Stores acknowledged transactions that no block holds yet; durable when the call returns. */
    void appendPending(List<Transaction> txs);

    /** Every acknowledged transaction that no block holds yet, oldest first. */
    List<Transaction> pending(String channel);
}
