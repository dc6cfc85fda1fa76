package org.loopchain.api;

/**
 * loopchain {@code response_code} values this API answers with. The first ones are loopchain's own
 * ({@code message_code.Response}); the others are ours, for cases the original did not answer.
 */
public final class ResponseCodes {

    /** Success. */
    public static final int SUCCESS = 0;
    /** A transaction that was acknowledged but is not in a block yet (result API). */
    public static final int PENDING = 2;
    /** Generic failure; for an unknown transaction hash, as the original. */
    public static final int FAIL = -1;
    /** No block with that hash or height. */
    public static final int WRONG_BLOCK_HASH = -4;
    /** Malformed or missing parameters: bad JSON, not an object, too large, bad hash or height. */
    public static final int FAIL_VALIDATE_PARAMS = -6;
    /** The transaction could not be accepted now (queue full, store unavailable); nothing was stored. */
    public static final int FAIL_CREATE_TX = -11;
    /** No channel of that name on this peer. */
    public static final int UNKNOWN_CHANNEL = -20;
    /** A SCORE call or query on a channel that runs no SCORE. */
    public static final int NO_SCORE = -21;
    /** The channel's SCORE is not running on this peer (not deployed, or another archive). */
    public static final int SCORE_NOT_READY = -22;
    /** The SCORE method failed (revert, out of steps, ...); the SCORE's own code is in the response. */
    public static final int SCORE_FAILED = -23;

    /** A SCORE configuration not signed by one of the channel's SCORE operators, or whose signature does not verify. */
    public static final int SCORE_CONFIG_UNAUTHORIZED = -24;
    /** A SCORE configuration naming an archive (by SHA-256) that the receiving peer does not hold. */
    public static final int SCORE_ARCHIVE_UNAVAILABLE = -25;
    /**
     * A SCORE configuration whose archive does not match: the archive held under that SHA-256 has
     * another id or version, the one deployed with that id and version has another SHA-256, or the
     * archive fails the determinism check or is for other channels.
     */
    public static final int SCORE_ARCHIVE_MISMATCH = -26;
    /** A SCORE configuration signed for another {@code sequence} than the channel's committed changes. */
    public static final int SCORE_CONFIG_STALE = -27;

    /** A transaction or SCORE configuration sent to an audit peer of the channel, which takes none. */
    public static final int AUDIT_PEER = -28;

    /** (Radio Station proxy) The peer could not be reached, or broke off or overflowed its answer; 502. */
    public static final int PROXY_PEER_UNREACHABLE = -29;
    /** (Radio Station proxy) The peer did not answer within {@code PROXY_TIMEOUT}; 504. */
    public static final int PROXY_PEER_TIMEOUT = -30;
    /** (Radio Station proxy) No online peer of the channel takes the request (none registered, all offline or audit); 503. */
    public static final int PROXY_NO_PEER = -31;

    /** A validator change that is unsigned, signed by a key that is not an admin of the channel, or whose signature does not verify; 403. */
    public static final int VALIDATOR_CONFIG_UNAUTHORIZED = -32;
    /** A validator change signed by admins, but not by more than half of them; 403. */
    public static final int VALIDATOR_CONFIG_TOO_FEW_SIGNATURES = -33;
    /** A validator change signed for another {@code sequence} than the channel's committed changes (a replay); 409. */
    public static final int VALIDATOR_CONFIG_STALE = -34;
    /**
     * A validator change that does not apply: an unknown validator, one already validating, or one
     * that would leave the channel without validators or without a quorum of the validators that stay; 422.
     */
    public static final int VALIDATOR_CHANGE_REFUSED = -35;

    private ResponseCodes() {
    }
}
