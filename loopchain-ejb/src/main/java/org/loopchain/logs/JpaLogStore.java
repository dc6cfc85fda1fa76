package org.loopchain.logs;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@link LogStore} on JPA (table {@code LC_LOG}); each method runs in its own container transaction. */
@Stateless
@Local(LogStore.class)
public class JpaLogStore implements LogStore {

    @PersistenceContext(unitName = "loopchain")
    private EntityManager em;

    @Override
    public void append(List<LogEntry> entries) {
        for (LogEntry e : entries) {
            em.persist(LogEntryEntity.of(e));
        }
    }

    @Override
    public int prune(int keep) {
        Long newest = em.createQuery("SELECT MAX(e.id) FROM LogEntryEntity e", Long.class).getSingleResult();
        if (newest == null || newest <= keep) {
            return 0;
        }
        return em.createQuery("DELETE FROM LogEntryEntity e WHERE e.id <= :cut").setParameter("cut", newest - keep).executeUpdate();
    }

    @Override
    public List<LogEntry> find(LogQuery query) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM LogEntryEntity e WHERE 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (query.node() != null) {
            jpql.append(" AND (e.node = :node OR e.nodeId = :node)");
            parameters.put("node", query.node());
        }
        if (query.channel() != null) {
            jpql.append(" AND e.channel = :channel");
            parameters.put("channel", query.channel());
        }
        if (query.minLevel() != Integer.MIN_VALUE) {
            jpql.append(" AND e.levelValue >= :level");
            parameters.put("level", query.minLevel());
        }
        if (query.since() != Long.MIN_VALUE) {
            jpql.append(" AND e.time >= :since");
            parameters.put("since", query.since());
        }
        if (query.grep() != null) {
            jpql.append(" AND LOWER(e.message) LIKE :grep ESCAPE '\\'");
            parameters.put("grep", likePattern(query.grep()));
        }
        jpql.append(" ORDER BY e.time DESC, e.id DESC");
        TypedQuery<LogEntryEntity> q = em.createQuery(jpql.toString(), LogEntryEntity.class).setMaxResults(query.limit());
        parameters.forEach(q::setParameter);
        List<LogEntry> newestFirst = new ArrayList<>();
        q.getResultStream().forEach(row -> newestFirst.add(row.toEntry()));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** {@code %text%} in lower case, with {@code \ % _} escaped by a backslash. */
    static String likePattern(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
