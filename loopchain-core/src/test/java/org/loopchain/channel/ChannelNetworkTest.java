package org.loopchain.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.loopchain.consensus.ConsensusCodec;
import org.loopchain.consensus.CoreJsonForms;
import org.loopchain.consensus.LftConfig;
import org.loopchain.consensus.MessageSigner;
import org.loopchain.consensus.MessageType;
import org.loopchain.consensus.Proposal;
import org.loopchain.consensus.SignatureVerifier;
import org.loopchain.consensus.SignedMessage;
import org.loopchain.consensus.Validator;
import org.loopchain.consensus.ValidatorSet;
import org.loopchain.consensus.Vote;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.icon.V3Fixtures;
import org.loopchain.core.icon.V3Transactions;
import org.loopchain.core.json.Json;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxMeta;
import org.loopchain.core.tx.V1Transactions;
import org.loopchain.validators.AdminSignatures;
import org.loopchain.validators.GenesisRecord;
import org.loopchain.validators.ValidatorConfig;

/**
 * Four peers' channels wired through their {@link Transport}s as the broker would carry them: every
 * message goes through the wire codec and reaches the other peers (not the sender), on simulated
 * time. Transactions sent to different peers end in one chain on every peer, also when the leader
 * stops answering.
 */
class ChannelNetworkTest {

    private static final String CHANNEL = "net";
    private static final ConsensusCodec CODEC = new ConsensusCodec(1 << 24);
    private final SimLoops sim = new SimLoops();
    private final List<Peer> peers = new ArrayList<>();
    private final Set<Integer> down = new HashSet<>();
    /** Peers that lose the first relay of every transaction (later ones, answers to requests, arrive). */
    private final Set<Integer> relaysLostTo = new HashSet<>();
    private final Set<String> relayedOnce = new HashSet<>();
    /** Transactions a peer relayed for another peer (only an answer to a transaction request does that). */
    private int relayedForOthers;
    /** Transactions a peer relayed that it received itself (first relays and any relayed again). */
    private int relayedOwn;

    /** Peers whose relays and answers to transaction requests are lost. */
    private final Set<Integer> mute = new HashSet<>();
    /** The channel's admins (none unless a test names them). */
    private AdminSignatures admins = new AdminSignatures(CHANNEL, List.of());
    private final Map<MessageType, Integer> sent = new EnumMap<>(
            MessageType.class);
    private int proposalsWithTxsOnTheWire;

    private final class Peer implements Transport {
        final int index;
        final PeerKey key = PeerKey.generate(new SecureRandom(new byte[] {(byte) (10 + peers.size())}));
        final String id = "peer-" + peers.size();
        final InMemoryChainStore store = new InMemoryChainStore();
        final MicrosClock micros = new MicrosClock(sim.clock);
        final Set<MessageType> sentHere = EnumSet.noneOf(MessageType.class);
        Channel channel;

        Peer() {
            index = peers.size();
        }

        @Override
        public void consensus(String channel, String type, String text) {
            var message = CODEC.decode(text);
            sent.merge(message.type(), 1, Integer::sum);
            sentHere.add(message.type());

            if (message.payload() instanceof Proposal proposal
                    && !proposal.candidate().txs().isEmpty()) {
                proposalsWithTxsOnTheWire++;
            }
            for (Peer p : peers) {
                if (p != this && !down.contains(p.index) && !down.contains(index)) {
                    p.channel.onMessage(CODEC.decode(text));
                }
            }
        }

        @Override
        public void transactions(String channel, String text) {
            List<Transaction> txs = CoreJsonForms.txs((List<?>) Json.parse(text), "relay");
            assertTrue(txs.size() <= Relays.CHUNK, "a relay of " + txs.size() + " transactions");
            relayedForOthers += (int) txs.stream().filter(tx -> !tx.meta().peerId().equals(id)).count();
            relayedOwn += (int) txs.stream().filter(tx -> tx.meta().peerId().equals(id)).count();
            for (Peer p : peers) {
                if (p != this && !down.contains(p.index) && !down.contains(index) && !mute.contains(index)) {
                    p.channel.acceptRelayed(txs.stream().filter(tx -> !relaysLostTo.contains(p.index)
                            || !relayedOnce.add(p.index + tx.hash())).toList());
                }
            }
        }

        Transaction submit(int n) {
            return submit(Map.of("n", n));
        }

        Transaction submit(Object body) {
            Transaction tx = V1Transactions.create(CHANNEL, new TxMeta(id, "loopchain/default", "0", CHANNEL),
                    body, micros.next(), key);
            store.appendPending(List.of(tx));
            channel.accept(List.of(tx));
            return tx;
        }
    }

    private void network(int n) {
        network(n, i -> BlockExecutor.NONE);
    }

    private void network(int n, IntFunction<BlockExecutor> executors) {
        network(n, 0, executors);
    }

    /** {@code n} validators, then {@code auditors} audit peers of the same channel. */
    private void network(int n, int auditors, IntFunction<BlockExecutor> executors) {
        for (int i = 0; i < n + auditors; i++) {
            peers.add(new Peer());
        }
        List<Validator> members = peers.stream().map(p -> new Validator(p.id, p.key.publicKeyBase64(), 1, null)).toList();
        ValidatorSet set = new ValidatorSet(members.subList(0, n), Map.of(), 0.67, false, SignatureVerifier.ECDSA)
                .withAuditors(members.subList(n, n + auditors));
        LftConfig config = LftConfig.builder(CHANNEL).maxMadeBlockCount(2).leaderComplainTimeout(Duration.ofSeconds(2))
                .maxRoundTimeout(Duration.ofSeconds(20)).blockInterval(Duration.ofMillis(500)).maxBlockTxNum(100).roundWindow(8)
                .syncInterval(Duration.ofSeconds(1)).maxSyncBlocks(16).build();
        for (Peer p : peers) {
            p.channel = new Channel(new ChannelSettings(CHANNEL, p.id, "loopchain/default", "0", Duration.ofMillis(500),
                    100, false), p.store, p.key, p.micros, sim.clock, sim.loop(), p, CODEC, executors.apply(p.index));
            p.channel.load();
        }
        peers.forEach(p -> p.channel.startConsensus(set, config, admins));
    }

    @Test
    void anAuditPeerAddedAsValidatorByASignedChangeVotesFromTwoHeightsAfterItsBlockOnEveryPeer() {
        PeerKey admin = PeerKey.generate(new SecureRandom(new byte[] {99}));
        admins = new AdminSignatures(CHANNEL, List.of(admin.publicKeyBase64()));
        network(4, 1, i -> BlockExecutor.NONE);
        Peer newcomer = peers.get(4);
        Transaction change = peers.get(0).submit(new ValidatorConfig(ValidatorConfig.ADD, CHANNEL, newcomer.id,
                newcomer.key.publicKeyBase64(), 1, "", 0, List.of()).signedBy(admin).toJson());
        sim.advance(Duration.ofSeconds(5));
        assertTrue(peers.stream().allMatch(p -> committed(p, change)));
        long h = peers.get(0).store.transaction(CHANNEL, change.hash()).orElseThrow().blockHeight().orElseThrow();
        for (int i = 0; i < 8; i++) {
            peers.get(i % 4).submit(1000 + i);
            sim.advance(Duration.ofSeconds(2));
        }
        assertTrue(peers.get(0).channel.status().height() >= h + 6, "height " + peers.get(0).channel.status().height());
        assertOneChain(peers);
        for (Peer p : peers) {
            var history = p.channel.validatorHistory().orElseThrow();
            assertEquals(1, history.changes(), p.id);
            assertFalse(history.at(h + 1).contains(newcomer.id), p.id);
            assertTrue(history.at(h + 2).contains(newcomer.id), p.id);
        }
        Set<String> voters = new HashSet<>();
        for (long height = 1; height <= peers.get(0).channel.status().height(); height++) {
            for (SignedMessage vote : CODEC.decodeCertificate(peers.get(0).store.certificateOf(CHANNEL, height).orElseThrow())
                    .precommits()) {
                assertTrue(height >= h + 2 || !vote.sender().equals(newcomer.id), "the newcomer voted at " + height);
                voters.add(vote.sender());
            }
        }
        assertTrue(voters.contains(newcomer.id), "the newcomer never voted");
        assertNotEquals("audit", newcomer.channel.status().role());
    }

    private void assertOneChain(List<Peer> among) {
        long height = among.get(0).channel.status().height();
        for (Peer p : among) {
            assertEquals(height, p.channel.status().height(), p.id + " height");
            for (long h = 0; h <= height; h++) {
                assertEquals(among.get(0).store.blockByHeight(CHANNEL, h).orElseThrow().hash(),
                        p.store.blockByHeight(CHANNEL, h).orElseThrow().hash(), p.id + " block " + h);
            }
        }
    }

    private static boolean committed(Peer p, Transaction tx) {
        return p.store.transaction(CHANNEL, tx.hash()).map(s -> !s.pending()).orElse(false);
    }

    /** Executes every tx as a call: the root hashes the height and tx hashes, salted by {@code salt}. */
    private static BlockExecutor executor(String salt) {
        return (channel, height, ts, txs) -> {
            if (txs.isEmpty()) {
                return Execution.NONE;
            }
            StringBuilder all = new StringBuilder(salt).append(height);
            Map<String, String> results = new LinkedHashMap<>();
            txs.forEach(tx -> {
                all.append(tx.hash());
                results.put(tx.hash(), "{\"code\": 0}");
            });
            TreeMap<String, byte[]> writes = new TreeMap<>();
            writes.put("01" + Long.toHexString(height), all.toString().getBytes(StandardCharsets.UTF_8));
            return new Execution(Hashes.sha256Hex(
                    all.toString().getBytes(StandardCharsets.UTF_8)), results, writes, "");
        };
    }

    @Test
    void blocksCarryTheResultRootAndAPeerThatComputesAnotherRootDoesNotCommitThem() {
        network(4, i -> i == 3 ? executor("faulty") : executor(""));
        List<Transaction> txs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            txs.add(peers.get(i % 3).submit(i));
            sim.advance(Duration.ofMillis(300));
        }
        sim.advance(Duration.ofSeconds(30));
        List<Peer> honest = peers.subList(0, 3);
        for (Peer p : honest) {
            for (Transaction tx : txs) {
                assertTrue(committed(p, tx), p.id + " holds " + tx.hash() + " in a block");
                assertEquals("{\"code\": 0}", p.store.result(CHANNEL, tx.hash()).orElseThrow());
            }
        }
        assertOneChain(honest);
        Peer first = honest.get(0);
        for (long h = 1; h <= first.channel.status().height(); h++) {
            var block = first.store.blockByHeight(CHANNEL, h).orElseThrow();
            StringBuilder all = new StringBuilder().append(h);
            block.txHashes().forEach(all::append);
            assertEquals(Hashes.sha256Hex(all.toString().getBytes(StandardCharsets.UTF_8)),
                    block.resultRoot(), "height " + h);
            assertTrue(first.store.state(CHANNEL, "01" + Long.toHexString(h)).isPresent());
        }
        assertEquals(0, peers.get(3).channel.status().height(), "the faulty peer never commits what it cannot reproduce");
    }

    @Test
    void aPeerThatCannotExecuteRefusesToVoteAndTheOthersGoOn() {
        network(4, i -> i == 2 ? (c, h, ts, t) -> t.isEmpty() ? Execution.NONE : Execution.refused("no SCORE here")
                : executor(""));
        Transaction tx = peers.get(0).submit(1);
        sim.advance(Duration.ofSeconds(30));
        for (int i : new int[] {0, 1, 3}) {
            assertTrue(committed(peers.get(i), tx), peers.get(i).id + " commits without the refusing peer");
        }
        assertEquals(0, peers.get(2).channel.status().height());
    }

    @Test
    void anAuditPeerHoldsEveryBlockNeverVotesAndCatchesUpAfterAnOutage() {
        network(4, 1, i -> BlockExecutor.NONE);
        Peer audit = peers.get(4);
        for (int i = 0; i < 8; i++) {
            peers.get(i % 4).submit(i);
            sim.advance(Duration.ofMillis(300));
        }
        sim.advance(Duration.ofSeconds(10));
        assertOneChain(peers);
        assertTrue(audit.channel.status().height() >= 2);
        assertEquals("audit", audit.channel.status().role());

        down.add(audit.index);
        for (int i = 8; i < 16; i++) {
            peers.get(i % 4).submit(i);
            sim.advance(Duration.ofSeconds(1));
        }
        long missed = peers.get(0).channel.status().height() - audit.channel.status().height();
        assertTrue(missed >= 2, "the audit peer missed " + missed + " blocks");
        down.clear();
        peers.get(0).submit(16);
        sim.advance(Duration.ofSeconds(20));
        assertOneChain(peers);
        assertEquals(Set.of(MessageType.SYNC_REQUEST), audit.sentHere, "an audit peer only ever asks for blocks");
        for (long h = 1; h <= audit.channel.status().height(); h++) {
            String certificate = audit.store.certificateOf(CHANNEL, h).orElseThrow();
            assertTrue(CODEC.decodeCertificate(certificate).precommits().stream().noneMatch(v -> v.sender().equals(audit.id)),
                    "no certificate the audit peer stores holds a vote of its own (height " + h + ")");
        }
    }

    @Test
    void aLoneValidatorStillTellsItsAuditPeer() {
        network(1, 1, i -> BlockExecutor.NONE);
        for (int i = 0; i < 4; i++) {
            peers.get(0).submit(i);
            sim.advance(Duration.ofSeconds(1));
        }
        sim.advance(Duration.ofSeconds(10));
        assertTrue(peers.get(0).channel.status().height() >= 2);
        assertOneChain(peers);
    }

    @Test
    void transactionsSentToDifferentPeersEndInOneChainOnEveryPeer() {
        network(4);
        List<Transaction> txs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            txs.add(peers.get(i % 4).submit(i));
            sim.advance(Duration.ofMillis(100));
        }
        sim.advance(Duration.ofSeconds(10));
        for (Peer p : peers) {
            for (Transaction tx : txs) {
                assertTrue(committed(p, tx), p.id + " holds " + tx.hash() + " in a block");
            }
        }
        assertOneChain(peers);
        assertTrue(peers.get(0).channel.status().height() >= 2);
    }

    /**
     * A peer that was down while blocks with ICON v3 transactions were made catches up through them
     * (found by the chaos run: its catch-up checked every transaction as v1 and dropped each block).
     */
    @Test
    void aPeerThatWasDownCatchesUpThroughBlocksWithV3Transactions() {
        network(4);
        down.add(3);
        Peer entry = peers.get(0);
        List<Transaction> v3 = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Transaction tx = V3Transactions.of(CHANNEL, entry.id, V3Fixtures.tx(V3Fixtures.transfer(V3Fixtures.ALICE,
                    V3Fixtures.BOB.address(), 0, sim.clock.millis() * 1000 + i, BigInteger.ONE), V3Fixtures.ALICE));
            entry.store.appendPending(List.of(tx));
            entry.channel.accept(List.of(tx));
            v3.add(tx);
            entry.submit(i);
            sim.advance(Duration.ofSeconds(2));
        }
        List<Peer> up = peers.subList(0, 3);
        up.forEach(p -> v3.forEach(tx -> assertTrue(committed(p, tx), p.id + " committed " + tx.hash())));
        assertEquals(0, peers.get(3).channel.status().height(), "peer-3 saw none of it");

        down.clear();
        entry.submit(99);
        sim.advance(Duration.ofSeconds(20));
        assertOneChain(peers);
        v3.forEach(tx -> assertTrue(committed(peers.get(3), tx), "peer-3 holds " + tx.hash() + " after catching up"));
        // block 1 came to peer-3 by sync: it records the genesis set as the peers that agreed the block did
        String began = new String(entry.store.state(CHANNEL, GenesisRecord.KEY_HEX).orElseThrow(), StandardCharsets.UTF_8);
        assertEquals(began, new String(peers.get(3).store.state(CHANNEL, GenesisRecord.KEY_HEX).orElseThrow(), StandardCharsets.UTF_8));
    }

    @Test
    void whenTheLeaderFallsSilentAComplaintMovesLeadershipAndItCatchesUpLater() {
        network(4);
        peers.get(0).submit(0);
        sim.advance(Duration.ofSeconds(3));
        String leader = peers.get(1).channel.status().leader();
        int silent = Integer.parseInt(leader.substring("peer-".length()));
        down.add(silent);
        long heightAtSilence = peers.get((silent + 1) % 4).channel.status().height();
        List<Transaction> later = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            later.add(peers.get((silent + 1) % 4).submit(i));
            sim.advance(Duration.ofSeconds(5));
        }
        List<Peer> live = peers.stream().filter(p -> p.index != silent).toList();
        assertTrue(live.get(0).channel.status().height() > heightAtSilence, "blocks continue without the leader");
        live.forEach(p -> later.forEach(tx -> assertTrue(committed(p, tx))));
        assertOneChain(live);

        down.clear();
        sim.advance(Duration.ofSeconds(20));
        assertOneChain(peers);
    }

    @Test
    void aSilentLeaderShowsInTheStatusAsComplaintsAndALeaderChange() {
        network(4);
        peers.get(0).submit(0);
        sim.advance(Duration.ofSeconds(3));
        String leader = peers.get(1).channel.status().leader();
        int silent = Integer.parseInt(leader.substring("peer-".length()));
        Peer live = peers.get((silent + 1) % 4);
        ChannelStatus before = live.channel.status();
        assertEquals(0, before.complaints(), "no complaint while the leaders deliver");
        assertTrue(before.height() >= 1 && before.store().count() == before.height(),
                "one stored block per height above genesis: " + before);
        down.add(silent);
        live.submit(1);
        sim.advance(Duration.ofSeconds(10));
        ChannelStatus after = live.channel.status();
        assertTrue(after.complaints() >= 1, "the live peers complained: " + after);
        assertNotEquals(leader, after.leader(), "leadership moved");
        assertTrue(after.leaderChanges() > before.leaderChanges(), before + " then " + after);
        assertTrue(after.verify().count() >= 1, "the peer checked the blocks others proposed: " + after);
    }

    @Test
    void proposalsNameTheirTransactionsByHashAndAPeerThatMissedTheRelaysAsksTheProposer() {
        network(4);
        down.add(2); // the quorum needs peer-3's votes, so it must complete every proposal itself
        relaysLostTo.add(3);
        List<Transaction> txs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            txs.add(peers.get(i % 2).submit(i));
            sim.advance(Duration.ofMillis(200));
        }
        sim.advance(Duration.ofSeconds(30));
        assertEquals(0, proposalsWithTxsOnTheWire, "proposals carry hashes, not transactions");
        assertTrue(sent.getOrDefault(MessageType.TX_REQUEST, 0) > 0, "peer-3 asked for them");
        assertTrue(relayedForOthers > 0, "proposers answered with the transactions");
        List<Peer> live = List.of(peers.get(0), peers.get(1), peers.get(3));
        for (Peer p : live) {
            for (Transaction tx : txs) {
                assertTrue(committed(p, tx), p.id + " holds " + tx.hash() + " in a block");
            }
        }
        assertOneChain(live);
    }

    @Test
    void aLeaderWhoseTransactionsNobodyReceivesGetsNoVotesAndTheNextLeaderGoesOn() {
        network(4);
        peers.get(0).submit(0);
        sim.advance(Duration.ofSeconds(3));
        int leader = Integer.parseInt(peers.get(1).channel.status().leader().substring("peer-".length()));
        mute.add(leader);
        Transaction unseen = peers.get(leader).submit(1);
        sim.advance(Duration.ofSeconds(1));
        long before = peers.get((leader + 1) % 4).channel.status().height();
        Transaction seen = peers.get((leader + 1) % 4).submit(2);
        sim.advance(Duration.ofSeconds(40));
        List<Peer> others = peers.stream().filter(p -> p.index != leader).toList();
        assertTrue(sent.getOrDefault(MessageType.TX_REQUEST, 0) > 0);
        others.forEach(p -> assertTrue(committed(p, seen), p.id + " commits under the next leader"));
        others.forEach(p -> assertTrue(!committed(p, unseen), p.id + " never votes for what it never saw"));
        assertTrue(others.get(0).channel.status().height() > before);
        assertOneChain(peers);

        mute.clear();
        sim.advance(Duration.ofSeconds(20));
        peers.forEach(p -> assertTrue(committed(p, unseen), p.id + ": relayed again, it ends in a later block"));
        assertOneChain(peers);
    }

    @Test
    void transactionsWaitingBehindABacklogOfFullBlocksAreRelayedOnce() {
        network(4);
        List<Transaction> backlog = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) { // thirty full blocks of 100, several probes long
            backlog.add(peers.get(i % 4).submit(i));
        }
        sim.advance(Duration.ofSeconds(60));

        peers.forEach(p -> backlog.forEach(tx -> assertTrue(committed(p, tx), p.id + " commits " + tx.hash())));
        assertEquals(3_000, relayedOwn, "each relayed by its receiver exactly once");
        assertOneChain(peers);
    }

    @Test
    void aValidatorThatSignsTwoDifferentVotesLeavesStoredEvidence() {
        network(4);
        peers.get(0).submit(0);
        sim.advance(Duration.ofSeconds(3));
        Peer liar = peers.get(0);
        Peer witness = peers.get(1);
        long h = witness.channel.status().height() + 1;
        long r = witness.channel.status().round() + 1; // no proposal known there: both votes reach the tally
        var signer = MessageSigner.of(liar.id, liar.key);
        for (String hash : List.of("aa".repeat(32), "bb".repeat(32))) {
            var vote = SignedMessage.sign(
                    Vote.prevote(CHANNEL, h, r, hash), signer);
            witness.channel.onMessage(CODEC.decode(CODEC.encode(vote)));
        }
        sim.advance(Duration.ofMillis(100));
        List<EquivocationRecord> evidence = witness.store.equivocations(CHANNEL, 10);
        assertEquals(1, evidence.size(), "one record per validator, height, round and kind");
        EquivocationRecord e = evidence.get(0);
        assertEquals(List.of(liar.id, h, r, "PREVOTE"), List.of(e.peerId(), e.height(), e.round(), e.type()));
        for (String wire : List.of(e.firstMessage(), e.secondMessage())) {
            var m = CODEC.decode(wire);
            assertTrue(PeerKey.verifyDigest(liar.key.publicKeyBase64(), m.payload().digest(), m.signature()),
                    "the stored message still verifies");
        }
        assertTrue(witness.channel.droppedCounts().getOrDefault("equivocation", 0L) >= 1);
    }
}
