package org.loopchain.it.scores;

import score.annotation.External;

/** A harmless contract, packaged for another channel than the one it is deployed to. */
public class PlainScore {

    @External(readonly = true)
    public String hello() {
        return "hello";
    }
}
