package com.example;

import score.annotation.External;

/** A contract whose constructor and field initializers leave marks a restore must not leave. */
public class RestorableScore extends RestorableBase {

    private String greeting = "initialized";
    private int count;

    public RestorableScore(int count) {
        this.count = count;
    }

    @External(readonly = true)
    public String describe() {
        return greeting + ":" + count + ":" + base;
    }

    @External
    public void bump(int by) {
        count += by;
    }
}
