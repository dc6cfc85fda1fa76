package org.loopchain.score.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopchain.channel.Execution;
import org.loopchain.channel.ScoreStateReader;
import org.loopchain.core.config.ScorePackage;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.core.crypto.Hex;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.json.Json;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxMeta;
import org.loopchain.core.tx.V1Transactions;
import org.loopchain.score.engine.ScoreBlock;
import org.loopchain.score.engine.ScoreExecutor;
import org.loopchain.score.engine.ScoreSettings;
import org.loopchain.score.engine.testing.ClassArchives;

/**
 * SCORE versions bound to heights: operator-signed configurations in blocks, the pin history they
 * build, each height executed with the archive pinned there, and a peer that replays the chain
 * later (its archives fetched and checked by hash) reaching the same result roots.
 */
class ScorePinsTest {

    private static final String CHANNEL = "c1";
    private static final PeerKey PEER = PeerKey.generate(new SecureRandom(new byte[] {1}));
    private static final PeerKey OPERATOR = PeerKey.generate(new SecureRandom(new byte[] {2}));
    private static final PeerKey STRANGER = PeerKey.generate(new SecureRandom(new byte[] {3}));
    private static final byte[] V1 = ClassArchives.of("counter", "1.0.0", CounterScore.class);
    private static final byte[] V2 = ClassArchives.of("counter", "2.0.0", DoublingCounterScore.class);
    private static final ScorePackage NONE = ScorePackage.named("loopchain/default");

    @TempDir
    Path dir;
    private long clock;

    /** A peer: its archive store, its committed state and its executor. */
    private final class Peer implements ScoreSource {
        final ArchiveStore archives;
        final Map<String, byte[]> state = new HashMap<>();
        final ScoreBlockExecutor executor;
        final List<String> asked = new ArrayList<>();

        Peer(String name) {
            archives = new ArchiveStore(dir.resolve(name));
            executor = new ScoreBlockExecutor(this, 1_000_000, store(state));
        }

        @Override
        public ScorePackage genesis(String channel) {
            return NONE;
        }

        @Override
        public Collection<String> operators(String channel) {
            return List.of(OPERATOR.publicKeyBase64());
        }

        @Override
        public ScoreBinding bind(String channel, ScorePackage pin) {
            ScoreBinding b = ScoreBindings.of(channel, pin, archives.prepared(pin.sha256()), List.of());
            if (b.state() == ScoreBinding.State.MISSING) {
                asked.add(pin.sha256());
            }
            return b;
        }

        /** Executes and commits the block at {@code height}; returns its execution. */
        Execution commit(long height, List<Transaction> txs) {
            Execution e = executor.execute(CHANNEL, height, height * 1_000_000, txs);
            if (!e.isRefused()) {
                e.writes().forEach((k, v) -> {
                    if (v == null) {
                        state.remove(k);
                    } else {
                        state.put(k, v);
                    }
                });
                executor.committed(CHANNEL, e);
            }
            return e;
        }

        BigInteger count() {
            ScorePackage pin = executor.pins(CHANNEL).latest(NONE);
            ScoreExecutor run = new ScoreExecutor(archives.prepared(pin.sha256()).orElseThrow().code(),
                    new ScoreSettings(1_000_000, "hx" + "0".repeat(40), Map.of()));
            return new BigInteger(((String) run.query("count", Map.of(), executor.view(CHANNEL),
                    new ScoreBlock(CHANNEL, 99, 99)).result()).substring(2), 16);
        }
    }

    @Test
    void theNextDeployKeepsTheParamsAndOwnerOfTheSameIdAndTakesTheNextSequence() {
        ScoreConfig first = new ScoreConfig(ScoreConfig.DEPLOY, CHANNEL, "counter", "1.0.0", Hashes.sha256Hex(V1),
                Map.of("start", "0x5"), "hx" + "1".repeat(40), 0, "", "").signedBy(OPERATOR);
        ScorePins pins = ScorePins.EMPTY.with(first, 3, "t1");
        ScoreConfig next = pins.nextDeploy(CHANNEL, NONE, new ArchiveStore.Kept("counter", "2.0.0", Hashes.sha256Hex(V2)));
        assertEquals(List.of(ScoreConfig.DEPLOY, "counter", "2.0.0", Hashes.sha256Hex(V2), Map.of("start", "0x5"), "hx" + "1".repeat(40), 1L),
                List.of(next.type(), next.scoreId(), next.version(), next.sha256(), next.params(), next.owner(), next.sequence()));
        assertEquals(Optional.empty(), next.signedBy(OPERATOR).refusal(CHANNEL, List.of(OPERATOR.publicKeyBase64()), pins.latest(NONE),
                pins.changes()), "the channel's own check takes it");
        ScoreConfig other = pins.nextDeploy(CHANNEL, NONE, new ArchiveStore.Kept("token", "1.0.0", "a".repeat(64)));
        assertEquals(List.of(Map.of(), "", 1L), List.of(other.params(), other.owner(), other.sequence()), "another id starts afresh");
        assertEquals(0L, ScorePins.EMPTY.nextDeploy(CHANNEL, NONE, new ArchiveStore.Kept("counter", "1.0.0", "b".repeat(64))).sequence());
    }

    @Test
    void anOperatorsSignatureVerifiesAndAForgedOrStrangersOneIsRefused() {
        ScoreConfig signed = deploy(V1, 0).signedBy(OPERATOR);
        List<String> operators = List.of(OPERATOR.publicKeyBase64());
        assertEquals(Optional.empty(), signed.refusal(CHANNEL, operators, NONE, 0));
        assertEquals(signed, ScoreConfig.parse(ScoreConfig.bodyOf(Json.parse(Json.pyDumps(signed.toJson()))).orElseThrow()));
        assertEquals(Optional.empty(), signed.refusal(CHANNEL, List.of(signed.operatorAddress()), NONE, 0), "an hx address lists it too");

        ScoreConfig forged = new ScoreConfig(signed.type(), CHANNEL, "counter", "1.0.0", Hashes.sha256Hex(V2), Map.of(), "", 0,
                signed.operator(), signed.signature());
        assertEquals(ScoreConfig.Refusal.Kind.UNAUTHORIZED, forged.refusal(CHANNEL, operators, NONE, 0).orElseThrow().kind());
        ScoreConfig stranger = deploy(V1, 0).signedBy(STRANGER);
        assertTrue(stranger.refusal(CHANNEL, operators, NONE, 0).orElseThrow().message().contains("not a SCORE operator"));
        assertEquals(ScoreConfig.Refusal.Kind.STALE, signed.refusal(CHANNEL, operators, NONE, 1).orElseThrow().kind());
        assertEquals(ScoreConfig.Refusal.Kind.MALFORMED, signed.refusal("other", operators, NONE, 0).orElseThrow().kind());
        assertTrue(undeploy(0).signedBy(OPERATOR).refusal(CHANNEL, operators, NONE, 0).orElseThrow().message()
                .contains("does not run SCORE counter"), "an undeploy names the SCORE the channel runs");
    }

    @Test
    void eachHeightRunsTheArchivePinnedThereAndALatePeerReplaysTheSameRoots() {
        Peer first = new Peer("first");
        first.archives.put(Hashes.sha256Hex(V1), V1, false);
        first.archives.put(Hashes.sha256Hex(V2), V2, false);
        List<List<Transaction>> blocks = List.of(
                List.of(config(deploy(V1, 0).signedBy(OPERATOR))),                 // 1: pins 1.0.0 from height 2
                List.of(add(3), add(4)),                                           // 2: 1.0.0 counts 7
                List.of(add(1), config(deploy(V2, 1).signedBy(OPERATOR))),         // 3: still 1.0.0: 8; 2.0.0 from 4
                List.of(add(5)),                                                   // 4: 2.0.0 counts twice: 18
                List.of(config(undeploy(2).signedBy(OPERATOR)), add(1)),           // 5: 2.0.0: 20; none from 6
                List.of(add(100), plain()));                                       // 6: not executed
        List<String> roots = new ArrayList<>();
        for (int h = 1; h <= blocks.size(); h++) {
            Execution e = first.commit(h, blocks.get(h - 1));
            assertFalse(e.isRefused(), e.refusal());
            roots.add(e.resultRoot());
            if (h == 4) {
                assertEquals(BigInteger.valueOf(18), first.count());
            }
        }
        assertFalse(roots.get(0).isEmpty(), "a block with a configuration has a root");
        assertEquals("", roots.get(5), "calls while no SCORE is pinned are not executed");
        ScorePins pins = first.executor.pins(CHANNEL);
        assertEquals(3, pins.changes());
        assertEquals(List.of(2L, 4L, 6L), pins.entries().stream().map(ScorePins.Entry::height).toList());
        assertEquals(Hashes.sha256Hex(V1), pins.at(3, NONE).sha256());
        assertEquals(Hashes.sha256Hex(V2), pins.at(5, NONE).sha256());
        assertFalse(pins.at(6, NONE).pinned());
        assertEquals(OPERATOR.publicKeyBase64(), ScoreConfig.parse(ScoreConfig.of(blocks.get(0).get(0).data()).orElseThrow()).operator());
        assertTrue(pins.entries().get(0).operator().startsWith("hx"), "who asked is recorded");

        // a peer that joins later holds no archive: it refuses the height until it has fetched and checked it
        Peer late = new Peer("late");
        ArchiveFetch asking = new ArchiveFetch(late.archives, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        ArchiveFetch serving = new ArchiveFetch(first.archives, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        for (int h = 1; h <= blocks.size(); h++) {
            Execution e = late.commit(h, blocks.get(h - 1));
            while (e.isRefused()) {
                String sha = late.asked.get(late.asked.size() - 1);
                String request = asking.request(sha).orElseThrow();
                String answer = serving.answer(request).orElseThrow();
                assertEquals(Optional.empty(), asking.receive(answer.replace(Hashes.sha256Hex(V1), sha).replace("\"archive\": \"",
                        "\"archive\": \"AAAA"), "a liar"), "bytes that do not hash to the pin are dropped");
                assertEquals(Optional.of(sha), asking.receive(answer, "first"));
                e = late.commit(h, blocks.get(h - 1));
            }
            assertEquals(roots.get(h - 1), e.resultRoot(), "height " + h);
        }
        assertEquals(first.state.keySet(), late.state.keySet());
        first.state.forEach((k, v) -> assertEquals(Hex.encode(v), Hex.encode(late.state.get(k)), k));
        assertEquals(2, late.asked.stream().distinct().count(), "both versions were fetched");
    }

    @Test
    void aRefusedConfigurationChangesNoPinAndSaysWhyInItsResult() {
        Peer peer = new Peer("p");
        Transaction byStranger = config(deploy(V1, 0).signedBy(STRANGER));
        Transaction stale = config(deploy(V1, 5).signedBy(OPERATOR));
        Execution e = peer.commit(1, List.of(byStranger, stale));
        assertFalse(e.writes().containsKey(ScorePins.KEY_HEX));
        assertEquals(0, peer.executor.pins(CHANNEL).changes());
        Map<?, ?> result = (Map<?, ?>) Json.parse(e.results().get(byStranger.hash()));
        assertEquals(1, ((Number) result.get("code")).intValue());
        assertTrue(((String) result.get("message")).contains("not a SCORE operator"), result.toString());
        assertTrue(e.results().get(stale.hash()).contains("sequence 5"), e.results().get(stale.hash()));
        assertNotEquals("", e.resultRoot());
    }

    @Test
    void aSubmittedConfigurationNeedsTheArchiveHereAndMatchingIt() {
        ArchiveStore store = new ArchiveStore(dir.resolve("s"));
        List<String> ops = List.of(OPERATOR.publicKeyBase64());
        ScoreConfig v1 = deploy(V1, 0).signedBy(OPERATOR);
        assertEquals(ScoreConfigCheck.Kind.UNAVAILABLE, ScoreConfigCheck.problem(v1, ops, ScorePins.EMPTY, NONE, store).orElseThrow().kind());
        store.put(Hashes.sha256Hex(V1), V1, false);
        assertEquals(Optional.empty(), ScoreConfigCheck.problem(v1, ops, ScorePins.EMPTY, NONE, store));
        ScoreConfig otherHash = new ScoreConfig(ScoreConfig.DEPLOY, CHANNEL, "counter", "1.0.0", Hashes.sha256Hex(V2), Map.of(),
                "", 0, null, null).signedBy(OPERATOR);
        assertEquals(ScoreConfigCheck.Kind.MISMATCH, ScoreConfigCheck.problem(otherHash, ops, ScorePins.EMPTY, NONE, store).orElseThrow().kind());
        ScoreConfig wrongVersion = new ScoreConfig(ScoreConfig.DEPLOY, CHANNEL, "counter", "9.9.9", Hashes.sha256Hex(V1),
                Map.of(), "", 0, null, null).signedBy(OPERATOR);
        assertEquals(ScoreConfigCheck.Kind.MISMATCH, ScoreConfigCheck.problem(wrongVersion, ops, ScorePins.EMPTY, NONE, store).orElseThrow().kind());
        assertEquals(ScoreConfigCheck.Kind.UNAUTHORIZED,
                ScoreConfigCheck.problem(deploy(V1, 0).signedBy(STRANGER), ops, ScorePins.EMPTY, NONE, store).orElseThrow().kind());
        assertEquals(ScoreConfigCheck.Kind.STALE,
                ScoreConfigCheck.problem(v1, ops, ScorePins.EMPTY.with(v1, 1, "t"), NONE, store).orElseThrow().kind());
    }

    private static ScoreConfig deploy(byte[] archive, long sequence) {
        String version = archive == V1 ? "1.0.0" : "2.0.0";
        return new ScoreConfig(ScoreConfig.DEPLOY, CHANNEL, "counter", version, Hashes.sha256Hex(archive), Map.of(),
                "", sequence, null, null);
    }

    private static ScoreConfig undeploy(long sequence) {
        return new ScoreConfig(ScoreConfig.UNDEPLOY, CHANNEL, "counter", "", "", Map.of(), "", sequence, null, null);
    }

    private Transaction config(ScoreConfig c) {
        return tx(c.toJson());
    }

    private Transaction add(int n) {
        return tx(Json.parse("{\"method\": \"add\", \"params\": {\"n\": \"0x" + Integer.toHexString(n) + "\"}}"));
    }

    private Transaction plain() {
        return tx(Json.parse("{\"data\": \"plain\"}"));
    }

    private Transaction tx(Object body) {
        return V1Transactions.create(CHANNEL, new TxMeta("peer-0", "counter", "1.0.0", CHANNEL), body, ++clock, PEER);
    }

    /** The committed state, from {@code state}. */
    private static ScoreStateReader store(Map<String, byte[]> state) {
        return (channel, keyHex) -> Optional.ofNullable(state.get(keyHex));
    }
}
