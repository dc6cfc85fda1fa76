package org.loopchain.it.scores;

import score.annotation.External;

/** A contract the determinism check must refuse: it reads the wall clock. */
public class ClockScore {

    @External(readonly = true)
    public String now() {
        return Long.toString(System.currentTimeMillis());
    }
}
