package org.loopchain.score.engine.contracts;

import score.annotation.External;

/** A superclass with its own kept field. */
public abstract class NamedScore {

    private final String name;

    protected NamedScore(String name) {
        this.name = name;
    }

    @External(readonly = true)
    public String name() {
        return name;
    }
}
