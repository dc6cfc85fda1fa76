package org.loopchain.logs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * One collected log record in the Radio Station's database. {@code ID} grows with arrival, so the
 * newest records are those with the highest ids ({@link JpaLogStore#prune}).
 */
@Entity
@Table(name = "LC_LOG", indexes = @Index(name = "LC_LOG_TIME", columnList = "TIME_MS"))
public class LogEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;
    @Column(name = "TIME_MS", nullable = false)
    private long time;
    @Column(name = "NODE_NAME", length = LogEntry.MAX_NAME, nullable = false)
    private String node;
    @Column(name = "NODE_ID", length = LogEntry.MAX_NAME, nullable = false)
    private String nodeId;
    @Column(name = "CHANNEL", length = 64)
    private String channel;
    @Column(name = "HEIGHT")
    private Long height;
    @Column(name = "ROUND_NO")
    private Integer round;
    @Column(name = "LEVEL_NAME", length = 16, nullable = false)
    private String level;
    @Column(name = "LEVEL_VALUE", nullable = false)
    private int levelValue;
    @Column(name = "LOGGER", length = LogEntry.MAX_LOGGER, nullable = false)
    private String logger;
    @Column(name = "MESSAGE", length = LogEntry.MAX_MESSAGE, nullable = false)
    private String message;
    @Column(name = "THROWN", length = LogEntry.MAX_THROWN, nullable = false)
    private String thrown;

    protected LogEntryEntity() {
    }

    static LogEntryEntity of(LogEntry e) {
        LogEntryEntity row = new LogEntryEntity();
        row.time = e.time();
        row.node = e.node();
        row.nodeId = e.nodeId();
        row.channel = e.channel();
        row.height = e.height();
        row.round = e.round();
        row.level = e.level();
        row.levelValue = LogQuery.levelValue(e.level());
        row.logger = e.logger();
        row.message = e.message();
        row.thrown = e.thrown();
        return row;
    }

    LogEntry toEntry() {
        return new LogEntry(time, node, nodeId, channel, height, round, level, logger, message, thrown);
    }
}
