package org.loopchain.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.function.Predicate;
import org.loopchain.core.tx.Transaction;

/**
 * Writes {@code LC_TX} rows (the table of {@link TxEntity}) in plain JDBC batches, on the connection
 * of the caller's container transaction. This is the store's hot path: every peer writes every
 * transaction once, and a JPA entity per row (change set, row building, a statement per update) cost
 * about as much CPU again as Derby's own insert.
 */
final class TxRows {

    private static final String INSERT = "INSERT INTO LC_TX (CHANNEL, TX_HASH, KIND, PEER_ID, SCORE_ID, SCORE_VERSION,"
            + " DATA, TIME_STAMP, SIGNATURE, PUBLIC_KEY, BLOCK_HEIGHT, TX_INDEX) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INCLUDE = "UPDATE LC_TX SET BLOCK_HEIGHT = ?, TX_INDEX = ?"
            + " WHERE CHANNEL = ? AND TX_HASH = ? AND BLOCK_HEIGHT IS NULL";

    private TxRows() {
    }

    /** Inserts acknowledged transactions that no block holds yet. */
    static void insertPending(Connection c, List<Transaction> txs) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (Transaction tx : txs) {
                bind(insert, tx);
                insert.setNull(11, Types.BIGINT);
                insert.setNull(12, Types.INTEGER);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Stores the transactions of the block at {@code height}: those {@code mayBePending} accepts and
     * that are pending already (this peer's journal) are marked in place; every other one is inserted.
     */
    static void commit(Connection c, List<Transaction> txs, long height, Predicate<Transaction> mayBePending)
            throws SQLException {
        boolean[] marked = new boolean[txs.size()];
        try (PreparedStatement include = c.prepareStatement(INCLUDE)) {
            int[] at = new int[txs.size()];
            int n = 0;
            for (int i = 0; i < txs.size(); i++) {
                Transaction tx = txs.get(i);
                if (mayBePending.test(tx)) {
                    include.setLong(1, height);
                    include.setInt(2, i);
                    include.setString(3, tx.channel());
                    include.setString(4, tx.hash());
                    include.addBatch();
                    at[n++] = i;
                }
            }
            if (n > 0) {
                int[] counts = include.executeBatch();
                for (int k = 0; k < n; k++) {
                    marked[at[k]] = counts[k] == 1;
                }
            }
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            boolean any = false;
            for (int i = 0; i < txs.size(); i++) {
                if (!marked[i]) {
                    bind(insert, txs.get(i));
                    insert.setLong(11, height);
                    insert.setInt(12, i);
                    insert.addBatch();
                    any = true;
                }
            }
            if (any) {
                insert.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement insert, Transaction tx) throws SQLException {
        insert.setString(1, tx.channel());
        insert.setString(2, tx.hash());
        insert.setString(3, tx.kind().name());
        insert.setString(4, tx.meta().peerId());
        insert.setString(5, tx.meta().scoreId());
        insert.setString(6, tx.meta().scoreVersion());
        insert.setString(7, tx.data());
        insert.setLong(8, tx.timestampMicros());
        insert.setString(9, tx.signature());
        insert.setString(10, tx.publicKey());
    }
}
