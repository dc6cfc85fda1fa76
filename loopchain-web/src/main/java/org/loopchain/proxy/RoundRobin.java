package org.loopchain.proxy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Spreads requests over peers: each call starts at the next candidate in turn and goes round once. */
public final class RoundRobin {

    private final AtomicInteger next = new AtomicInteger();

    /** The candidates, rotated to start at the next one in turn; empty for none. */
    public <T> List<T> order(List<T> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        int start = Math.floorMod(next.getAndIncrement(), candidates.size());
        List<T> out = new ArrayList<>(candidates.subList(start, candidates.size()));
        out.addAll(candidates.subList(0, start));
        return out;
    }
}
