package org.loopchain.validators;

/**
 * Why a validator change is refused, by kind (each kind is one response code of the API) and in
 * words naming the channel and what is wrong.
 */
public record Refusal(Kind kind, String message) {

    /** The kinds of refusal. */
    public enum Kind {
        /** Not a well-formed configuration, or for another channel. */
        MALFORMED,
        /** Unsigned, signed by a key that is not an admin of the channel, or a signature that does not verify. */
        UNAUTHORIZED,
        /** Signed by admins, but not by more than half of them. */
        TOO_FEW_SIGNATURES,
        /** Signed for another {@code sequence} than the channel's committed changes: a replay, or a race lost. */
        STALE,
        /** Does not apply to the validators after the committed changes (unknown or known peer, no workable quorum left). */
        NOT_APPLICABLE
    }
}
