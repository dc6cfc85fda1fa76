package org.loopchain.logs;

import java.util.List;

/** Where the Radio Station keeps collected log records. */
public interface LogStore {

    /** Stores the records, in order. */
    void append(List<LogEntry> entries);

    /** Deletes all but the {@code keep} newest records (by arrival); returns how many it deleted. */
    int prune(int keep);

    /** The newest {@code query.limit()} records that match every filter, oldest first (time, then arrival). */
    List<LogEntry> find(LogQuery query);
}
