package com.example;

import score.annotation.External;

/** Two external methods of one name: a JSON call could not tell them apart. */
public class OverloadedScore {

    public OverloadedScore() {
    }

    @External
    public void set(int value) {
    }

    @External
    public void set(String value) {
    }

    @External
    static void helper() {
    }
}
