package org.loopchain.audit;

import java.util.List;

/** A node's append-only audit log: a port, stored by the server (table {@code LC_AUDIT}). */
public interface AuditLog {

    /** Chains {@code event} after the newest entry and stores it durably; returns the stored entry. */
    AuditEntry record(AuditEvent event);

    /** Up to {@code limit} entries from {@code fromSeq} on, oldest first. */
    List<AuditEntry> entries(long fromSeq, int limit);

    /** How many entries the log holds (the newest entry's {@code seq}). */
    long size();
}
