package com.example;

import java.math.BigInteger;
import score.Address;
import score.annotation.EventLog;
import score.annotation.External;

/** Event logs with every kind of parameter. */
public class EventScore {

    public EventScore() {
    }

    @External
    public void send(Address from, Address to, BigInteger value) {
        Transfer(from, to, value, new byte[] {1, 2});
    }

    @External
    public void flags() {
        Flagged(true, 7L, 'x', "note");
    }

    @EventLog(indexed = 3)
    public void Transfer(Address from, Address to, BigInteger value, byte[] data) {
    }

    @EventLog
    public void Flagged(boolean on, long count, char mark, String note) {
    }
}
