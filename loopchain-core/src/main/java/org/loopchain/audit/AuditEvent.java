package org.loopchain.audit;

import java.util.Objects;

/**
 * One audit read or refused attempt, before it is chained. Text fields are clipped to the lengths
 * the log stores ({@link #MAX_TEXT}, {@link #MAX_PARAMS}), so that what is hashed is what is kept.
 *
 * @param subject  the token's subject ({@code sub}); {@code ""} when no valid token came
 * @param name     the caller's name ({@code upn} or {@code preferred_username}); {@code ""} when unknown
 * @param endpoint the request's method and path, e.g. {@code GET /api/audit/v1/transactions}
 * @param channel  the channel read; {@code ""} when none applies
 * @param params   the query string as received (clipped by the caller), {@code ""} when none
 * @param records  how many records the answer carried
 * @param status   the HTTP status answered (200, 401, 403, 404, ...)
 */
public record AuditEvent(String subject, String name, String endpoint, String channel, String params, int records,
                         int status) {

    /** The longest subject, name, endpoint or channel kept. */
    public static final int MAX_TEXT = 255;
    /** The longest query string kept. */
    public static final int MAX_PARAMS = 1_000;

    public AuditEvent {
        subject = clip(Objects.requireNonNull(subject, "subject"), MAX_TEXT);
        name = clip(Objects.requireNonNull(name, "name"), MAX_TEXT);
        endpoint = clip(Objects.requireNonNull(endpoint, "endpoint"), MAX_TEXT);
        channel = clip(Objects.requireNonNull(channel, "channel"), MAX_TEXT);
        params = clip(Objects.requireNonNull(params, "params"), MAX_PARAMS);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** Whether the read was answered (a 2xx), not refused. */
    public boolean granted() {
        return status >= 200 && status < 300;
    }
}
