package org.loopchain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static List<AuditEntry> log(int n) {
        List<AuditEntry> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AuditEvent e = new AuditEvent("sub-" + i, "auditor", "GET /api/audit/v1/transactions", "loopchain_default",
                    "from_height=" + i, i, i % 3 == 0 ? 403 : 200);
            out.add(AuditChain.append(out.isEmpty() ? Optional.empty() : Optional.of(out.get(out.size() - 1)), e, 1_000L + i));
        }
        return out;
    }

    @Test
    void anUntouchedLogChecksOutInOnePassOrInPages() {
        List<AuditEntry> entries = log(7);
        assertEquals(1, entries.get(0).seq());
        assertEquals(AuditChain.GENESIS, entries.get(0).prevHash());
        AuditChain.Verifier whole = new AuditChain.Verifier().accept(entries);
        assertEquals(Optional.empty(), whole.problem());
        assertEquals(7, whole.checked());
        AuditChain.Verifier paged = new AuditChain.Verifier().accept(entries.subList(0, 3)).accept(entries.subList(3, 7));
        assertEquals(Optional.empty(), paged.problem());
        assertEquals(entries.get(6).hash(), paged.head());
    }

    @Test
    void aChangedFieldIsFound() {
        List<AuditEntry> entries = log(5);
        AuditEntry e = entries.get(2);
        AuditEvent fewer = new AuditEvent(e.event().subject(), e.event().name(), e.event().endpoint(), e.event().channel(),
                e.event().params(), e.event().records() + 1, e.event().status());
        entries.set(2, new AuditEntry(e.seq(), e.timeMicros(), fewer, e.prevHash(), e.hash()));
        AuditChain.Verifier v = new AuditChain.Verifier().accept(entries);
        assertEquals(Optional.of("entry 3 was changed after it was written (its hash does not match)"), v.problem());
        assertEquals(2, v.checked());
    }

    @Test
    void aChangedEntryWithARecomputedHashBreaksTheNextLink() {
        List<AuditEntry> entries = log(5);
        AuditEntry e = entries.get(1);
        AuditEvent other = new AuditEvent("someone-else", "x", e.event().endpoint(), "", "", 0, 200);
        entries.set(1, new AuditEntry(e.seq(), e.timeMicros(), other, e.prevHash(),
                AuditChain.hashOf(e.seq(), e.timeMicros(), other, e.prevHash())));
        assertEquals(Optional.of("entry 3 does not follow entry 2 (prev_hash differs)"),
                new AuditChain.Verifier().accept(entries).problem());
    }

    @Test
    void aRemovedOrReorderedEntryIsFound() {
        List<AuditEntry> removed = log(5);
        removed.remove(3);
        assertEquals(Optional.of("entry 4 is missing (the next entry is 5)"), new AuditChain.Verifier().accept(removed).problem());
        List<AuditEntry> swapped = log(5);
        swapped.add(1, swapped.remove(2));
        assertTrue(new AuditChain.Verifier().accept(swapped).problem().isPresent());
    }

    @Test
    void anEntryRoundTripsThroughItsMap() {
        AuditEntry e = log(2).get(1);
        assertEquals(e, AuditEntry.fromMap(e.asMap()));
    }
}
