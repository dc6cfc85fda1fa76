package org.loopchain.score.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An event log of a successful call; values in ICON's string form ({@code "0x1f"}, {@code "hx…"},
 * {@code null} for null).
 */
public record EventLog(String scoreAddress, List<String> indexed, List<String> data) {

    public EventLog {
        indexed = Collections.unmodifiableList(new ArrayList<>(indexed));
        data = Collections.unmodifiableList(new ArrayList<>(data));
    }
}
