package org.loopchain.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.core.block.Block;
import org.loopchain.core.block.Blocks;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxMeta;
import org.loopchain.core.tx.V1Transactions;

class ChannelTest {

    private static final PeerKey KEY = PeerKey.generate(new SecureRandom(new byte[] {1}));
    private final InMemoryChainStore store = new InMemoryChainStore();
    private final MicrosClock clock = new MicrosClock(Clock.fixed(Instant.ofEpochSecond(1_700_000_000), ZoneOffset.UTC));

    private Channel channel(int maxTx, boolean allowEmpty) {
        ChannelSettings s = new ChannelSettings("test_channel", "peer-0", "loopchain/default", "0",
                Duration.ofMillis(500), maxTx, allowEmpty);
        Channel c = new Channel(s, store, KEY, clock, Runnable::run);
        c.start();
        return c;
    }

    private List<Transaction> stored(int n) {
        List<Transaction> txs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TxMeta meta = new TxMeta("peer-0", "loopchain/default", "0", "test_channel");
            txs.add(V1Transactions.create("test_channel", meta, Map.of("n", i), clock.next(), KEY));
        }
        store.appendPending(txs);
        return txs;
    }

    @Test
    void firstStartWritesTheGenesisBlock() {
        Channel c = channel(10, false);
        Block genesis = store.blockByHeight("test_channel", 0).orElseThrow();
        assertEquals(Blocks.genesis("test_channel").hash(), genesis.hash());
        assertEquals(0, c.status().height());
    }

    @Test
    void aTickCutsOneVerifiableBlockOfAtMostMaxBlockTxNum() {
        Channel c = channel(3, false);
        List<Transaction> txs = stored(5);
        c.accept(txs);
        c.tick();
        Block b1 = store.blockByHeight("test_channel", 1).orElseThrow();
        assertEquals(List.of(txs.get(0).hash(), txs.get(1).hash(), txs.get(2).hash()), b1.txHashes());
        assertEquals(List.of(), Blocks.verify(b1, store.blockByHeight("test_channel", 0).orElseThrow(), txs.subList(0, 3)));
        c.tick();
        assertEquals(2, c.status().height());
        assertEquals(5, c.status().totalTx());
        assertEquals(0, c.status().pendingTx());
        assertTrue(store.transaction("test_channel", txs.get(4).hash()).orElseThrow().blockHeight().getAsLong() == 2);
    }

    @Test
    void noBlockIsCutWithoutTransactionsUnlessEmptyBlocksAreAllowed() {
        Channel quiet = channel(10, false);
        quiet.tick();
        assertEquals(0, quiet.status().height());
        Channel busy = channel(10, true);
        busy.tick();
        assertEquals(1, busy.status().height());
    }

    @Test
    void acknowledgedTransactionsSurviveARestartAndLandInALaterBlock() {
        Channel before = channel(10, false);
        List<Transaction> txs = stored(4);
        before.accept(txs.subList(0, 2));
        before.tick();
        // the node dies here: tx 2 and 3 were stored and acknowledged but never reached a block
        Channel after = channel(10, false);
        assertEquals(1, after.status().height());
        assertEquals(2, after.status().pendingTx());
        after.tick();
        assertEquals(List.of(txs.get(2).hash(), txs.get(3).hash()),
                store.blockByHeight("test_channel", 2).orElseThrow().txHashes());
    }

    @Test
    void aBlockThatFailsToCommitLeavesItsTransactionsPendingForTheNextTick() {
        Channel c = channel(10, false);
        c.accept(stored(2));
        store.failNext = 1;
        c.tick();
        assertEquals(0, c.status().height());
        assertEquals(2, c.status().pendingTx());
        c.tick();
        assertEquals(1, c.status().height());
        assertEquals(2, c.status().totalTx());
    }
}
