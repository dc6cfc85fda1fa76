package com.example;

import score.annotation.External;

/** Deep calls: what the call depth cap is for. */
public class DepthScore {

    public DepthScore() {
    }

    @External(readonly = true)
    public int recurse(int n) {
        return n == 0 ? 0 : 1 + recurse(n - 1);
    }

    /** Unbounded recursion in a finally that returns: on a JVM its stack overflow would be swallowed. */
    @External(readonly = true)
    @SuppressWarnings("finally")
    public int swallowOverflow() {
        try {
            return 1 + swallowOverflow();
        } finally {
            return -1;
        }
    }

    /** An allocation the JVM refuses (out of memory), swallowed by a finally that returns. */
    @External(readonly = true)
    @SuppressWarnings("finally")
    public int swallowOutOfMemory() {
        try {
            return new long[Integer.MAX_VALUE].length;
        } finally {
            return -1;
        }
    }

    /** Exceptions thrown five frames down and caught, many times, then a deep call. */
    @External(readonly = true)
    public int catchManyThenRecurse(int times, int depth) {
        int caught = 0;
        for (int i = 0; i < times; i++) {
            try {
                fail(5);
            } catch (IllegalStateException e) {
                caught++;
            }
        }
        return caught + recurse(depth);
    }

    private static int fail(int n) {
        if (n == 0) {
            throw new IllegalStateException("down here");
        }
        return fail(n - 1);
    }

    /** A method with a large frame (80 long locals): fewer of them fit in the slot budget. */
    @External(readonly = true)
    public long wide(int n) {
        long v0 = n + 0;
        long v1 = n + 1;
        long v2 = n + 2;
        long v3 = n + 3;
        long v4 = n + 4;
        long v5 = n + 5;
        long v6 = n + 6;
        long v7 = n + 7;
        long v8 = n + 8;
        long v9 = n + 9;
        long v10 = n + 10;
        long v11 = n + 11;
        long v12 = n + 12;
        long v13 = n + 13;
        long v14 = n + 14;
        long v15 = n + 15;
        long v16 = n + 16;
        long v17 = n + 17;
        long v18 = n + 18;
        long v19 = n + 19;
        long v20 = n + 20;
        long v21 = n + 21;
        long v22 = n + 22;
        long v23 = n + 23;
        long v24 = n + 24;
        long v25 = n + 25;
        long v26 = n + 26;
        long v27 = n + 27;
        long v28 = n + 28;
        long v29 = n + 29;
        long v30 = n + 30;
        long v31 = n + 31;
        long v32 = n + 32;
        long v33 = n + 33;
        long v34 = n + 34;
        long v35 = n + 35;
        long v36 = n + 36;
        long v37 = n + 37;
        long v38 = n + 38;
        long v39 = n + 39;
        long v40 = n + 40;
        long v41 = n + 41;
        long v42 = n + 42;
        long v43 = n + 43;
        long v44 = n + 44;
        long v45 = n + 45;
        long v46 = n + 46;
        long v47 = n + 47;
        long v48 = n + 48;
        long v49 = n + 49;
        long v50 = n + 50;
        long v51 = n + 51;
        long v52 = n + 52;
        long v53 = n + 53;
        long v54 = n + 54;
        long v55 = n + 55;
        long v56 = n + 56;
        long v57 = n + 57;
        long v58 = n + 58;
        long v59 = n + 59;
        long v60 = n + 60;
        long v61 = n + 61;
        long v62 = n + 62;
        long v63 = n + 63;
        long v64 = n + 64;
        long v65 = n + 65;
        long v66 = n + 66;
        long v67 = n + 67;
        long v68 = n + 68;
        long v69 = n + 69;
        long v70 = n + 70;
        long v71 = n + 71;
        long v72 = n + 72;
        long v73 = n + 73;
        long v74 = n + 74;
        long v75 = n + 75;
        long v76 = n + 76;
        long v77 = n + 77;
        long v78 = n + 78;
        long v79 = n + 79;
        long sum = v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9 + v10 + v11 + v12 + v13 + v14 + v15 + v16 + v17 +
                v18 + v19 + v20 + v21 + v22 + v23 + v24 + v25 + v26 + v27 + v28 + v29 + v30 + v31 + v32 + v33 + v34
                + v35 + v36 + v37 + v38 + v39 + v40 + v41 + v42 + v43 + v44 + v45 + v46 + v47 + v48 + v49 + v50 +
                v51 + v52 + v53 + v54 + v55 + v56 + v57 + v58 + v59 + v60 + v61 + v62 + v63 + v64 + v65 + v66 + v67
                + v68 + v69 + v70 + v71 + v72 + v73 + v74 + v75 + v76 + v77 + v78 + v79;
        return n == 0 ? 0 : sum - sum + 1 + wide(n - 1);
    }
}
