package org.loopchain.score.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.loopchain.core.icon.V3Fixtures.ALICE;
import static org.loopchain.core.icon.V3Fixtures.BOB;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopchain.channel.Execution;
import org.loopchain.coin.CoinGenesis;
import org.loopchain.coin.CoinLedger;
import org.loopchain.coin.V3BlockExecutor;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.icon.IconAddress;
import org.loopchain.core.icon.IconHex;
import org.loopchain.core.icon.V3Fixtures;
import org.loopchain.core.icon.V3Transactions;
import org.loopchain.core.json.Json;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxMeta;
import org.loopchain.core.tx.V1Transactions;
import org.loopchain.score.engine.ScoreAddresses;
import org.loopchain.score.engine.ScoreBlock;
import org.loopchain.score.engine.ScoreExecutor;
import org.loopchain.score.engine.ScoreSettings;

/**
 * Client-signed v3 SCORE calls through the node's executors on a real contract: the signer is the
 * caller, event logs reach the result, the transaction's step limit bounds the SCORE, the fee is
 * reserved and settled on the coin, value goes to a payable method, the SCORE sends its own coin,
 * and a call elsewhere fails without touching the SCORE.
 */
class V3ScoreCallTest {

    private static final String CHANNEL = "c1";
    private static final long NOW = 1_700_000_000_000_000L;
    private static final IconAddress SCORE = IconAddress.parse("to", ScoreAddresses.scoreAddress(CHANNEL, "caller"));
    private static final PeerKey PEER = PeerKey.generate(new SecureRandom(new byte[] {9}));

    @TempDir
    Path dir;

    private final Map<String, byte[]> state = new HashMap<>();
    private ScoreBinding binding;

    @BeforeEach
    void load() {
        binding = FixedScoreSource.ready(dir, CHANNEL, "caller", CallerScore.class);
    }

    private V3BlockExecutor executor(BigInteger stepPrice) {
        return executor(stepPrice, 0);
    }

    /** The node's executors on a channel whose blocks run in block order from {@code blockOrderHeight}. */
    private V3BlockExecutor executor(BigInteger stepPrice, long blockOrderHeight) {
        ScoreBlockExecutor scores = new ScoreBlockExecutor(new FixedScoreSource(binding), 5_000_000, (c, k) -> Optional.ofNullable(state.get(k)));
        CoinGenesis coin = new CoinGenesis(BigInteger.ONE, Map.of(ALICE.address(), BigInteger.valueOf(10_000_000)), stepPrice,
                blockOrderHeight);
        return new V3BlockExecutor(scores, c -> coin, (c, k) -> state.get(k));
    }

    private static Transaction call(IconAddress to, String method, Map<String, Object> args, long stepLimit, long timestamp) {
        return V3Transactions.of(CHANNEL, "p", V3Fixtures.tx(V3Fixtures.call(ALICE, to, method, args, stepLimit, timestamp), ALICE));
    }

    private static Map<?, ?> result(Execution e, Transaction tx) {
        return (Map<?, ?>) Json.parse(e.results().get(tx.hash()));
    }

    private Object lastCaller() {
        ScoreExecutor engine = new ScoreExecutor(binding.code(), new ScoreSettings(5_000_000, ALICE.address().toString(), Map.of()));
        return engine.query("lastCaller", Map.of(), new CommittedState((c, k) -> Optional.ofNullable(state.get(k)), CHANNEL),
                new ScoreBlock(CHANNEL, 9, NOW)).result();
    }

    private BigInteger balance(IconAddress a, V3BlockExecutor executor) {
        return new CoinLedger(executor.genesisOf(CHANNEL), state::get).balance(a);
    }

    @Test
    void theSignerIsTheCallerAndTheEventLogIsInTheResult() {
        Transaction touch = call(SCORE, "touch", Map.of("n", "0x7"), 1_000_000, NOW);
        Execution e = executor(BigInteger.ZERO).execute(CHANNEL, 1, NOW, List.of(touch));
        Map<?, ?> r = result(e, touch);
        assertEquals("0x1", r.get("status"), r.toString());
        List<?> logs = (List<?>) r.get("eventLogs");
        assertEquals(1, logs.size());
        Map<?, ?> log = (Map<?, ?>) logs.get(0);
        assertEquals(SCORE.toString(), log.get("scoreAddress"));
        assertEquals(List.of("Touched(Address,int)", ALICE.address().toString()), log.get("indexed"));
        assertEquals(List.of("0x7"), log.get("data"));
        assertTrue(new BigInteger(((String) r.get("stepUsed")).substring(2), 16).compareTo(BigInteger.valueOf(100_000)) > 0,
                "the SCORE's steps are added to the transaction's: " + r);
        e.writes().forEach(state::put);
        assertEquals(ALICE.address().toString(), lastCaller());
    }

    @Test
    void aV1CallInTheSameBlockStillHasThePeerAsCallerAndRunsInBlockOrder() {
        Transaction v3 = call(SCORE, "touch", Map.of("n", "0x1"), 1_000_000, NOW);
        Transaction v1 = V1Transactions.create(CHANNEL, new TxMeta("peer-0", "caller", "1.0.0", CHANNEL),
                Json.parse("{\"method\": \"touch\", \"params\": {\"n\": \"0x2\"}}"), NOW + 1, PEER);
        Execution e = executor(BigInteger.ZERO).execute(CHANNEL, 1, NOW, List.of(v3, v1));
        assertEquals("0x1", result(e, v3).get("status"));
        assertEquals(0, ((Number) result(e, v1).get("code")).intValue());
        e.writes().forEach(state::put);
        assertNotEquals(ALICE.address().toString(), lastCaller(), "the v1 call ran last, as the receiving peer");
        Execution reversed = executor(BigInteger.ZERO).execute(CHANNEL, 2, NOW, List.of(v1, call(SCORE, "touch", Map.of("n", "0x1"),
                1_000_000, NOW + 2)));
        reversed.writes().forEach(state::put);
        assertEquals(ALICE.address().toString(), lastCaller());
    }

    @Test
    void theStepLimitBoundsTheScoreAndAFailedCallChangesNoState() {
        Transaction spin = call(SCORE, "spin", Map.of(), 200_000, NOW);
        Execution e = executor(BigInteger.ZERO).execute(CHANNEL, 1, NOW, List.of(spin));
        Map<?, ?> r = result(e, spin);
        assertEquals("0x0", r.get("status"));
        assertEquals("0xa", ((Map<?, ?>) r.get("failure")).get("code"));
        assertEquals("0x30d40", r.get("stepUsed"), "all of its 200,000 steps");
        e.writes().forEach(state::put);
        assertNull(lastCaller());
        Transaction tooSmall = call(SCORE, "touch", Map.of("n", "0x1"), 100_000, NOW + 1);
        Map<?, ?> small = result(executor(BigInteger.ZERO).execute(CHANNEL, 2, NOW, List.of(tooSmall)), tooSmall);
        assertEquals("0xa", ((Map<?, ?>) small.get("failure")).get("code"), "nothing left for the SCORE: " + small);
    }

    @Test
    void aRevertIsAFailureWithTheUsersCodeAndACallElsewhereFindsNoContract() {
        Transaction revert = call(SCORE, "touch", Map.of("n", "0x0"), 1_000_000, NOW);
        IconAddress other = IconAddress.parse("to", "cx" + "7".repeat(40));
        Transaction elsewhere = call(other, "touch", Map.of("n", "0x1"), 1_000_000, NOW + 1);
        Execution e = executor(BigInteger.ZERO).execute(CHANNEL, 1, NOW, List.of(revert, elsewhere));
        Map<?, ?> reverted = (Map<?, ?>) result(e, revert).get("failure");
        assertEquals("0x20", reverted.get("code"));
        assertEquals("n must be positive", reverted.get("message"));
        Map<?, ?> missing = (Map<?, ?>) result(e, elsewhere).get("failure");
        assertEquals("0x2", missing.get("code"));
        assertTrue(missing.get("message").toString().contains(other.toString()));
        e.writes().forEach(state::put);
        assertNull(lastCaller());
    }

    @Test
    void theFeeIsTheStepsUsedAtTheStepPriceAndASenderWhoCannotCoverTheLimitIsNotRun() {
        V3BlockExecutor priced = executor(BigInteger.TEN);
        Transaction touch = call(SCORE, "touch", Map.of("n", "0x1"), 900_000, NOW);
        Transaction broke = V3Transactions.of(CHANNEL, "p", V3Fixtures.tx(V3Fixtures.call(BOB, SCORE, "touch", Map.of("n", "0x1"),
                900_000, NOW + 1), BOB));
        Execution e = priced.execute(CHANNEL, 1, NOW, List.of(touch, broke));
        Map<?, ?> r = result(e, touch);
        long used = Long.parseLong(((String) r.get("stepUsed")).substring(2), 16);
        assertEquals("0xb", ((Map<?, ?>) result(e, broke).get("failure")).get("code"));
        e.writes().forEach(state::put);
        assertEquals(BigInteger.valueOf(10_000_000 - 10 * used), balance(ALICE.address(), priced));
        assertEquals(ALICE.address().toString(), lastCaller(), "the broke sender's call did not run");
        assertFalse(used >= 900_000);
    }

    private static Transaction paying(String method, Map<String, Object> args, long value, long timestamp) {
        Map<String, Object> params = V3Fixtures.call(ALICE, SCORE, method, args, 1_000_000, timestamp);
        params.put("value", IconHex.format(BigInteger.valueOf(value)));
        return V3Transactions.of(CHANNEL, "p", V3Fixtures.tx(params, ALICE));
    }

    private Execution commit(Execution e) {
        e.writes().forEach(state::put);
        return e;
    }

    @Test
    void valueSentToAPayableMethodMovesFromTheSignerToTheScore() {
        V3BlockExecutor executor = executor(BigInteger.ZERO);
        Transaction pay = paying("pay", Map.of(), 5, NOW);
        Execution e = commit(executor.execute(CHANNEL, 1, NOW, List.of(pay)));
        assertEquals("0x1", result(e, pay).get("status"), result(e, pay).toString());
        assertEquals(BigInteger.valueOf(10_000_000 - 5), balance(ALICE.address(), executor));
        assertEquals(BigInteger.valueOf(5), balance(SCORE, executor));
        assertEquals(ALICE.address().toString(), lastCaller());
    }

    @Test
    void valueSentToAMethodThatIsNotPayableOrBeyondTheBalanceFailsAndMovesNothing() {
        V3BlockExecutor executor = executor(BigInteger.ZERO);
        Transaction notPayable = paying("touch", Map.of("n", "0x1"), 5, NOW);
        Transaction tooMuch = paying("pay", Map.of(), 10_000_001, NOW + 1);
        Execution e = commit(executor.execute(CHANNEL, 1, NOW, List.of(notPayable, tooMuch)));
        assertEquals("0x4", ((Map<?, ?>) result(e, notPayable).get("failure")).get("code"), "goloop's MethodNotPayable");
        assertEquals("0xb", ((Map<?, ?>) result(e, tooMuch).get("failure")).get("code"), "out of balance");
        assertNull(lastCaller());
        assertEquals(BigInteger.valueOf(10_000_000), balance(ALICE.address(), executor));
        assertEquals(BigInteger.ZERO, balance(SCORE, executor));
    }

    @Test
    void theScoreSendsItsCoinEvenFromAV1CallAndTheBlockRootCoversIt() {
        V3BlockExecutor executor = executor(BigInteger.ZERO);
        commit(executor.execute(CHANNEL, 1, NOW, List.of(paying("pay", Map.of(), 50, NOW))));
        Transaction v1 = V1Transactions.create(CHANNEL, new TxMeta("peer-0", "caller", "1.0.0", CHANNEL),
                Json.parse("{\"method\": \"payOut\", \"params\": {\"to\": \"" + BOB.address() + "\", \"amount\": \"0x14\"}}"),
                NOW + 1, PEER);
        Execution e = executor.execute(CHANNEL, 2, NOW, List.of(v1));
        Map<?, ?> r = result(e, v1);
        assertEquals(0, ((Number) r.get("code")).intValue(), r.toString());
        Map<?, ?> log = (Map<?, ?>) ((List<?>) r.get("eventLogs")).get(0);
        assertEquals(List.of("ICXTransfer(Address,Address,int)", SCORE.toString(), BOB.address().toString(), "0x14"), log.get("indexed"));
        assertTrue(e.writes().containsKey(CoinLedger.key(BOB.address())), "the moved balances are written with the block");
        commit(e);
        assertEquals(BigInteger.valueOf(20), balance(BOB.address(), executor));
        assertEquals(BigInteger.valueOf(30), balance(SCORE, executor));
    }

    @Test
    void theTransactionsOfABlockTakeEffectInBlockOrder() {
        V3BlockExecutor executor = executor(BigInteger.ZERO);
        commit(executor.execute(CHANNEL, 1, NOW, List.of(paying("pay", Map.of(), 50, NOW))));
        Transaction bobSpendsEarly = bobSends(3, NOW + 1);
        Transaction payOut = call(SCORE, "payOut", Map.of("to", BOB.address().toString(), "amount", "0x3"), 1_000_000, NOW + 2);
        Transaction bobSpends = bobSends(2, NOW + 3);
        Execution e = commit(executor.execute(CHANNEL, 2, NOW, List.of(bobSpendsEarly, payOut, bobSpends)));
        assertEquals("0xb", ((Map<?, ?>) result(e, bobSpendsEarly).get("failure")).get("code"), "before the SCORE paid him, Bob has nothing");
        assertEquals("0x1", result(e, payOut).get("status"));
        assertEquals("0x1", result(e, bobSpends).get("status"), "after it, he spends what the SCORE sent");
        assertEquals(BigInteger.ONE, balance(BOB.address(), executor));
        assertEquals(BigInteger.valueOf(47), balance(SCORE, executor));
    }

    @Test
    void belowTheBlockOrderHeightTheCoinTransactionsOfABlockTakeEffectBeforeItsScoreCalls() {
        V3BlockExecutor executor = executor(BigInteger.ZERO, 3);
        commit(executor.execute(CHANNEL, 1, NOW, List.of(paying("pay", Map.of(), 50, NOW))));
        Transaction payOut = call(SCORE, "payOut", Map.of("to", BOB.address().toString(), "amount", "0x3"), 1_000_000, NOW + 1);
        Transaction bobSpends = bobSends(3, NOW + 2);
        List<Transaction> block = List.of(payOut, bobSpends);
        String inBlockOrder = executor(BigInteger.ZERO, 2).execute(CHANNEL, 2, NOW, block).resultRoot();
        Execution e = commit(executor.execute(CHANNEL, 2, NOW, block));
        assertEquals("0x1", result(e, payOut).get("status"));
        assertEquals("0xb", ((Map<?, ?>) result(e, bobSpends).get("failure")).get("code"),
                "Bob's transfer ran before the SCORE paid him, though it comes after in the block");
        assertEquals(BigInteger.valueOf(3), balance(BOB.address(), executor));
        assertNotEquals(inBlockOrder, e.resultRoot(), "the rule is part of the block's root");
    }

    private static Transaction bobSends(long value, long timestamp) {
        return V3Transactions.of(CHANNEL, "p", V3Fixtures.tx(V3Fixtures.transfer(BOB, ALICE.address(), value, timestamp,
                BigInteger.ONE), BOB));
    }

    @Test
    void aQuerySeesTheCommittedCoin() {
        V3BlockExecutor executor = executor(BigInteger.ZERO);
        commit(executor.execute(CHANNEL, 1, NOW, List.of(paying("pay", Map.of(), 7, NOW))));
        ScoreExecutor engine = new ScoreExecutor(binding.code(), new ScoreSettings(5_000_000, ALICE.address().toString(), Map.of()));
        CommittedState committed = new CommittedState((c, k) -> Optional.ofNullable(state.get(k)), CHANNEL);
        Object seen = engine.query("balanceOf", Map.of("who", SCORE.toString()), committed, new ScoreBlock(CHANNEL, 9, NOW),
                ScoreBlockExecutor.coinOf(new CoinLedger(executor.genesisOf(CHANNEL), state::get))).result();
        assertEquals("0x7", seen);
    }

    @Test
    void aBlockOfCallsExecutesToTheSameRootOnEveryRun() {
        List<Transaction> txs = List.of(call(SCORE, "touch", Map.of("n", "0x3"), 1_000_000, NOW),
                call(SCORE, "touch", Map.of("n", "0x0"), 1_000_000, NOW + 1));
        assertEquals(executor(BigInteger.ONE).execute(CHANNEL, 1, NOW, txs).resultRoot(),
                executor(BigInteger.ONE).execute(CHANNEL, 1, NOW, txs).resultRoot());
    }
}
