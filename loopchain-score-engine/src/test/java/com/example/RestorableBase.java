package com.example;

import score.annotation.External;

/** A superclass in the archive: its constructor is skipped on restore too. */
public abstract class RestorableBase {

    protected String base = "base";

    @External(readonly = true)
    public String base() {
        return base;
    }
}
