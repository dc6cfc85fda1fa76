package org.loopchain.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopchain.consensus.ConsensusCodec;
import org.loopchain.consensus.CoreJsonForms;
import org.loopchain.consensus.LftConfig;
import org.loopchain.consensus.SignatureVerifier;
import org.loopchain.consensus.Validator;
import org.loopchain.consensus.ValidatorSet;
import org.loopchain.core.config.ScorePackage;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.json.Json;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxMeta;
import org.loopchain.core.tx.V1Transactions;
import org.loopchain.score.engine.testing.ClassArchives;
import org.loopchain.score.host.ArchiveFetch;
import org.loopchain.score.host.ArchiveStore;
import org.loopchain.score.host.CounterScore;
import org.loopchain.score.host.DoublingCounterScore;
import org.loopchain.score.host.ScoreBinding;
import org.loopchain.score.host.ScoreBlockExecutor;
import org.loopchain.score.host.ScoreConfig;
import org.loopchain.score.host.ScoreSource;

/**
 * A validator that joins late across two SCORE versions, on simulated time: three of four peers
 * commit an operator's deploy of version 1, calls, a deploy of version 2 and more calls while the
 * fourth is away; it then joins with no archive at all, fetches each pinned archive from the
 * others as it replays (checked by hash), and ends on the same blocks with the same result roots.
 */
class ScoreLateValidatorTest {

    private static final String CHANNEL = "net";
    private static final ConsensusCodec CODEC = new ConsensusCodec(1 << 24);
    private static final PeerKey OPERATOR = PeerKey.generate(new SecureRandom(new byte[] {99}));
    private static final byte[] V1 = ClassArchives.of("counter", "1.0.0", CounterScore.class);
    private static final byte[] V2 = ClassArchives.of("counter", "2.0.0", DoublingCounterScore.class);

    @TempDir
    Path dir;
    private final SimLoops sim = new SimLoops();
    private final List<Peer> peers = new ArrayList<>();
    private final Set<Integer> down = new HashSet<>();

    private final class Peer implements Transport, ScoreSource {
        final int index = peers.size();
        final PeerKey key = PeerKey.generate(new SecureRandom(new byte[] {(byte) (40 + peers.size())}));
        final String id = "peer-" + peers.size();
        final InMemoryChainStore store = new InMemoryChainStore();
        final MicrosClock micros = new MicrosClock(sim.clock);
        final ArchiveStore archives = new ArchiveStore(dir.resolve(id));
        final ArchiveFetch fetch = new ArchiveFetch(archives, sim.clock);
        final List<String> fetched = new ArrayList<>();
        Channel channel;

        @Override
        public void consensus(String channel, String type, String text) {
            for (Peer p : peers) {
                if (p != this && !down.contains(p.index) && !down.contains(index)) {
                    p.channel.onMessage(CODEC.decode(text));
                }
            }
        }

        @Override
        public void transactions(String channel, String text) {
            List<Transaction> txs = CoreJsonForms.txs((List<?>) Json.parse(text), "relay");
            for (Peer p : peers) {
                if (p != this && !down.contains(p.index) && !down.contains(index)) {
                    p.channel.acceptRelayed(txs);
                }
            }
        }

        @Override
        public ScorePackage genesis(String channel) {
            return ScorePackage.named("loopchain/default");
        }

        @Override
        public Collection<String> operators(String channel) {
            return List.of(OPERATOR.publicKeyBase64());
        }

        /** Ready when held; else asks the peers that are up, as the broker's score topic would carry it. */
        @Override
        public ScoreBinding bind(String channel, ScorePackage pin) {
            var held = archives.prepared(pin.sha256());
            if (held.isPresent()) {
                return new ScoreBinding(pin, ScoreBinding.State.READY, held.get().code(), "held", List.of());
            }
            fetch.request(pin.sha256()).ifPresent(request -> {
                for (Peer p : peers) {
                    if (p != this && !down.contains(p.index)) {
                        p.fetch.answer(request).flatMap(answer -> fetch.receive(answer, p.id)).ifPresent(fetched::add);
                    }
                }
            });
            return new ScoreBinding(pin, ScoreBinding.State.MISSING, null, "not held yet", List.of());
        }

        Transaction submit(Object body) {
            Transaction tx = V1Transactions.create(CHANNEL, new TxMeta(id, "loopchain/default", "0", CHANNEL), body,
                    micros.next(), key);
            store.appendPending(List.of(tx));
            channel.accept(List.of(tx));
            return tx;
        }
    }

    @Test
    void aValidatorThatJoinsLateReplaysBothVersionsToTheSameRoots() {
        for (int i = 0; i < 4; i++) {
            peers.add(new Peer());
        }
        for (Peer p : peers.subList(0, 3)) {
            p.archives.put(Hashes.sha256Hex(V1), V1, true);
            p.archives.put(Hashes.sha256Hex(V2), V2, true);
        }
        List<Validator> validators = peers.stream().map(p -> new Validator(p.id, p.key.publicKeyBase64(), 1, null)).toList();
        ValidatorSet set = new ValidatorSet(validators, Map.of(), 0.67, false, SignatureVerifier.ECDSA);
        LftConfig config = LftConfig.builder(CHANNEL).maxMadeBlockCount(2).leaderComplainTimeout(Duration.ofSeconds(2))
                .maxRoundTimeout(Duration.ofSeconds(20)).blockInterval(Duration.ofMillis(500)).maxBlockTxNum(100).roundWindow(8)
                .syncInterval(Duration.ofSeconds(1)).maxSyncBlocks(16).build();
        for (Peer p : peers) {
            p.channel = new Channel(new ChannelSettings(CHANNEL, p.id, "loopchain/default", "0", Duration.ofMillis(500),
                    100, false), p.store, p.key, p.micros, sim.clock, sim.loop(), p, CODEC,
                    new ScoreBlockExecutor(p, 1_000_000, p.store));
            p.channel.load();
        }
        down.add(3);
        peers.forEach(p -> p.channel.startConsensus(set, config));

        List<Transaction> calls = new ArrayList<>();
        Transaction deployV1 = peers.get(0).submit(deploy(V1, "1.0.0", 0).toJson());
        sim.advance(Duration.ofSeconds(5));
        calls.add(peers.get(1).submit(add(3)));
        calls.add(peers.get(2).submit(add(4)));
        sim.advance(Duration.ofSeconds(5));
        Transaction deployV2 = peers.get(2).submit(deploy(V2, "2.0.0", 1).toJson());
        sim.advance(Duration.ofSeconds(5));
        calls.add(peers.get(0).submit(add(5)));
        sim.advance(Duration.ofSeconds(5));
        Peer first = peers.get(0);
        for (Transaction tx : List.of(deployV1, deployV2)) {
            assertTrue(first.store.result(CHANNEL, tx.hash()).orElseThrow().contains("\"code\": 0"), "applied");
        }
        for (Transaction tx : calls) {
            assertTrue(first.store.result(CHANNEL, tx.hash()).orElseThrow().contains("\"code\": 0"), "executed");
        }
        assertEquals(0, peers.get(3).channel.status().height(), "peer-3 was away");

        down.clear();
        sim.advance(Duration.ofSeconds(60));
        Peer late = peers.get(3);
        long height = first.channel.status().height();
        assertEquals(height, late.channel.status().height(), "the late validator reached the head");
        int withRoots = 0;
        for (long h = 1; h <= height; h++) {
            var mine = late.store.blockByHeight(CHANNEL, h).orElseThrow();
            var theirs = first.store.blockByHeight(CHANNEL, h).orElseThrow();
            assertEquals(theirs.hash(), mine.hash(), "block " + h);
            assertEquals(theirs.resultRoot(), mine.resultRoot(), "result root " + h);
            withRoots += mine.resultRoot().isEmpty() ? 0 : 1;
        }
        assertTrue(withRoots >= 4, "two configurations and at least two blocks of calls have roots: " + withRoots);
        for (Transaction tx : calls) {
            assertEquals(first.store.result(CHANNEL, tx.hash()), late.store.result(CHANNEL, tx.hash()));
        }
        assertEquals(List.of(Hashes.sha256Hex(V1), Hashes.sha256Hex(V2)), late.fetched, "both versions fetched, in height order");
        assertFalse(late.fetch.wants(Hashes.sha256Hex(V1)));
    }

    private static ScoreConfig deploy(byte[] archive, String version, long sequence) {
        return new ScoreConfig(ScoreConfig.DEPLOY, CHANNEL, "counter", version, Hashes.sha256Hex(archive), Map.of(), "",
                sequence, null, null).signedBy(OPERATOR);
    }

    private static Object add(int n) {
        return Json.parse("{\"method\": \"add\", \"params\": {\"n\": \"0x" + Integer.toHexString(n) + "\"}}");
    }
}
