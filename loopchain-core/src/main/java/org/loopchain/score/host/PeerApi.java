package org.loopchain.score.host;

import java.util.Map;

/**
 * A peer's REST API v1 as the operator's client reaches it: paths relative to {@code /api/v1/},
 * answered with the HTTP status and the parsed JSON body. No answer at all is an
 * {@link IllegalStateException}.
 */
public interface PeerApi {

    Reply get(String path);

    Reply post(String path, String jsonBody);

    /** An answer: its status and its body ({@code Map.of()} when empty). */
    record Reply(int status, Object body) {

        /** The body's top-level {@code key}, or {@code null}. */
        public Object field(String key) {
            return body instanceof Map<?, ?> m ? m.get(key) : null;
        }
    }
}
