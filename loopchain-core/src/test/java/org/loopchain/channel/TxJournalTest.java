package org.loopchain.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.loopchain.consensus.ConsensusCodec;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxMeta;
import org.loopchain.core.tx.V1Transactions;

class TxJournalTest {

    private static final PeerKey KEY = PeerKey.generate(new SecureRandom(new byte[] {2}));
    private final InMemoryChainStore store = new InMemoryChainStore();
    private final MicrosClock clock = new MicrosClock(Clock.systemUTC());

    private Channel channel() {
        SimLoops sim = new SimLoops();
        Channel c = new Channel(new ChannelSettings("c1", "peer-0", "loopchain/default", "0", Duration.ofSeconds(1),
                100, false), store, KEY, clock, sim.clock, sim.loop(), new Transport() {
                    @Override
                    public void consensus(String channel, String type, String text) {
                    }

                    @Override
                    public void transactions(String channel, String text) {
                    }
                }, new ConsensusCodec(1 << 20));
        c.load();
        return c;
    }

    private Transaction tx(int i) {
        return V1Transactions.create("c1", new TxMeta("peer-0", "loopchain/default", "0", "c1"), Map.of("i", i),
                clock.next(), KEY);
    }

    @Test
    void aTransactionIsAcknowledgedOnlyOnceStoredAndThenReachesItsChannel() throws Exception {
        Channel channel = channel();
        TxJournal journal = new TxJournal(store, 10, 100);
        Transaction tx = tx(1);
        CompletableFuture<Transaction> done = journal.append(channel, tx);
        assertFalse(done.isDone());
        Thread writer = new Thread(journal);
        writer.start();
        assertEquals(tx, done.get(10, TimeUnit.SECONDS));
        assertTrue(store.transaction("c1", tx.hash()).orElseThrow().pending());
        assertEquals(1, channel.status().pendingTx());
        journal.stop();
        writer.join(10_000);
    }

    @Test
    void aBatchThatCannotBeStoredIsNeitherAcknowledgedNorHandedToTheChannel() throws Exception {
        Channel channel = channel();
        TxJournal journal = new TxJournal(store, 10, 100);
        store.failNext = 1;
        CompletableFuture<Transaction> done = journal.append(channel, tx(2));
        Thread writer = new Thread(journal);
        writer.start();
        assertThrows(ExecutionException.class, () -> done.get(10, TimeUnit.SECONDS));
        assertEquals(0, channel.status().pendingTx());
        assertEquals(0, store.pending("c1").size());
        journal.stop();
        writer.join(10_000);
    }

    @Test
    void aFullQueueRefusesAtOnce() {
        TxJournal journal = new TxJournal(store, 10, 1);
        Channel channel = channel();
        journal.append(channel, tx(3));
        CompletableFuture<Transaction> refused = journal.append(channel, tx(4));
        assertTrue(refused.isCompletedExceptionally());
    }
}
