package org.loopchain.radiostation;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** {@link PeerStore} on JPA (table {@code LC_RS_PEER}); each method runs in its own container transaction. */
@Stateless
@Local(PeerStore.class)
public class JpaPeerStore implements PeerStore {

    @PersistenceContext(unitName = "loopchain")
    private EntityManager em;

    @Override
    public List<PeerRecord> loadAll() {
        return em.createNamedQuery("RsPeer.all", PeerEntity.class).getResultStream().map(PeerEntity::toRecord).toList();
    }

    @Override
    public void save(PeerRecord record) {
        PeerEntity row = em.find(PeerEntity.class, new PeerEntity.Key(record.channel(), record.peer().peerId()));
        if (row == null) {
            em.persist(PeerEntity.of(record));
        } else {
            row.update(record);
        }
    }
}
