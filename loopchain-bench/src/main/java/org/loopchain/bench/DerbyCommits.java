package org.loopchain.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Commits per second of embedded Derby as a node runs it: a fresh database in a temporary directory
 * (deleted afterwards), one connection, one small INSERT and a commit at a time, with Derby's default
 * durability (every commit waits for its log record on disk). The nodes set no {@code derby.*}
 * property but the page cache ({@code derby.storage.pageCacheSize}, 4,000 pages: loopchain-cli's
 * {@code DomainEditor}), which is set here too unless given; a node's writes go through JTA to the
 * same embedded engine.
 *
 * <p>Public only for Derby, which finds {@link #DISCARD} by reflection.
 */
public final class DerbyCommits {

    /** Derby's informational log ({@code derby.stream.error.field}): not kept, so no derby.log is left behind. */
    public static final OutputStream DISCARD = OutputStream.nullOutputStream();

    private static final String PAGE_CACHE = "4000";
    private static final String HASH = "3d8f5e43".repeat(8);

    private DerbyCommits() {
    }

    /** Commits per second over {@code duration}, in a database made (and removed) under {@code scratch}. */
    static Throughput.Rate measure(Path scratch, Duration duration) throws IOException, SQLException {
        if (Stream.of("file", "method", "field").allMatch(k -> System.getProperty("derby.stream.error." + k) == null)) {
            System.setProperty("derby.stream.error.field", DerbyCommits.class.getName() + ".DISCARD");
        }
        if (System.getProperty("derby.storage.pageCacheSize") == null) {
            System.setProperty("derby.storage.pageCacheSize", PAGE_CACHE);
        }
        Path dir = Files.createTempDirectory(scratch, "loopchain-bench-derby-");
        String url = "jdbc:derby:" + dir.resolve("db");
        try {
            try (Connection c = DriverManager.getConnection(url + ";create=true")) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE bench_tx (id BIGINT PRIMARY KEY, tx_hash CHAR(64) NOT NULL)");
                }
                c.setAutoCommit(false);
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_tx VALUES (?, ?)")) {
                    AtomicLong next = new AtomicLong();
                    return Throughput.measure(1, duration, i -> insertAndCommit(c, insert, next.getAndIncrement()));
                }
            } finally {
                shutdown(url);
            }
        } finally {
            delete(dir);
        }
    }

    private static boolean insertAndCommit(Connection c, PreparedStatement insert, long id) {
        try {
            insert.setLong(1, id);
            insert.setString(2, HASH);
            insert.executeUpdate();
            c.commit();
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Derby insert failed: " + e.getMessage(), e);
        }
    }

    /** Closes the database so its files can go; Derby says so with SQLState 08006. */
    private static void shutdown(String url) throws SQLException {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
