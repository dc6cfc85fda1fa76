package org.loopchain.radiostation;

import java.util.List;

/** Where the Radio Station keeps its registrations and the trust changes it has followed, so that a restart keeps them. */
public interface PeerStore {

    /** Every stored registration, of every channel. */
    List<PeerRecord> loadAll();

    /** Inserts or replaces the registration of {@code record.peer().peerId()} in its channel. */
    void save(PeerRecord record);

    /** Every stored trust change, of every channel. */
    List<TrustChange> trustChanges();

    /** Stores a trust change, unless the same one is stored already. */
    void saveTrustChange(TrustChange change);

    /**
     * A {@code ca_trust} or {@code certificate_revoke} the Radio Station took from a channel's chain.
     *
     * @param channel the channel
     * @param config  the signed {@code validator_config} JSON object, as the chain holds it (its signatures
     *                are checked again when it is read back)
     */
    record TrustChange(String channel, String config) {
    }
}
