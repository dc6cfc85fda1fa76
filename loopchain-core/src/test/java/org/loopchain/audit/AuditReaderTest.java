package org.loopchain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.loopchain.channel.BlockHistory;
import org.loopchain.channel.StoredTx;
import org.loopchain.channel.TxLookup;
import org.loopchain.core.block.Block;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxKind;
import org.loopchain.core.tx.TxMeta;

class AuditReaderTest {

    private static final String CH = "loopchain_default";

    /** Blocks 0..4; block h holds h transactions, the odd ones from hxalice, with a result each. */
    private final Map<Long, List<Transaction>> blocks = new HashMap<>();
    private final Map<String, String> results = new HashMap<>();

    private final AuditReader reader;

    AuditReaderTest() {
        for (long h = 0; h <= 4; h++) {
            List<Transaction> txs = new ArrayList<>();
            for (int i = 0; i < h; i++) {
                String hash = String.format("%064x", h * 100 + i);
                String from = i % 2 == 1 ? "hxalice" : "hxbob";
                txs.add(new Transaction(TxKind.V1, hash, CH, new TxMeta("peer0", "score", "1", CH),
                        "{\"from\": \"" + from + "\", \"n\": " + i + "}", h, "sig", "key-" + h));
                results.put(hash, "{\"code\": 0}");
            }
            blocks.put(h, txs);
        }
        reader = new AuditReader(new History(), new Lookup());
    }

    @Test
    void aRangeGivesEveryTransactionWithItsHeightIndexAndResult() {
        List<Map<String, Object>> txs = reader.transactions(CH, reader.range(CH, 2L, 3L), null);
        assertEquals(5, txs.size());
        assertEquals(2L, txs.get(0).get("block_height"));
        assertEquals(0, txs.get(0).get("tx_index"));
        assertEquals(3L, txs.get(4).get("block_height"));
        assertEquals(0, ((Number) ((Map<?, ?>) txs.get(4).get("result")).get("code")).intValue());
        assertEquals("hxalice", ((Map<?, ?>) txs.get(1).get("data")).get("from"));
    }

    @Test
    void aSenderOrSignerFiltersTheRange() {
        List<Map<String, Object>> alice = reader.transactions(CH, reader.range(CH, null, null), "HXALICE");
        assertEquals(4, alice.size(), "one in block 2, one in 3, two in 4");
        assertTrue(alice.stream().allMatch(t -> "hxalice".equals(((Map<?, ?>) t.get("data")).get("from"))));
        assertEquals(3, reader.transactions(CH, reader.range(CH, null, null), "key-3").size());
    }

    @Test
    void aRangeIsCutAtTheLastBlockAndCheckedAtItsEnds() {
        assertEquals(new AuditReader.HeightRange(3, 4), reader.range(CH, 3L, 90L));
        assertEquals(new AuditReader.HeightRange(0, 4), reader.range(CH, null, null));
        assertEquals(0, reader.transactions(CH, reader.range(CH, 7L, 9L), null).size());
        assertThrows(IllegalArgumentException.class, () -> reader.range(CH, 3L, 2L));
        assertThrows(IllegalArgumentException.class, () -> reader.range(CH, -1L, 2L));
        assertThrows(IllegalArgumentException.class, () -> reader.range(CH, 0L, (long) ConfigKeys.Audit.MAX_HEIGHT_SPAN));
    }

    @Test
    void aHashReadsOneTransactionAndAnUnknownOneNothing() {
        String hash = String.format("%064x", 301);
        assertEquals(3L, reader.transaction(CH, hash).orElseThrow().get("block_height"));
        assertEquals(Optional.empty(), reader.transaction(CH, "f".repeat(64)));
    }

    private final class History implements BlockHistory {
        @Override
        public Optional<Block> lastBlock(String channel) {
            return blockByHeight(channel, 4);
        }

        @Override
        public Optional<Block> blockByHeight(String channel, long height) {
            return blocks.containsKey(height) ? Optional.of(new Block(channel, height, "h" + height, "p", "m", 0, "", "", "",
                    List.of())) : Optional.empty();
        }

        @Override
        public Optional<Block> blockByHash(String channel, String hash) {
            return Optional.empty();
        }

        @Override
        public List<Transaction> transactionsOf(String channel, long height) {
            return blocks.getOrDefault(height, List.of());
        }

        @Override
        public Optional<String> certificateOf(String channel, long height) {
            return Optional.empty();
        }

        @Override
        public long roundsUpTo(String channel, long height) {
            return 0;
        }

        @Override
        public long committedTxCount(String channel) {
            return 10;
        }
    }

    private final class Lookup implements TxLookup {
        @Override
        public Optional<StoredTx> transaction(String channel, String hash) {
            return blocks.entrySet().stream().flatMap(e -> e.getValue().stream()
                    .filter(t -> t.hash().equals(hash)).map(t -> new StoredTx(t, OptionalLong.of(e.getKey())))).findFirst();
        }

        @Override
        public Set<String> committedAmong(String channel, Collection<String> hashes) {
            return Set.of();
        }

        @Override
        public List<String> recentlyCommitted(String channel, int max) {
            return List.of();
        }

        @Override
        public Optional<String> result(String channel, String txHash) {
            return Optional.ofNullable(results.get(txHash));
        }
    }
}
