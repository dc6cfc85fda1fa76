package org.loopchain.auditlog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.loopchain.audit.AuditEntry;
import org.loopchain.audit.AuditEvent;

/** One entry of the node's audit log; {@code SEQ} is its place in the chain, so no two entries share it. */
@Entity
@Table(name = "LC_AUDIT")
public class AuditEntryEntity {

    @Id
    @Column(name = "SEQ")
    private long seq;
    @Column(name = "TIME_MICROS", nullable = false)
    private long timeMicros;
    @Column(name = "SUBJECT", length = AuditEvent.MAX_TEXT, nullable = false)
    private String subject;
    @Column(name = "CALLER", length = AuditEvent.MAX_TEXT, nullable = false)
    private String name;
    @Column(name = "ENDPOINT", length = AuditEvent.MAX_TEXT, nullable = false)
    private String endpoint;
    @Column(name = "CHANNEL", length = AuditEvent.MAX_TEXT, nullable = false)
    private String channel;
    @Column(name = "PARAMS", length = AuditEvent.MAX_PARAMS, nullable = false)
    private String params;
    @Column(name = "RECORDS", nullable = false)
    private int records;
    @Column(name = "STATUS", nullable = false)
    private int status;
    @Column(name = "PREV_HASH", length = 64, nullable = false)
    private String prevHash;
    @Column(name = "HASH", length = 64, nullable = false)
    private String hash;

    protected AuditEntryEntity() {
    }

    static AuditEntryEntity of(AuditEntry e) {
        AuditEntryEntity row = new AuditEntryEntity();
        row.seq = e.seq();
        row.timeMicros = e.timeMicros();
        row.subject = e.event().subject();
        row.name = e.event().name();
        row.endpoint = e.event().endpoint();
        row.channel = e.event().channel();
        row.params = e.event().params();
        row.records = e.event().records();
        row.status = e.event().status();
        row.prevHash = e.prevHash();
        row.hash = e.hash();
        return row;
    }

    AuditEntry toEntry() {
        return new AuditEntry(seq, timeMicros, new AuditEvent(subject, name, endpoint, channel, params, records, status),
                prevHash, hash);
    }
}
