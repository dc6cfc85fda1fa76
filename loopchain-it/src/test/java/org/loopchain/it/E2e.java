package org.loopchain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

/** Checks the end-to-end tests share: submitting, counting stored transactions, refused requests. */
final class E2e {

    private E2e() {
    }

    /** Posts a transaction and returns its hash; anything but an acknowledgement fails the test. */
    static String submit(Rest peer, String body) {
        Rest.Reply r = peer.post("transactions", body);
        if (r.status() != 200 || !"0".equals(r.get("response_code"))) {
            throw new AssertionError("submit answered " + r.status() + " " + r.body());
        }
        return (String) r.get("tx_hash");
    }

    /** Committed plus pending transactions on the peer. */
    static long storedTxCount(Rest rest) {
        Map<String, Object> s = rest.get("status/peer").json();
        return ((Number) s.get("total_tx")).longValue() + ((Number) s.get("pending_tx")).longValue();
    }

    /** The reply is the given HTTP status and loopchain code, without a stack trace. */
    static void assertRejected(Rest.Reply r, int status, String code) {
        assertEquals(status, r.status(), r.body());
        assertEquals(code, String.valueOf(r.get("response_code")), r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), "no stack trace: " + r.body());
    }
}
