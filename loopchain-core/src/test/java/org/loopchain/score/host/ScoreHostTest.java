package org.loopchain.score.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
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
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.json.Json;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxMeta;
import org.loopchain.core.tx.V1Transactions;
import org.loopchain.score.engine.testing.ClassArchives;

/** The node's side of SCOREs on plain Java: finding deployed archives, checking calls, executing blocks. */
class ScoreHostTest {

    private static final String CHANNEL = "c1";
    private static final PeerKey KEY = PeerKey.generate(new SecureRandom(new byte[] {7}));

    @TempDir
    Path deployments;

    private byte[] deploy(String app, String version) throws IOException {
        byte[] archive = ClassArchives.of("counter", version, CounterScore.class);
        Files.createDirectories(deployments.resolve(app));
        Files.write(deployments.resolve(app).resolve(app + ".war"), archive);
        return archive;
    }

    private static ScorePackage pin(String version, byte[] archive) {
        return new ScorePackage("counter", version, Hashes.sha256Hex(archive), Map.of(), "");
    }

    private ScoreBinding binding(ScorePackage pin) {
        ArchiveStore store = new ArchiveStore(deployments.resolve("store"));
        new DeployedArchives(deployments).scan((file, bytes) -> store.put(Hashes.sha256Hex(bytes), bytes, true));
        return ScoreBindings.of(CHANNEL, pin, store.prepared(pin.sha256()), List.of());
    }

    @Test
    void aPinIsReadyOnlyWhileThisPeerHoldsExactlyThatArchive() throws IOException {
        ArchiveStore store = new ArchiveStore(deployments.resolve("store"));
        assertEquals(ScoreBinding.State.NONE, ScoreBindings.of(CHANNEL, ScorePackage.named("loopchain/default"),
                Optional.empty(), List.of()).state());
        byte[] v1 = ClassArchives.of("counter", "1.0.0", CounterScore.class);
        ScorePackage pinV1 = pin("1.0.0", v1);
        assertEquals(ScoreBinding.State.MISSING, ScoreBindings.of(CHANNEL, pinV1, store.prepared(pinV1.sha256()), List.of()).state());
        assertEquals(Optional.empty(), store.put(pinV1.sha256(), v1, true));
        assertEquals(ScoreBinding.State.READY, ScoreBindings.of(CHANNEL, pinV1, store.prepared(pinV1.sha256()),
                List.of("1.0.0")).state());
        ScorePackage lying = new ScorePackage("counter", "2.0.0", pinV1.sha256(), Map.of(), "");
        ScoreBinding mismatch = ScoreBindings.of(CHANNEL, lying, store.prepared(lying.sha256()), List.of("1.0.0"));
        assertEquals(ScoreBinding.State.MISMATCH, mismatch.state());
        assertEquals(List.of("2.0.0", "1.0.0"), mismatch.allVersions());
    }

    @Test
    void theStoreKeepsAnArchiveOnlyUnderItsOwnHashAndFindsItByIdAndVersion() throws IOException {
        ArchiveStore store = new ArchiveStore(deployments.resolve("store"));
        byte[] v1 = ClassArchives.of("counter", "1.0.0", CounterScore.class);
        String sha = Hashes.sha256Hex(v1);
        byte[] tampered = v1.clone();
        tampered[tampered.length / 2] ^= 1;
        assertTrue(store.put(sha, tampered, false).orElseThrow().contains("SHA-256"));
        assertFalse(store.has(sha));
        assertTrue(store.put(Hashes.sha256Hex(new byte[] {1}), new byte[] {1}, false).orElseThrow().contains("not a SCORE"));
        assertEquals(Optional.empty(), store.put(sha, v1, false));
        assertTrue(Files.isRegularFile(deployments.resolve("store").resolve(sha + ".jar")));
        assertEquals(Optional.of(sha), store.find("counter", "1.0.0"));
        assertEquals(Optional.empty(), store.find("counter", "2.0.0"));
        assertTrue(store.prepared(sha).orElseThrow().accepted());
        byte[] v2 = ClassArchives.of("counter", "2.0.0", CounterScore.class);
        assertEquals(Optional.empty(), store.put(Hashes.sha256Hex(v2), v2, true));
        Files.writeString(deployments.resolve("store").resolve("f".repeat(64) + ".jar"), "not a jar");
        List<ArchiveStore.Kept> both = List.of(new ArchiveStore.Kept("counter", "1.0.0", sha),
                new ArchiveStore.Kept("counter", "2.0.0", Hashes.sha256Hex(v2)));
        assertEquals(both.stream().sorted((a, b) -> a.sha256().compareTo(b.sha256())).toList(), store.kept(),
                "both, by file name; the unreadable one left out");
    }

    @Test
    void deployedArchivesAreHandedOnOncePerContentAndOtherFilesToo() throws IOException {
        deploy("counter", "1.0.0");
        DeployedArchives archives = new DeployedArchives(deployments);
        List<Path> seen = new ArrayList<>();
        archives.scan((file, bytes) -> seen.add(file));
        archives.scan((file, bytes) -> seen.add(file));
        assertEquals(List.of(deployments.resolve("counter").resolve("counter.war")), seen);
    }

    @Test
    void missingDeployDirectoriesAreNoArchives() {
        List<Path> seen = new ArrayList<>();
        new DeployedArchives(deployments.resolve("absent")).scan((file, bytes) -> seen.add(file));
        assertEquals(List.of(), seen);
    }

    @Test
    void submittedCallsAreCheckedAgainstTheRunningScore() throws IOException {
        ScoreBinding ready = binding(pin("1.0.0", deploy("counter", "1.0.0")));
        assertEquals(Optional.empty(), ScoreCallCheck.problem(ready, Json.parse("{\"method\": \"add\", \"params\": {\"n\": \"0x1\"}}")));
        assertEquals(Optional.empty(), ScoreCallCheck.problem(ready, Json.parse("{\"data\": \"plain\"}")));
        assertEquals(ScoreCallCheck.Kind.MALFORMED, ScoreCallCheck.problem(ready, Json.parse("{\"method\": 1}")).orElseThrow().kind());
        assertEquals(ScoreCallCheck.Kind.MALFORMED,
                ScoreCallCheck.problem(ready, Json.parse("{\"method\": \"add\", \"params\": [1]}")).orElseThrow().kind());
        assertTrue(ScoreCallCheck.problem(ready, Json.parse("{\"method\": \"nope\"}")).orElseThrow().message().contains("nope"));
        assertTrue(ScoreCallCheck.problem(ready, Json.parse("{\"method\": \"count\"}")).orElseThrow().message().contains("read-only"));
        assertTrue(ScoreCallCheck.problem(ready, Json.parse("{\"method\": \"add\"}")).orElseThrow().message().contains("needs the parameter n"));
        assertTrue(ScoreCallCheck.problem(ready, Json.parse("{\"method\": \"add\", \"params\": {\"n\": 1, \"x\": 2}}"))
                .orElseThrow().message().contains("no parameter x"));
        assertEquals(ScoreCallCheck.Kind.NO_SCORE, ScoreCallCheck.problem(ScoreBinding.none(ScorePackage.named("x")),
                Json.parse("{\"method\": \"add\"}")).orElseThrow().kind());
    }

    @Test
    void aBlockOfCallsExecutesToTheSameRootTwiceAndPlainBlocksToNothing() throws IOException {
        ScoreBinding ready = binding(pin("1.0.0", deploy("counter", "1.0.0")));
        Map<String, byte[]> state = new HashMap<>();
        ScoreBlockExecutor executor = new ScoreBlockExecutor(source(ready), 1_000_000, store(state));
        List<Transaction> txs = List.of(tx("{\"method\": \"add\", \"params\": {\"n\": \"0x2\"}}"),
                tx("{\"data\": \"plain\"}"), tx("{\"method\": \"add\", \"params\": {\"n\": \"0x0\"}}"));

        Execution first = executor.execute(CHANNEL, 1, 1_000, txs);
        Execution again = executor.execute(CHANNEL, 1, 1_000, txs);
        assertFalse(first.resultRoot().isEmpty());
        assertEquals(first.resultRoot(), again.resultRoot());
        assertEquals(2, first.results().size(), "one result per call, none for the plain tx");
        assertEquals(0, ((Number) ((Map<?, ?>) Json.parse(first.results().get(txs.get(0).hash()))).get("code")).intValue());
        Map<?, ?> failed = (Map<?, ?>) Json.parse(first.results().get(txs.get(2).hash()));
        assertEquals(32, ((Number) failed.get("code")).intValue());
        assertEquals("n must be positive", failed.get("message"));
        assertEquals(Execution.NONE, executor.execute(CHANNEL, 1, 1_000, List.of(tx("{\"data\": 1}"))));

        first.writes().forEach((k, v) -> state.put(k, v));
        executor.committed(CHANNEL, first);
        Execution next = executor.execute(CHANNEL, 2, 2_000, List.of(tx("{\"method\": \"add\", \"params\": {\"n\": \"0x3\"}}")));
        assertNotEquals(first.resultRoot(), next.resultRoot());
    }

    @Test
    void aPeerWithoutThePinnedArchiveRefusesBlocksThatCallItButNotPlainOnes() throws IOException {
        byte[] v1 = deploy("counter", "1.0.0");
        ScoreBinding missing = ScoreBindings.of(CHANNEL, pin("1.0.0", v1), Optional.empty(), List.of());
        ScoreBlockExecutor executor = new ScoreBlockExecutor(source(missing), 1_000_000, store(new HashMap<>()));
        Transaction call = tx("{\"method\": \"add\", \"params\": {\"n\": \"0x2\"}}");
        assertTrue(executor.execute(CHANNEL, 1, 1, List.of(call)).isRefused());
        assertFalse(executor.canRun(call));
        assertTrue(executor.canRun(tx("{\"data\": 1}")));
        assertEquals(Execution.NONE, executor.execute(CHANNEL, 1, 1, List.of(tx("{\"data\": 1}"))));
    }

    private static ScoreSource source(ScoreBinding binding) {
        return new FixedScoreSource(binding);
    }

    private static Transaction tx(String body) {
        return V1Transactions.create(CHANNEL, new TxMeta("peer-0", "counter", "1.0.0", CHANNEL), Json.parse(body),
                System.nanoTime(), KEY);
    }

    /** The committed state, from {@code state}. */
    private static ScoreStateReader store(Map<String, byte[]> state) {
        return (channel, keyHex) -> Optional.ofNullable(state.get(keyHex));
    }
}
