package org.loopchain.consensus.faults;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The misbehaviours of a {@link ByzantineNetwork}, named in {@code TEST_BYZANTINE} by their lower-case names. */
public enum ByzantineFault {
    /** With each proposal and block vote, a second, conflicting one for the same height and round, validly signed. */
    EQUIVOCATE,
    /** With each proposal and block vote, copies with a bad signature and under another validator's id. */
    FORGE,
    /** With each message, one of its older messages again. */
    REPLAY,
    /** Each message several times. */
    FLOOD;

    /** The faults of a comma list such as {@code equivocate,forge}; empty for an empty list. */
    public static Set<ByzantineFault> parse(String list) {
        Set<ByzantineFault> faults = EnumSet.noneOf(ByzantineFault.class);
        for (String name : list.split(",")) {
            if (!name.isBlank()) {
                faults.add(valueOf(name.strip().toUpperCase(Locale.ROOT)));
            }
        }
        return faults;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
