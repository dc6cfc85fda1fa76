package org.loopchain.auditlog;

import jakarta.ejb.Local;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.loopchain.audit.AuditChain;
import org.loopchain.audit.AuditEntry;
import org.loopchain.audit.AuditEvent;
import org.loopchain.audit.AuditLog;

/**
 * {@link AuditLog} on JPA. Appends are serialised (one writer, {@link LockType#WRITE}), each in its own
 * container transaction, so the chain has one order and an entry is durable when {@link #record} returns.
 */
@Singleton
@Local(AuditLog.class)
public class JpaAuditLog implements AuditLog {

    @PersistenceContext(unitName = "loopchain")
    private EntityManager em;

    @Override
    @Lock(LockType.WRITE)
    public AuditEntry record(AuditEvent event) {
        Optional<AuditEntry> newest = em.createQuery("SELECT e FROM AuditEntryEntity e ORDER BY e.seq DESC",
                AuditEntryEntity.class).setMaxResults(1).getResultStream().findFirst().map(AuditEntryEntity::toEntry);
        Instant now = Instant.now();
        AuditEntry entry = AuditChain.append(newest, event, ChronoUnit.MICROS.between(Instant.EPOCH, now));
        em.persist(AuditEntryEntity.of(entry));
        return entry;
    }

    @Override
    @Lock(LockType.READ)
    public List<AuditEntry> entries(long fromSeq, int limit) {
        return em.createQuery("SELECT e FROM AuditEntryEntity e WHERE e.seq >= :from ORDER BY e.seq", AuditEntryEntity.class)
                .setParameter("from", fromSeq).setMaxResults(limit).getResultStream().map(AuditEntryEntity::toEntry).toList();
    }

    @Override
    @Lock(LockType.READ)
    public long size() {
        Long max = em.createQuery("SELECT MAX(e.seq) FROM AuditEntryEntity e", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }
}
