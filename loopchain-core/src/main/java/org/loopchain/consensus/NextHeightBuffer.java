package org.loopchain.consensus;

import java.util.ArrayList;
import java.util.List;

/**
 * Messages for the height after the one being decided, held until this peer commits (a validator
 * that committed first has moved on): at most {@value #PER_VALIDATOR} from each sender, so a flood
 * cannot fill memory.
 */
final class NextHeightBuffer {

    static final int PER_VALIDATOR = 8;

    private final List<SignedMessage> held = new ArrayList<>();

    /** Holds {@code m}; false if its sender already has its share held. */
    boolean hold(SignedMessage m) {
        if (held.stream().filter(o -> o.sender().equals(m.sender())).count() >= PER_VALIDATOR) {
            return false;
        }
        held.add(m);
        return true;
    }

    /** Everything held, in arrival order; the buffer is empty afterwards. */
    List<SignedMessage> release() {
        List<SignedMessage> all = new ArrayList<>(held);
        held.clear();
        return all;
    }
}
