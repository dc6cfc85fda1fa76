package com.example;

import java.util.List;
import score.annotation.EventLog;

/** Event log methods the engine refuses to rewrite. */
public class BadEvents {

    public BadEvents() {
    }

    @EventLog
    public int Counted(int n) {
        return n;
    }

    @EventLog(indexed = 2)
    public void TooMany(int n) {
    }

    @EventLog
    public void Listed(List<String> names) {
    }
}
