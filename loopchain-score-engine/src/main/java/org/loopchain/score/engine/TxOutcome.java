package org.loopchain.score.engine;

import java.util.List;

/**
 * What one call did: the ICON result code (0 success), a message ({@code ""} on success), the
 * return value as a JSON value, its event logs (empty on failure) and the steps it used.
 */
public record TxOutcome(String txHash, int code, String message, Object result, List<EventLog> eventLogs,
        long steps) {

    public TxOutcome {
        eventLogs = List.copyOf(eventLogs);
    }

    public boolean succeeded() {
        return code == ResultCodes.SUCCESS;
    }
}
