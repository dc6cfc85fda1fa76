package org.loopchain.radiostation;

import java.util.List;

/** Where the Radio Station keeps its registrations, so that a restart keeps them. */
public interface PeerStore {

    /** Every stored registration, of every channel. */
    List<PeerRecord> loadAll();

    /** Inserts or replaces the registration of {@code record.peer().peerId()} in its channel. */
    void save(PeerRecord record);
}
