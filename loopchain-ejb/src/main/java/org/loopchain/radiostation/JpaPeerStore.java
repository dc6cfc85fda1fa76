package org.loopchain.radiostation;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** {@link PeerStore} on JPA (tables {@code LC_RS_PEER}, {@code LC_RS_TRUST_CHANGE}); each method runs in its own container transaction. */
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

    @Override
    public List<TrustChange> trustChanges() {
        return em.createNamedQuery("RsTrustChange.all", TrustChangeEntity.class).getResultStream().map(TrustChangeEntity::toChange)
                .toList();
    }

    @Override
    public void saveTrustChange(TrustChange change) {
        if (em.find(TrustChangeEntity.class, TrustChangeEntity.idOf(change)) == null) {
            em.persist(TrustChangeEntity.of(change, System.currentTimeMillis()));
        }
    }
}
