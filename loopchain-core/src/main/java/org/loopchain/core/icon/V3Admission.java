package org.loopchain.core.icon;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.loopchain.core.json.Json;

/**
 * Whether a node accepts a parsed v3 transaction on a channel: its {@code nid} is the channel's
 * (an absent {@code nid} is refused: a transaction must name its network), its timestamp is within
 * the boundary of the node's clock either way, its {@code data} is at most {@link #MAX_DATA_BYTES}
 * (goloop's limit), and its signature recovers {@code from}. Whether its hash is new is the
 * store's question.
 */
public final class V3Admission {

    /** goloop's limit on a transaction's {@code data} (its JSON text, in bytes). */
    public static final int MAX_DATA_BYTES = 512 * 1024;

    private final BigInteger nid;
    private final Clock clock;
    private final long boundaryMicros;

    public V3Admission(BigInteger nid, Clock clock, Duration boundary) {
        this.nid = nid;
        this.clock = clock;
        this.boundaryMicros = boundary.toNanos() / 1000;
    }

    /** Why {@code tx} is refused, or empty if it is accepted. */
    public Optional<String> refusal(V3Transaction tx) {
        if (tx.nid() == null || !tx.nid().equals(nid)) {
            return Optional.of("invalid nid " + (tx.nid() == null ? "(none)" : IconHex.format(tx.nid()))
                    + ": this channel's network id is " + IconHex.format(nid));
        }
        long now = Math.multiplyExact(clock.millis(), 1000L);
        if (Math.abs(tx.timestampMicros() - now) > boundaryMicros) {
            return Optional.of("timestamp " + IconHex.format(BigInteger.valueOf(tx.timestampMicros()))
                    + " is more than " + boundaryMicros / 1_000_000 + " s from the node's time");
        }
        if (tx.data() != null && Json.pyDumps(tx.data()).getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
            return Optional.of("data is larger than " + MAX_DATA_BYTES + " bytes");
        }
        if (!tx.verify()) {
            return Optional.of("invalid signature: it does not recover from " + tx.from());
        }
        return Optional.empty();
    }
}
