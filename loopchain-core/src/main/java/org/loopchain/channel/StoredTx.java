package org.loopchain.channel;

import java.util.OptionalLong;
import org.loopchain.core.tx.Transaction;

/** A transaction as stored, with the height of the block that holds it (empty while pending). */
public record StoredTx(Transaction tx, OptionalLong blockHeight) {

    public boolean pending() {
        return blockHeight.isEmpty();
    }
}
