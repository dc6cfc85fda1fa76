package org.loopchain.score.host;

import java.util.List;
import org.loopchain.core.config.ScorePackage;
import org.loopchain.score.engine.ScoreCode;

/**
 * How this peer stands with a pin of a channel's SCORE: whether it holds exactly that archive
 * (by SHA-256) and the archive is accepted.
 *
 * @param pinned      the pin (the channel's latest, or the one in effect at a height being executed)
 * @param state       how this peer stands
 * @param code        the prepared archive when {@link State#READY}, else null
 * @param message     one sentence on the state
 * @param allVersions the versions the channel's pin history named for the pinned id, the pinned one first
 */
public record ScoreBinding(ScorePackage pinned, State state, ScoreCode code, String message, List<String> allVersions) {

    /** How this peer stands with the channel's SCORE. */
    public enum State {
        /** The channel pins no archive: its transactions are stored, never executed. */
        NONE,
        /** This peer holds the pinned archive and it passed the determinism check. */
        READY,
        /** This peer does not hold the pinned archive (yet: it asks the other peers). */
        MISSING,
        /** The archive with the pinned SHA-256 has another id or version than the pin names. */
        MISMATCH,
        /** The pinned archive fails the determinism check or is for other channels. */
        REJECTED
    }

    public ScoreBinding {
        allVersions = List.copyOf(allVersions);
    }

    public static ScoreBinding none(ScorePackage pinned) {
        return new ScoreBinding(pinned, State.NONE, null, "the channel runs no SCORE", List.of());
    }

    public boolean ready() {
        return state == State.READY;
    }

    /** Whether the channel's configuration names a deployable SCORE at all. */
    public boolean hasScore() {
        return state != State.NONE;
    }
}
