package org.loopchain.consensus;

import java.util.Optional;

/**
 * What a validator carries from round to round of one height, Tendermint's {@code lockedValue},
 * {@code lockedRound}, {@code validValue} and {@code validRound}: the block it precommitted last with
 * the round of the prevote quorum that made it do so (its lock, which {@link #allows} applies
 * {@link LftStateMachine}'s locking rule to), and the last block it saw a prevote quorum for with that
 * round (its valid block, which it re-proposes as leader). Only {@link RoundRules}' precommit rule
 * moves them, and only forward.
 */
final class Locking {

    private String lockedHash;
    private long lockedRound = -1;
    private CandidateBlock validBlock;
    private long validRound = -1;

    /** Locks on {@code hash} at {@code round}, after seeing its prevote quorum there. */
    void lockOn(String blockHash, long atRound) {
        if (atRound < lockedRound) {
            throw new IllegalStateException("a lock moves only forward: " + atRound + " < " + lockedRound);
        }
        this.lockedHash = blockHash;
        this.lockedRound = atRound;
    }

    /**
     * Whether this validator may prevote {@code proposal}'s block: if it is unlocked, locked on that
     * very block, or if the proposal's valid round is at or after the lock (the caller has checked
     * that a prevote quorum for the block exists at that valid round).
     */
    boolean allows(Proposal proposal) {
        return lockedRound == -1 || proposal.blockHash().equals(lockedHash)
                || (proposal.validRound() >= 0 && lockedRound <= proposal.validRound());
    }

    /** The block this validator saw a prevote quorum for last, and in which round. */
    void rememberValid(CandidateBlock block, long round) {
        validBlock = block;
        validRound = round;
    }

    Optional<CandidateBlock> validBlock() {
        return Optional.ofNullable(validBlock);
    }

    long validRound() {
        return validRound;
    }

    @Override
    public String toString() {
        return (lockedRound == -1 ? "unlocked" : "locked on " + lockedHash + " at r=" + lockedRound)
                + (validRound == -1 ? "" : ", valid " + validBlock.hash() + " at r=" + validRound);
    }
}
