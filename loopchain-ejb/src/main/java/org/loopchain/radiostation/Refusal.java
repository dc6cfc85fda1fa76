package org.loopchain.radiostation;

/**
 * Why the Radio Station refused a request: the HTTP status and the loopchain {@code response_code}
 * to answer with (loopchain's own {@code message_code.Response} values, and {@code -20} for an
 * unknown channel as the peer API answers).
 */
public enum Refusal {
    /** Malformed JSON, a missing or malformed field. */
    BAD_REQUEST(400, -6),
    /** No channel of that name in {@code channel_manage_data}. */
    UNKNOWN_CHANNEL(404, -20),
    /** The signature does not verify with the presented public key ({@code fail_invalid_key_error}). */
    BAD_SIGNATURE(403, -16),
    /** {@code ENABLE_CHANNEL_AUTH}: the peer_target is not listed for the channel ({@code fail_invalid_peer_target}). */
    NOT_LISTED(403, -12),
    /** The channel names trusted CAs and the join presents no certificate ({@code fail_invalid_key_error}). */
    NO_CERTIFICATE(403, -16),
    /**
     * The presented certificate is refused by the channel's trust: unreadable, not issued by a
     * trusted CA, self-signed, expired, not yet valid, revoked, a role other than validator, or for
     * another key than {@code public_key}; the message names which ({@code fail_invalid_key_error}).
     */
    CERTIFICATE_REFUSED(403, -16),
    /** The peer_target is held by another peer id or key ({@code fail_no_permission}). */
    TARGET_TAKEN(409, -18),
    /** The peer id is registered with another key ({@code fail_invalid_key_error}). */
    PEER_ID_TAKEN(409, -16),
    /**
     * A join whose {@code time_stamp} is further than {@link PeerRegistry#JOIN_WINDOW_MICROS} from the
     * Radio Station's clock, or not newer than the last join accepted from that peer (a replay).
     */
    STALE_JOIN(409, -6),
    /** No such peer in the channel, or no status from it yet ({@code fail_no_peer_info_in_rs}). */
    UNKNOWN_PEER(404, -800);

    private final int httpStatus;
    private final int responseCode;

    Refusal(int httpStatus, int responseCode) {
        this.httpStatus = httpStatus;
        this.responseCode = responseCode;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int responseCode() {
        return responseCode;
    }
}
