package org.loopchain.channel;

import java.util.List;

/** The equivocations a channel saw, kept durably and shown by the status API. */
public interface EvidenceStore {

    /**
     * Keeps the evidence of an equivocation, durably; a second record for the same channel, peer,
     * height, round and type is ignored.
     */
    void recordEquivocation(EquivocationRecord evidence);

    /** The stored equivocations of the channel, newest height first, at most {@code max}. */
    List<EquivocationRecord> equivocations(String channel, int max);
}
