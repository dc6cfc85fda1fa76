package org.loopchain.channel;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stored transactions by hash: whether a block holds them, and the SCORE result of those that called one. */
public interface TxLookup {

    Optional<StoredTx> transaction(String channel, String hash);

    /** Those of {@code hashes} that a block of the channel already holds (one query, not one per hash). */
    Set<String> committedAmong(String channel, Collection<String> hashes);

    /** The hashes of the channel's most recently committed transactions, newest blocks first, at most {@code max}. */
    List<String> recentlyCommitted(String channel, int max);

    /** The stored SCORE result (JSON) of a committed transaction that called a SCORE. */
    Optional<String> result(String channel, String txHash);
}
