package com.example;

import score.annotation.External;

/** Code that would run for ever, or allocates: what step metering is for. */
public class LoopScore {

    public LoopScore() {
    }

    @External
    public void spin() {
        long i = 0;
        while (true) {
            i++;
        }
    }

    /**
     * Swallows everything, running out of steps included, in a {@code finally} that does not
     * rethrow (catching {@code Throwable} is refused), and tries again.
     */
    @External
    @SuppressWarnings("finally")
    public int swallow() {
        int caught = 0;
        while (true) {
            try {
                spin();
            } finally {
                caught++;
                continue;
            }
        }
    }

    @External(readonly = true)
    public int work(int n) {
        int sum = 0;
        for (int i = 0; i < n; i++) {
            sum += i % 7 == 0 ? i : 1;
        }
        return sum;
    }

    @External(readonly = true)
    public int allocate(int n) {
        return new long[n].length + new String[n].length;
    }

    @External(readonly = true)
    public int grid(int n) {
        return new int[n][n].length;
    }
}
