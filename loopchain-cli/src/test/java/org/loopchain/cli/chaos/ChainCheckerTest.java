package org.loopchain.cli.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChainCheckerTest {
    private static final List<String> PEERS = List.of("a", "b", "c");

    /** Peers' chains made up in memory; results follow the blocks unless overridden. */
    private static final class FakeChains implements ChainView {
        final Map<String, Map<Long, Block>> chains = new HashMap<>();
        final Map<String, Map<String, Map<?, ?>>> results = new HashMap<>();

        FakeChains() {
            PEERS.forEach(p -> chains.put(p, new HashMap<>()));
        }

        /** The same block on every peer. */
        FakeChains block(long height, String hash, String... txs) {
            PEERS.forEach(p -> chains.get(p).put(height, new Block(hash, List.of(txs))));
            return this;
        }

        @Override
        public long height(String peer) {
            return chains.get(peer).keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        }

        @Override
        public Block block(String peer, long height) {
            return chains.get(peer).get(height);
        }

        @Override
        public Map<?, ?> result(String peer, String tx) {
            Map<String, Map<?, ?>> overridden = results.getOrDefault(peer, Map.of());
            if (overridden.containsKey(tx)) {
                return overridden.get(tx);
            }
            return chains.get(peer).entrySet().stream().filter(e -> e.getValue().txs().contains(tx)).findFirst()
                    .map(e -> Map.of("code", 0L, "block_height", e.getKey())).orElse(null);
        }
    }

    @Test
    void identicalChainsHoldingEveryAcknowledgedTxAreClean() {
        FakeChains chains = new FakeChains().block(1, "h1", "t1", "t2").block(2, "h2", "t3");
        Verdict v = new ChainChecker(PEERS).verdict(chains, Set.of("t1", "t2", "t3"));
        assertTrue(v.clean(), v.toString());
        assertEquals(2, v.commonHeight());
    }

    @Test
    void aPeerWithAnotherBlockAtAHeightIsAFork() {
        FakeChains chains = new FakeChains().block(1, "h1", "t1").block(2, "h2", "t2");
        chains.chains.get("b").put(2L, new ChainView.Block("other", List.of("t2")));
        Verdict v = new ChainChecker(PEERS).verdict(chains, Set.of("t1", "t2"));
        assertEquals(1, v.forks().size(), v.toString());
        assertTrue(v.forks().get(0).startsWith("height 2:") && v.forks().get(0).contains("b=other"), v.forks().get(0));
    }

    @Test
    void aPeerThatLaterReplacesABlockItAgreedOnIsAFork() {
        FakeChains chains = new FakeChains().block(1, "h1", "t1").block(2, "h2", "t2");
        ChainChecker checker = new ChainChecker(PEERS);
        assertTrue(checker.verdict(chains, Set.of("t1", "t2")).clean());
        chains.block(3, "h3", "t3");
        chains.chains.get("c").put(1L, new ChainView.Block("swapped", List.of("t1")));
        Verdict v = checker.verdict(chains, Set.of("t1", "t2", "t3"));
        assertEquals(List.of("height 1: c now answers swapped, h1 before"), v.forks());
    }

    @Test
    void everyEarlierHeightIsReadAgainOverEnoughVerdicts() {
        FakeChains chains = new FakeChains();
        long heights = 3L * ChainChecker.HEIGHTS_REREAD;
        for (long h = 1; h <= heights; h++) {
            chains.block(h, "h" + h, "t" + h);
        }
        ChainChecker checker = new ChainChecker(PEERS);
        checker.verdict(chains, Set.of());
        chains.chains.get("b").put(heights - 1, new ChainView.Block("swapped", List.of()));
        int found = 0;
        for (int i = 0; i < 3; i++) {
            found += checker.verdict(chains, Set.of()).forks().size();
        }
        assertEquals(1, found, "a third of the heights a verdict: the replaced one is read once in three");
    }

    @Test
    void anAcknowledgedTxInNoBlockIsLost() {
        FakeChains chains = new FakeChains().block(1, "h1", "t1");
        Verdict v = new ChainChecker(PEERS).verdict(chains, Set.of("t1", "gone"));
        assertEquals(List.of("gone"), v.lost());
    }

    @Test
    void aTxInTwoBlocksOrTwiceInOneIsDuplicated() {
        FakeChains chains = new FakeChains().block(1, "h1", "t1").block(2, "h2", "t2", "t1").block(3, "h3", "t3", "t3");
        Verdict v = new ChainChecker(PEERS).verdict(chains, Set.of("t1", "t2", "t3"));
        assertEquals(List.of("t1 at heights 1 and 2", "t3 at heights 3 and 3"), v.duplicates());
    }

    @Test
    void aResultThatDiffersBetweenPeersOrFromTheBlockDiverges() {
        FakeChains chains = new FakeChains().block(1, "h1", "t1", "t2");
        chains.results.put("c", Map.of("t1", Map.of("code", 32L, "block_height", 1L), "t2", Map.of("code", 0L, "block_height", 7L)));
        Verdict v = new ChainChecker(PEERS).verdict(chains, Set.of("t1", "t2"));
        assertEquals(2, v.diverging().size(), v.toString());
        assertTrue(v.diverging().stream().anyMatch(d -> d.startsWith("t2: c answers") && d.contains("height 1")), v.toString());
    }

    @Test
    void onlyHeightsEveryPeerReachedAreCheckedAndEachOnlyOnce() {
        FakeChains chains = new FakeChains().block(1, "h1", "t1");
        chains.chains.get("a").put(2L, new ChainView.Block("h2", List.of("t2")));
        ChainChecker checker = new ChainChecker(PEERS);
        Verdict first = checker.verdict(chains, Set.of("t1", "t2"));
        assertEquals(1, first.commonHeight());
        assertEquals(List.of("t2"), first.lost(), "t2 is only on a, which is ahead: not counted until all have it");
        chains.chains.get("b").put(2L, new ChainView.Block("x", List.of("t2")));
        chains.chains.get("c").put(2L, new ChainView.Block("h2", List.of("t2")));
        Verdict second = checker.verdict(chains, Set.of("t2"));
        assertEquals(1, second.forks().size());
        assertTrue(checker.verdict(chains, Set.of("t2")).forks().isEmpty(), "a fork is reported once");
    }

    @Test
    void aPeerThatDoesNotAnswerStopsTheCheckAtTheLastHeightAllAnswered() {
        FakeChains chains = new FakeChains().block(1, "h1", "t1").block(2, "h2", "t2");
        chains.chains.get("c").remove(1L);
        ChainChecker checker = new ChainChecker(PEERS);
        checker.advance(chains);
        assertEquals(0, checker.checkedHeight());
        assertEquals(Set.of("t1"), checker.missing(Set.of("t1")));
    }
}
