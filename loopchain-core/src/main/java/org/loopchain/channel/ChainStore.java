package org.loopchain.channel;

/**
 * Where a channel's chain lives: all of its ports in one, as a channel (and the JPA adapter that
 * implements it) needs them. Callers that need less take the port they use: {@link BlockHistory},
 * {@link TxLookup}, {@link PendingTxStore}, {@link BlockCommitter}, {@link ScoreStateReader},
 * {@link EvidenceStore}. Every method is one atomic unit of work: a crash never leaves half of a
 * call behind.
 */
public interface ChainStore extends BlockHistory, TxLookup, PendingTxStore, BlockCommitter, ScoreStateReader,
        EvidenceStore {
}
