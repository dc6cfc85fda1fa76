package org.loopchain.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The IN lists of {@code committedAmong} come in seven lengths, so Derby compiles seven statements, not one per block size. */
class CommittedAmongListTest {

    @Test
    void everyListIsPaddedWithItsOwnFirstHashToAPowerOfTwoOfAtLeastEight() {
        Set<Integer> lengths = new HashSet<>();
        for (int n = 1; n <= JpaChainStore.IN_LIST_MAX; n++) {
            List<String> hashes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                hashes.add("h" + i);
            }
            List<String> padded = JpaChainStore.padded(hashes);
            assertEquals(hashes, padded.subList(0, n), "the hashes first, in order");
            assertTrue(padded.subList(n, padded.size()).stream().allMatch("h0"::equals), "padded with the first hash only");
            assertTrue(padded.size() >= n && padded.size() < Math.max(16, 2 * n), n + " -> " + padded.size());
            lengths.add(padded.size());
        }
        assertEquals(Set.of(8, 16, 32, 64, 128, 256, 512), lengths);
    }
}
