package org.loopchain.consensus;

import java.util.Locale;
import java.util.logging.Level;

/** Why an incoming message was dropped, and how loudly: races are FINE, misbehaviour is WARNING. */
public enum DropReason {
    WRONG_CHANNEL(Level.WARNING),
    NOT_A_VALIDATOR(Level.WARNING),
    BAD_SIGNATURE(Level.WARNING),
    TOO_OLD(Level.FINE),
    TOO_FAR_AHEAD(Level.FINE),
    DUPLICATE(Level.FINE),
    EQUIVOCATION(Level.WARNING),
    NOT_LEADER(Level.WARNING),
    BAD_VALID_ROUND(Level.WARNING),
    INVALID_BLOCK(Level.WARNING),
    OVERSIZED_BLOCK(Level.WARNING),
    UNKNOWN_BLOCK(Level.FINE),
    BAD_COMPLAINT_CERTIFICATE(Level.WARNING),
    BAD_COMMIT_CERTIFICATE(Level.WARNING),
    NOT_ADDRESSED_HERE(Level.FINE),
    BAD_SYNC_BLOCK(Level.WARNING);

    private final Level level;

    DropReason(Level level) {
        this.level = level;
    }

    public Level level() {
        return level;
    }

    /** The metric label: lower case with dashes, e.g. {@code bad-signature}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
