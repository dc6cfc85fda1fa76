package org.loopchain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;

/** Checks the end-to-end tests share: submitting, counting stored transactions, refused requests. */
final class E2e {

    private E2e() {
    }

    /** Posts a transaction and returns its hash; anything but an acknowledgement fails the test. */
    static String submit(Rest peer, String body) {
        return submit(peer, "transactions", body);
    }

    /** Posts a transaction to {@code path} (a submission path, e.g. the Radio Station's {@code proxy/transactions}). */
    static String submit(Rest node, String path, String body) {
        Rest.Reply r = node.post(path, body);
        if (r.status() != 200 || !"0".equals(r.get("response_code"))) {
            throw new AssertionError(path + " answered " + r.status() + " " + r.body());
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

    /** Whether something accepts TCP connections on HOST:PORT (within 2 s). */
    static boolean accepts(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
