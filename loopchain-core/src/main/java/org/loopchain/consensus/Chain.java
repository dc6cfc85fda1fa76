package org.loopchain.consensus;

import java.util.List;
import java.util.Optional;
import org.loopchain.core.block.Block;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.V1Transactions;

/**
 * The host side of a channel: its stored chain and its pool of waiting transactions. Implemented by
 * the EE layer over the chain store; called only from the channel's event queue.
 */
public interface Chain {

    /** The last committed block, its certificate and the leader shift of the next height. */
    ChainHead head();

    /**
     * A block for {@code height} on top of {@code parent}, signed by this peer, with transactions
     * taken from the pool (at most the configured maximum), or empty if there is nothing to propose.
     * Its timestamp must be later than the parent's.
     */
    Optional<CandidateBlock> buildBlock(long height, long round, Block parent);

    /**
     * The application's objections to a proposed block (unknown or already committed transactions,
     * execution results), one sentence each; empty if the host would commit it. The state machine has
     * already checked hashes, merkle root, signatures, parent, leader and size.
     */
    List<String> validate(Block block, List<Transaction> txs, Block parent);

    /**
     * What is wrong with {@code tx} as a v1 transaction (its hash and signature); a host may answer
     * from what it has verified before.
     */
    default List<String> txProblems(Transaction tx) {
        return V1Transactions.problems(tx);
    }

    /** True while a block would be worth making: transactions wait, or empty blocks are allowed. */
    boolean hasWork();

    /**
     * Stores a final block with its certificate and drops its transactions from the pool. Called
     * exactly once per height, in height order; {@link #head()} returns it afterwards.
     */
    void commit(CommittedBlock block);

    /**
     * Evidence the state machine found: one validator signed two different messages of one kind for
     * one height and round. The host keeps it; the machine has already dropped the second message.
     */
    default void equivocation(Equivocation evidence) {
    }

    /** The committed blocks {@code fromHeight..toHeight} that exist, in order (for peers that catch up). */
    List<CommittedBlock> committedBlocks(long fromHeight, long toHeight);
}
