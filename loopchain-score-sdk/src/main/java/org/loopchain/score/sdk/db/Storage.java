package org.loopchain.score.sdk.db;

import org.loopchain.score.spi.ScoreHost;
import org.loopchain.score.spi.ScoreHosts;

/**
 * Metered access to the current host's storage: every read and write costs
 * {@value #BASE_STEPS} steps plus one step a byte of key and value.
 */
final class Storage {

    static final long BASE_STEPS = 100;

    private Storage() {
    }

    static byte[] get(byte[] key) {
        ScoreHost host = ScoreHosts.current();
        host.charge(BASE_STEPS + key.length);
        byte[] value = host.storageGet(key);
        if (value != null) {
            host.charge(value.length);
        }
        return value;
    }

    /** Stores {@code value}; {@code null} deletes. The host throws in a read-only call. */
    static void put(byte[] key, byte[] value) {
        ScoreHost host = ScoreHosts.current();
        host.charge(BASE_STEPS + key.length + (value == null ? 0 : value.length));
        host.storagePut(key, value);
    }
}
