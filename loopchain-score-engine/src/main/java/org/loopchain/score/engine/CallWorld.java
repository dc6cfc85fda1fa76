package org.loopchain.score.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The storage of every contract one transaction has reached, at one level of contracts calling
 * contracts: each contract's overlay here is a child of its overlay one level up (at the top, of
 * the overlay the executor gave for the called contract, or of the storage the
 * {@link ContractDirectory} gives for the others). A call that succeeds merges its level into the
 * one above; one that fails drops it, with whatever the contracts it called wrote.
 */
final class CallWorld {

    /** Contracts calling contracts, one inside the other, at most. */
    static final int MAX_NESTING = 16;

    private final ContractDirectory directory;
    private final Map<String, Optional<ContractDirectory.Contract>> found;
    private final CallWorld parent;
    private final int nesting;
    private final TreeMap<String, StateOverlay> overlays = new TreeMap<>();

    private CallWorld(ContractDirectory directory, Map<String, Optional<ContractDirectory.Contract>> found, CallWorld parent,
            int nesting) {
        this.directory = directory;
        this.found = found;
        this.parent = parent;
        this.nesting = nesting;
    }

    /** The top level of a transaction that runs the contract at {@code self} over {@code state}. */
    static CallWorld of(ContractDirectory directory, String self, StateOverlay state) {
        CallWorld top = new CallWorld(directory, new HashMap<>(), null, 0);
        top.overlays.put(self, state);
        return top;
    }

    /** The next level down: a call inside this one. */
    CallWorld child() {
        return new CallWorld(directory, found, this, nesting + 1);
    }

    /** How many calls deep this level is (0 at the top). */
    int nesting() {
        return nesting;
    }

    Optional<ContractDirectory.Contract> contract(String address) {
        return found.computeIfAbsent(address, directory::find);
    }

    /** The storage of the contract at {@code address} at this level (it must be one {@link #contract} finds, or the top's). */
    StateOverlay state(String address) {
        StateOverlay overlay = overlays.get(address);
        if (overlay == null) {
            overlay = parent != null ? parent.state(address).child() : new StateOverlay(contract(address).orElseThrow().storage());
            overlays.put(address, overlay);
        }
        return overlay;
    }

    /** Keeps what this level wrote: each contract's writes go to its overlay one level up. */
    void mergeIntoParent() {
        overlays.forEach((address, overlay) -> overlay.mergeInto(parent.state(address)));
    }

    /** At the top: what the transaction wrote to contracts other than {@code self}, by address. */
    SortedMap<String, SortedMap<String, byte[]>> writesOfOthers(String self) {
        SortedMap<String, SortedMap<String, byte[]>> writes = new TreeMap<>();
        overlays.forEach((address, overlay) -> {
            if (!address.equals(self) && !overlay.writes().isEmpty()) {
                writes.put(address, new TreeMap<>(overlay.writes()));
            }
        });
        return writes;
    }
}
