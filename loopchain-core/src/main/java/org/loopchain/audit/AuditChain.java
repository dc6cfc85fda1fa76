package org.loopchain.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.core.json.Json;

/**
 * The hash chain of an audit log: each entry's hash covers its own fields and the hash of the entry
 * before it, so an entry changed, removed, inserted or reordered after the fact breaks every hash
 * from there on. A {@link Verifier} walks a log (in pages) and names the first entry that breaks.
 */
public final class AuditChain {

    /** The {@code prevHash} of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The entry after {@code previous} (empty for the first) recording {@code event} at {@code timeMicros}. */
    public static AuditEntry append(Optional<AuditEntry> previous, AuditEvent event, long timeMicros) {
        long seq = previous.map(p -> p.seq() + 1).orElse(1L);
        String prev = previous.map(AuditEntry::hash).orElse(GENESIS);
        return new AuditEntry(seq, timeMicros, event, prev, hashOf(seq, timeMicros, event, prev));
    }

    /** SHA-256 (hex) of the canonical JSON of the entry's fields, {@code hash} left out. */
    public static String hashOf(long seq, long timeMicros, AuditEvent event, String prevHash) {
        Map<String, Object> fields = new AuditEntry(seq, timeMicros, event, prevHash, "").asMap();
        fields.remove("hash");
        return Hashes.sha256Hex(Json.pyDumps(fields).getBytes(StandardCharsets.UTF_8));
    }

    /** Checks a log entry by entry, in order, over as many pages as it comes in. */
    public static final class Verifier {

        private long expectedSeq = 1;
        private String expectedPrev = GENESIS;
        private final List<String> problems = new ArrayList<>();
        private long checked;

        /** Checks the next entries; after the first problem the rest are not checked. */
        public Verifier accept(List<AuditEntry> entries) {
            for (AuditEntry e : entries) {
                if (!problems.isEmpty()) {
                    return this;
                }
                check(e);
            }
            return this;
        }

        private void check(AuditEntry e) {
            if (e.seq() != expectedSeq) {
                problems.add("entry " + expectedSeq + " is missing (the next entry is " + e.seq() + ")");
            } else if (!e.prevHash().equals(expectedPrev)) {
                problems.add("entry " + e.seq() + " does not follow entry " + (e.seq() - 1) + " (prev_hash differs)");
            } else if (!e.hash().equals(hashOf(e.seq(), e.timeMicros(), e.event(), e.prevHash()))) {
                problems.add("entry " + e.seq() + " was changed after it was written (its hash does not match)");
            } else {
                checked++;
                expectedSeq++;
                expectedPrev = e.hash();
            }
        }

        /** How many entries checked out. */
        public long checked() {
            return checked;
        }

        /** The hash of the last entry that checked out ({@link #GENESIS} for none). */
        public String head() {
            return expectedPrev;
        }

        /** The first problem found; empty when every entry so far checked out. */
        public Optional<String> problem() {
            return problems.stream().findFirst();
        }
    }
}
