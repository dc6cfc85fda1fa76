package org.loopchain.consensus;

import java.util.List;
import java.util.Objects;
import org.loopchain.core.block.Block;
import org.loopchain.core.tx.Transaction;

/**
 * A final block: the block, its transactions and the precommit quorum that decided it. This is
 * what {@link Chain#commit} stores and what a sync response carries.
 */
public record CommittedBlock(Block block, List<Transaction> txs, CommitCertificate certificate) {

    public CommittedBlock {
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(certificate, "certificate");
        txs = List.copyOf(txs);
    }

    public long height() {
        return block.height();
    }
}
