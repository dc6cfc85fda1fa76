package org.loopchain.score.host;

import java.util.List;
import org.loopchain.core.config.ScorePackage;
import org.loopchain.score.engine.ScoreCode;

/**
 * What a channel runs on this peer: the SCORE its configuration pins, and whether this peer has
 * exactly that archive deployed and accepted.
 *
 * @param pinned      the channel's {@code score_package}
 * @param state       how this peer stands
 * @param code        the prepared archive when {@link State#READY}, else null
 * @param message     one sentence on the state
 * @param allVersions the versions of every deployed archive with the pinned id, the pinned one first
 */
public record ScoreBinding(ScorePackage pinned, State state, ScoreCode code, String message, List<String> allVersions) {

    /** How this peer stands with the channel's SCORE. */
    public enum State {
        /** The channel pins no archive: its transactions are stored, never executed. */
        NONE,
        /** The pinned archive is deployed here and passed the determinism check. */
        READY,
        /** No deployed archive has the pinned id. */
        MISSING,
        /** An archive with the pinned id is deployed, but not the pinned version and SHA-256. */
        MISMATCH,
        /** The pinned archive is deployed but fails the determinism check. */
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
