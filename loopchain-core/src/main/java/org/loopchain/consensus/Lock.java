package org.loopchain.consensus;

/**
 * A validator's lock at one height (Tendermint's {@code lockedValue}, {@code lockedRound}): the block
 * it precommitted last and the round of the prevote quorum that made it do so. Locks only move
 * forward, and only {@link RoundRules}' precommit rule moves them.
 */
final class Lock {

    private String hash;
    private long round = -1;

    /** Locks on {@code hash} at {@code round}, after seeing its prevote quorum there. */
    void lockOn(String blockHash, long atRound) {
        if (atRound < round) {
            throw new IllegalStateException("a lock moves only forward: " + atRound + " < " + round);
        }
        this.hash = blockHash;
        this.round = atRound;
    }

    /**
     * The locking rule: whether this validator may prevote {@code proposal}'s block. It may if it is
     * unlocked, locked on that very block, or if the proposal's valid round is at or after the lock
     * (the caller has checked that a prevote quorum for the block exists at that valid round).
     */
    boolean allows(Proposal proposal) {
        return round == -1 || proposal.blockHash().equals(hash)
                || (proposal.validRound() >= 0 && round <= proposal.validRound());
    }

    @Override
    public String toString() {
        return round == -1 ? "unlocked" : "locked on " + hash + " at r=" + round;
    }
}
