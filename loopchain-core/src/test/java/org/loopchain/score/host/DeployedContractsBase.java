package org.loopchain.score.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.loopchain.core.icon.V3Fixtures.ALICE;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.loopchain.channel.Execution;
import org.loopchain.coin.CoinGenesis;
import org.loopchain.coin.CoinLedger;
import org.loopchain.coin.V3BlockExecutor;
import org.loopchain.core.crypto.Hex;
import org.loopchain.core.icon.IconAddress;
import org.loopchain.core.icon.IconHex;
import org.loopchain.core.icon.IconKey;
import org.loopchain.core.icon.V3Fixtures;
import org.loopchain.core.icon.V3Transactions;
import org.loopchain.core.json.Json;
import org.loopchain.core.tx.Transaction;
import org.loopchain.score.engine.QueryOutcome;
import org.loopchain.score.engine.ScoreAddresses;
import org.loopchain.score.engine.ScoreBlock;
import org.loopchain.score.engine.testing.ClassArchives;

/** A peer's executors over an in-memory store with a channel SCORE and coin, for the tests of deployed contracts. */
abstract class DeployedContractsBase {

    static final String CHANNEL = "c1";
    static final long NOW = 1_700_000_000_000_000L;
    static final IconAddress SCORE = IconAddress.parse("to", ScoreAddresses.scoreAddress(CHANNEL, "caller"));
    static final IconAddress INSTALL = IconAddress.parse("to", "cx" + "0".repeat(40));
    static final byte[] COUNTER = ClassArchives.iconJar(OwnedCounterScore.class);
    static final byte[] COUNTER_V2 = ClassArchives.iconJar(OwnedCounterScoreV2.class);

    @TempDir
    Path dir;

    final Map<String, byte[]> state = new HashMap<>();
    ScoreBinding binding;
    DeployedContracts contracts;
    V3BlockExecutor executor;
    final CoinGenesis coin = new CoinGenesis(BigInteger.ONE, Map.of(ALICE.address(), BigInteger.valueOf(10_000_000)), BigInteger.ZERO);

    @BeforeEach
    void load() {
        binding = FixedScoreSource.ready(dir, CHANNEL, "caller", CallerScore.class);
        executor = restart();
    }

    /** A peer's executors, new, over the same store: as after a restart. */
    V3BlockExecutor restart() {
        return restart(coin);
    }

    /** A peer's executors, new, over the same store, on a channel with the coin settings {@code settings}. */
    V3BlockExecutor restart(CoinGenesis settings) {
        ScoreBlockExecutor scores = new ScoreBlockExecutor(new FixedScoreSource(binding), 5_000_000, (c, k) -> Optional.ofNullable(state.get(k)));
        contracts = new DeployedContracts(scores, 5_000_000, (c, k) -> Optional.ofNullable(state.get(k)));
        return new V3BlockExecutor(contracts, c -> settings, (c, k) -> state.get(k));
    }

    static Transaction deploy(IconKey from, byte[] jar, Map<String, Object> args, long timestamp) {
        return deploy(from, INSTALL, jar, args, timestamp);
    }

    static Transaction deploy(IconKey from, IconAddress to, byte[] jar, Map<String, Object> args, long timestamp) {
        Map<String, Object> p = V3Fixtures.call(from, to, "x", Map.of(), 50_000_000, timestamp);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("contentType", "application/java");
        data.put("content", "0x" + Hex.encode(jar));
        if (!args.isEmpty()) {
            data.put("params", args);
        }
        p.put("dataType", "deploy");
        p.put("data", data);
        return V3Transactions.of(CHANNEL, "p", V3Fixtures.tx(p, from));
    }

    static Transaction call(IconKey from, String to, String method, Map<String, Object> args, long timestamp) {
        return call(from, to, method, args, BigInteger.ZERO, timestamp);
    }

    /** A call that sends {@code value} with it. */
    static Transaction call(IconKey from, String to, String method, Map<String, Object> args, BigInteger value, long timestamp) {
        Map<String, Object> p = V3Fixtures.call(from, IconAddress.parse("to", to), method, args, 1_000_000, timestamp);
        if (value.signum() > 0) {
            p.put("value", IconHex.format(value));
        }
        return V3Transactions.of(CHANNEL, "p", V3Fixtures.tx(p, from));
    }

    BigInteger balance(String address) {
        return new CoinLedger(coin, state::get).balance(IconAddress.parse("address", address));
    }

    Execution commit(long height, Transaction... txs) {
        Execution e = executor.execute(CHANNEL, height, NOW + height, List.of(txs));
        assertFalse(e.isRefused(), e.refusal());
        e.writes().forEach(state::put);
        executor.committed(CHANNEL, e);
        return e;
    }

    static Map<?, ?> result(Execution e, Transaction tx) {
        return (Map<?, ?>) Json.parse(e.results().get(tx.hash()));
    }

    Object query(String address, String method) {
        QueryOutcome q = contracts.query(CHANNEL, address, method, Map.of(), new ScoreBlock(CHANNEL, 9, NOW),
                a -> BigInteger.ZERO);
        assertEquals(0, q.code(), q.message());
        return q.result();
    }

    String deployCounter() {
        Transaction deploy = deploy(ALICE, COUNTER, Map.of("label", "first", "start", "0x5"), NOW);
        String address = (String) result(commit(1, deploy), deploy).get("scoreAddress");
        commit(2, call(ALICE, address, "add", Map.of("n", "0x2"), NOW + 1));
        return address;
    }

    QueryOutcome tryQuery(String address, String method) {
        return contracts.query(CHANNEL, address, method, Map.of(), new ScoreBlock(CHANNEL, 9, NOW), a -> BigInteger.ZERO);
    }
}
