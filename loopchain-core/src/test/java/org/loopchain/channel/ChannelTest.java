package org.loopchain.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.loopchain.consensus.CommitCertificate;
import org.loopchain.consensus.ConsensusCodec;
import org.loopchain.consensus.LftConfig;
import org.loopchain.consensus.SignatureVerifier;
import org.loopchain.consensus.Validator;
import org.loopchain.consensus.ValidatorSet;
import org.loopchain.consensus.faults.TestFaults;
import org.loopchain.core.block.Block;
import org.loopchain.core.block.Blocks;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxMeta;
import org.loopchain.core.tx.V1Transactions;
import org.loopchain.validators.GenesisRecord;

/** One peer validating alone: the channel's pool, LFT with one validator and the store, on simulated time. */
class ChannelTest {

    private static final PeerKey KEY = PeerKey.generate(new SecureRandom(new byte[] {1}));
    private static final ConsensusCodec CODEC = new ConsensusCodec(1 << 24);
    private final InMemoryChainStore store = new InMemoryChainStore();
    private final SimLoops sim = new SimLoops();
    private final MicrosClock micros = new MicrosClock(sim.clock);
    private final List<String> relayed = new ArrayList<>();
    private final ValidatorSet alone = new ValidatorSet(List.of(new Validator("peer-0", KEY.publicKeyBase64(), 1, null)),
            Map.of(), 0.67, false, SignatureVerifier.ECDSA);

    private Channel channel(int maxTx, boolean allowEmpty) {
        return channel(maxTx, allowEmpty, TestFaults.NONE);
    }

    private Channel channel(int maxTx, boolean allowEmpty, TestFaults faults) {
        return channel(maxTx, allowEmpty, faults, alone);
    }

    /** The node's clocks as ChannelManager makes them: both from {@code faults.clock}. */
    private Channel channel(int maxTx, boolean allowEmpty, TestFaults faults, ValidatorSet genesis) {
        ChannelSettings s = new ChannelSettings("test_channel", "peer-0", "loopchain/default", "0",
                Duration.ofMillis(500), maxTx, allowEmpty);
        Clock clock = faults.clock(sim.clock);
        MicrosClock micros = faults.any() ? new MicrosClock(clock) : this.micros;
        Channel c = new Channel(s, store, KEY, micros, clock, sim.loop(), new Transport() {
            @Override
            public void consensus(String channel, String type, String text) {
            }

            @Override
            public void transactions(String channel, String text) {
                relayed.add(text);
            }
        }, CODEC, BlockExecutor.NONE, faults);
        c.load();
        c.startConsensus(genesis, LftConfig.builder("test_channel").maxMadeBlockCount(10)
                .leaderComplainTimeout(Duration.ofSeconds(2)).maxRoundTimeout(Duration.ofSeconds(60))
                .blockInterval(Duration.ofMillis(500)).maxBlockTxNum(maxTx).roundWindow(8).syncInterval(Duration.ofSeconds(1))
                .maxSyncBlocks(16).build());
        return c;
    }

    private List<Transaction> stored(int n) {
        List<Transaction> txs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TxMeta meta = new TxMeta("peer-0", "loopchain/default", "0", "test_channel");
            txs.add(V1Transactions.create("test_channel", meta, Map.of("n", i), micros.next(), KEY));
        }
        store.appendPending(txs);
        return txs;
    }

    @Test
    void firstStartWritesTheGenesisBlock() {
        Channel c = channel(10, false);
        assertEquals(Blocks.genesis("test_channel").hash(), store.blockByHeight("test_channel", 0).orElseThrow().hash());
        assertEquals(0, c.status().height());
        assertEquals("leader", c.status().role());
    }

    @Test
    void theFirstBlockRecordsTheGenesisValidatorsAndARestartWithThemGoesOn() {
        channel(10, false).accept(stored(2));
        sim.advance(Duration.ofSeconds(1));
        assertArrayEquals(GenesisRecord.toBytes(alone), store.state("test_channel", GenesisRecord.KEY_HEX).orElseThrow());

        Channel restarted = channel(10, false);
        restarted.accept(stored(2));
        sim.advance(Duration.ofSeconds(1));
        assertEquals(2, restarted.status().height());
        assertEquals("leader", restarted.status().role());
    }

    /** A work dir that ran one peer reused for two: its chain was agreed by peer-0 alone, so it is not this network's. */
    @Test
    void aStoredChainThatBeganWithOtherValidatorsIsRefusedAndNothingIsAgreed() {
        channel(10, false).accept(stored(2));
        sim.advance(Duration.ofSeconds(1));
        ValidatorSet two = new ValidatorSet(List.of(alone.validators().get(0),
                new Validator("peer-1", PeerKey.generate(new SecureRandom(new byte[] {2})).publicKeyBase64(), 1, null)),
                Map.of(), 0.67, false, SignatureVerifier.ECDSA);

        Channel restarted = channel(10, false, TestFaults.NONE, two);
        restarted.accept(stored(3));
        sim.advance(Duration.ofSeconds(5));
        String role = restarted.status().role();
        assertTrue(role.startsWith("refused: ") && role.contains("[peer-0, peer-1], not [peer-0]"), role);
        assertTrue(restarted.validators().isEmpty());
        assertEquals(1, restarted.status().height());
        assertEquals(1, store.lastBlock("test_channel").orElseThrow().height());
        assertArrayEquals(GenesisRecord.toBytes(alone), store.state("test_channel", GenesisRecord.KEY_HEX).orElseThrow());
    }

    @Test
    void acceptedTransactionsAreCommittedInAVerifiableBlockWithItsCertificate() {
        Channel c = channel(10, false);
        List<Transaction> txs = stored(5);
        c.accept(txs);
        sim.advance(Duration.ofSeconds(1));
        Block b1 = store.blockByHeight("test_channel", 1).orElseThrow();
        assertEquals(txs.stream().map(Transaction::hash).toList(), b1.txHashes());
        assertEquals(List.of(), Blocks.verify(b1, store.blockByHeight("test_channel", 0).orElseThrow(), txs));
        CommitCertificate cert = CODEC.decodeCertificate(store.certificateOf("test_channel", 1).orElseThrow());
        assertEquals(List.of(), cert.verify(alone));
        assertEquals(b1.hash(), cert.blockHash());
        assertEquals(5, c.status().totalTx());
        assertEquals(0, c.status().pendingTx());
    }

    @Test
    void aPeerWithAClockOffsetStampsItsBlocksByTheSkewedClock() {
        Duration offset = Duration.ofSeconds(7);
        Channel c = channel(10, false, new TestFaults(Set.of(), offset));
        List<Transaction> txs = stored(2);
        long trueMicros = sim.clock.millis() * 1000;
        c.accept(txs);
        sim.advance(Duration.ofSeconds(1));
        long stamped = store.blockByHeight("test_channel", 1).orElseThrow().timestampMicros();
        assertTrue(stamped >= trueMicros + offset.toNanos() / 1000, "block stamped " + (stamped - trueMicros) + " µs after true time");
        assertTrue(stamped < trueMicros + offset.plusSeconds(1).toNanos() / 1000, "block stamped " + (stamped - trueMicros) + " µs");
    }

    @Test
    void aBlockHoldsAtMostMaxBlockTxNumTransactions() {
        Channel c = channel(3, false);
        c.accept(stored(5));
        sim.advance(Duration.ofSeconds(3));
        assertEquals(3, store.blockByHeight("test_channel", 1).orElseThrow().txHashes().size());
        assertEquals(2, store.blockByHeight("test_channel", 2).orElseThrow().txHashes().size());
        assertEquals(2, c.status().height());
    }

    @Test
    void noBlockIsMadeWithoutTransactionsUnlessEmptyBlocksAreAllowed() {
        Channel quiet = channel(10, false);
        sim.advance(Duration.ofSeconds(3));
        assertEquals(0, quiet.status().height());
        Channel busy = channel(10, true);
        sim.advance(Duration.ofSeconds(3));
        assertTrue(busy.status().height() >= 2);
    }

    @Test
    void acknowledgedTransactionsSurviveARestartAndLandInALaterBlock() {
        List<Transaction> txs = stored(4);
        // the node died after storing (acknowledging) these and before any block held them
        Channel after = channel(10, false);
        sim.advance(Duration.ofSeconds(1));
        assertEquals(0, after.status().pendingTx());
        assertEquals(txs.stream().map(Transaction::hash).toList(),
                store.blockByHeight("test_channel", 1).orElseThrow().txHashes());
    }

    @Test
    void aFailedCommitLeavesNothingHalfDoneAndTheChannelGoesOn() {
        Channel c = channel(10, false);
        c.accept(stored(2));
        store.failNext = 1;
        sim.advance(Duration.ofSeconds(1));
        assertFalse(store.blockByHeight("test_channel", 1).isPresent() && store.certificateOf("test_channel", 1).isEmpty());
        sim.advance(Duration.ofSeconds(5));
        assertEquals(1, c.status().height());
        assertEquals(2, c.status().totalTx());
    }

    /**
     * Chaos episode 40 (seed 2026120705): a peer restarted since a transaction was committed pooled it
     * again from a late relay, led, and proposed it; the block was agreed, failed to store on every peer
     * (the transactions' unique key) and cost rounds until the pool was reloaded.
     */
    @Test
    void aTransactionCommittedBeforeARestartThatComesBackIsNotProposedAgain() {
        Channel before = channel(10, false);
        List<Transaction> old = stored(1);
        before.accept(old);
        sim.advance(Duration.ofSeconds(1));
        assertEquals(1, store.blockByHeight("test_channel", 1).orElseThrow().txHashes().size());
        Channel after = channel(10, false); // restarted: nothing committed is in its memory
        after.acceptRelayed(old);
        List<Transaction> fresh = stored(1);
        after.accept(fresh);
        sim.advance(Duration.ofSeconds(1));
        assertEquals(0, store.duplicateCommits, "no block with a committed transaction was agreed");
        assertEquals(fresh.stream().map(Transaction::hash).toList(), store.blockByHeight("test_channel", 2).orElseThrow().txHashes());
        assertEquals(0, after.status().pendingTx());
    }

    @Test
    void aRelayedTransactionAlreadyInABlockIsNotPooledAgain() {
        Channel c = channel(10, false);
        List<Transaction> txs = stored(1);
        c.accept(txs);
        sim.advance(Duration.ofSeconds(1));
        c.acceptRelayed(txs);
        assertEquals(0, c.status().pendingTx());
    }
}
