package org.loopchain.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.loopchain.channel.ChainStore;
import org.loopchain.channel.EquivocationRecord;
import org.loopchain.channel.Execution;
import org.loopchain.channel.StoredTx;
import org.loopchain.core.block.Block;
import org.loopchain.core.config.NodeIdentity;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.core.crypto.Hex;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxKind;

/**
 * {@link ChainStore} on JPA. Writes run in their own container transaction; reads join the caller's
 * transaction if there is one and otherwise run without one (a read-only XA transaction per lookup
 * costs a log flush in Derby, which made relayed transactions wait milliseconds each).
 */
@Stateless
@Local(ChainStore.class)
public class JpaChainStore implements ChainStore {


    @PersistenceContext(unitName = "loopchain")
    private EntityManager em;
    @EJB
    private NodeIdentity node;
    @Resource(lookup = "java:app/jdbc/loopchain")
    private DataSource dataSource;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Block> lastBlock(String channel) {
        return em.createNamedQuery("Block.last", BlockEntity.class).setParameter("channel", channel)
                .setMaxResults(1).getResultStream().findFirst().map(this::withTxHashes);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Block> blockByHeight(String channel, long height) {
        return Optional.ofNullable(em.find(BlockEntity.class, new BlockEntity.Key(channel, height)))
                .map(this::withTxHashes);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Block> blockByHash(String channel, String hash) {
        return em.createNamedQuery("Block.byHash", BlockEntity.class).setParameter("channel", channel)
                .setParameter("hash", hash).getResultStream().findFirst().map(this::withTxHashes);
    }

    @Override
    public void appendPending(List<Transaction> txs) {
        try (Connection c = dataSource.getConnection()) {
            TxRows.insertPending(c, txs);
        } catch (SQLException e) {
            throw new PersistenceException("cannot store " + txs.size() + " pending transactions", e);
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Transaction> pending(String channel) {
        return em.createNamedQuery("Tx.pending", TxEntity.class).setParameter("channel", channel)
                .getResultStream().map(TxEntity::toTransaction).toList();
    }

    /**
     * Only this peer's own transactions can be stored already (pending, by the journal): those rows
     * are marked in place; every other transaction is inserted with its block. A v3 transaction may
     * have been sent by its client to this peer too (same hash, another receiver): it is marked if stored. Both in JDBC batches
     * on the transaction's connection ({@link TxRows}); the block row through JPA.
     */
    @Override
    public void commitBlock(Block block, List<Transaction> txs, int round, String certificate) {
        String self = node.peerId();
        try (Connection c = dataSource.getConnection()) {
            TxRows.commit(c, txs, block.height(), tx -> tx.kind() == TxKind.ICON_V3 || tx.meta().peerId().equals(self));
        } catch (SQLException e) {
            throw new PersistenceException("cannot store the transactions of block " + block.height(), e);
        }
        em.persist(BlockEntity.of(block, round, certificate));
    }

    @Override
    public void commitBlock(Block block, List<Transaction> txs, int round, String certificate, Execution execution) {
        commitBlock(block, txs, round, certificate);
        String channel = block.channel();
        execution.results().forEach((hash, result) -> em.persist(new TxResultEntity(channel, hash, result)));
        execution.writes().forEach((keyHex, value) -> {
            String key = digest(keyHex);
            StateEntity row = em.find(StateEntity.class, new StateEntity.Key(channel, key));
            if (value == null) {
                if (row != null) {
                    em.remove(row);
                }
            } else if (row == null) {
                em.persist(new StateEntity(channel, key, value));
            } else {
                row.value(value);
            }
        });
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<byte[]> state(String channel, String keyHex) {
        return Optional.ofNullable(em.find(StateEntity.class, new StateEntity.Key(channel, digest(keyHex))))
                .map(StateEntity::value);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> result(String channel, String txHash) {
        return Optional.ofNullable(em.find(TxResultEntity.class, new TxEntity.Key(channel, txHash)))
                .map(TxResultEntity::result);
    }

    private static String digest(String keyHex) {
        return Hashes.sha256Hex(Hex.decode(keyHex));
    }

    @Override
    public void recordEquivocation(EquivocationRecord evidence) {
        if (em.find(EquivocationEntity.class, new EquivocationEntity.Key(evidence)) == null) {
            em.persist(new EquivocationEntity(evidence));
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<EquivocationRecord> equivocations(String channel, int max) {
        return em.createNamedQuery("Equivocation.ofChannel", EquivocationEntity.class).setParameter("channel", channel)
                .setMaxResults(max).getResultStream().map(EquivocationEntity::toRecord).toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> certificateOf(String channel, long height) {
        return Optional.ofNullable(em.find(BlockEntity.class, new BlockEntity.Key(channel, height)))
                .map(BlockEntity::certificate);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long roundsUpTo(String channel, long height) {
        return ((Number) em.createNamedQuery("Block.roundsUpTo").setParameter("channel", channel)
                .setParameter("height", height).getSingleResult()).longValue();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<StoredTx> transaction(String channel, String hash) {
        return Optional.ofNullable(em.find(TxEntity.class, new TxEntity.Key(channel, hash))).map(TxEntity::toStored);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<String> committedAmong(String channel, Collection<String> hashes) {
        Set<String> committed = new HashSet<>();
        for (String hash : hashes) {
            TxEntity t = em.find(TxEntity.class, new TxEntity.Key(channel, hash));
            if (t != null && !t.toStored().pending()) {
                committed.add(hash);
            }
        }
        return committed;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> recentlyCommitted(String channel, int max) {
        return em.createNamedQuery("Tx.recentlyCommitted", String.class).setParameter("channel", channel).setMaxResults(max)
                .getResultList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Transaction> transactionsOf(String channel, long height) {
        return txRows(channel, height).stream().map(TxEntity::toTransaction).toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long committedTxCount(String channel) {
        return em.createNamedQuery("Tx.committedCount", Long.class).setParameter("channel", channel)
                .getSingleResult();
    }

    private Block withTxHashes(BlockEntity b) {
        List<String> hashes = b.txCount() == 0 ? List.of()
                : txRows(b.channel(), b.height()).stream().map(TxEntity::hash).toList();
        return b.toBlock(hashes);
    }

    private List<TxEntity> txRows(String channel, long height) {
        return em.createNamedQuery("Tx.ofBlock", TxEntity.class).setParameter("channel", channel)
                .setParameter("height", height).getResultList();
    }
}
