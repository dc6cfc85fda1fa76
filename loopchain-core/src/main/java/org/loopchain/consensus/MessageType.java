package org.loopchain.consensus;

/** The consensus messages peers exchange; the name is also the wire tag and part of each signed digest. */
public enum MessageType {
    /** The leader's block for a height and round, with its justification. */
    PROPOSAL,
    /** First vote: "this proposal is valid and I am not locked against it" (or nil). */
    PREVOTE,
    /** Second vote: "I saw a prevote quorum for this block and locked on it" (or nil). */
    PRECOMMIT,
    /** "The leader of this round failed": a quorum of these moves the height to the next round. */
    COMPLAINT,
    /** Asks one peer for committed blocks in a height range. */
    SYNC_REQUEST,
    /** Committed blocks with their transactions and commit certificates. */
    SYNC_RESPONSE,
    /**
     * Asks a proposer for transactions of its proposal that this peer has not received (proposals
     * list their transactions by hash); the proposer answers by relaying them.
     */
    TX_REQUEST
}
