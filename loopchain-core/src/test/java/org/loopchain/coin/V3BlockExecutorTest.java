package org.loopchain.coin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.loopchain.core.icon.V3Fixtures.ALICE;
import static org.loopchain.core.icon.V3Fixtures.BOB;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.channel.Execution;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.icon.IconAddress;
import org.loopchain.core.icon.V3Fixtures;
import org.loopchain.core.icon.V3Transactions;
import org.loopchain.core.json.Json;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.TxMeta;
import org.loopchain.core.tx.V1Transactions;

class V3BlockExecutorTest {

    private static final long NOW = 1_700_000_000_000_000L;
    private static final IconAddress CAROL = IconAddress.parse("to", "hx" + "c".repeat(40));

    private final Map<String, byte[]> state = new HashMap<>();

    private V3BlockExecutor executor(BigInteger stepPrice) {
        CoinGenesis genesis = new CoinGenesis(BigInteger.ONE, Map.of(ALICE.address(), BigInteger.valueOf(1000)), stepPrice);
        return new V3BlockExecutor(CoinBlockExecutor.NONE, c -> genesis, (c, k) -> state.get(k));
    }

    private static Transaction transfer(long value, long timestamp) {
        return V3Transactions.of("c", "p", V3Fixtures.tx(V3Fixtures.transfer(ALICE, CAROL, value, timestamp, BigInteger.ONE), ALICE));
    }

    private BigInteger balance(IconAddress a) {
        return new CoinLedger(executor(BigInteger.ZERO).genesisOf("c"), state::get).balance(a);
    }

    private void commit(Execution e) {
        e.writes().forEach(state::put);
    }

    @Test
    void aBlockWithOnlyV1TransactionsExecutesAsTheInnerExecutor() {
        Transaction v1 = V1Transactions.create("c", new TxMeta("p", "s", "1", "c"), Map.of("a", 1L), NOW, PeerKey.generate(new SecureRandom()));
        assertSame(Execution.NONE, executor(BigInteger.ZERO).execute("c", 1, NOW, List.of(v1)));
    }

    @Test
    void aTransferMovesCoinFromAGenesisAccountAndIsCoveredByTheRoot() {
        Execution e = executor(BigInteger.ZERO).execute("c", 1, NOW, List.of(transfer(300, NOW)));
        Map<?, ?> result = (Map<?, ?>) Json.parse(e.results().values().iterator().next());
        assertEquals("0x1", result.get("status"));
        assertEquals("0x186a0", result.get("stepUsed"));
        assertEquals(64, e.resultRoot().length());
        commit(e);
        assertEquals(BigInteger.valueOf(700), balance(ALICE.address()));
        assertEquals(BigInteger.valueOf(300), balance(CAROL));
        Execution other = executor(BigInteger.ZERO).execute("c", 2, NOW, List.of(transfer(301, NOW + 1)));
        assertNotEquals(e.resultRoot(), other.resultRoot());
    }

    @Test
    void aTransferBeyondTheBalanceFailsAndMovesNothing() {
        Execution e = executor(BigInteger.ZERO).execute("c", 1, NOW, List.of(transfer(600, NOW), transfer(600, NOW + 1)));
        List<String> results = List.copyOf(e.results().values());
        assertEquals("0x1", ((Map<?, ?>) Json.parse(results.get(0))).get("status"));
        Map<?, ?> failed = (Map<?, ?>) Json.parse(results.get(1));
        assertEquals("0x0", failed.get("status"));
        assertEquals("0xb", ((Map<?, ?>) failed.get("failure")).get("code"));
        commit(e);
        assertEquals(BigInteger.valueOf(400), balance(ALICE.address()));
        assertEquals(BigInteger.valueOf(600), balance(CAROL));
    }

    @Test
    void feesAtTheStepPriceGoToTheTreasuryAndTheSupplyStays() {
        Execution e = executor(BigInteger.valueOf(10)).execute("c", 1, NOW, List.of(transfer(100, NOW)));
        Map<?, ?> failed = (Map<?, ?>) Json.parse(e.results().values().iterator().next());
        assertEquals("0x0", failed.get("status"), "100000 steps at 10 cost more than the 1000 held");
        commit(e);
        assertEquals(BigInteger.ZERO, balance(ALICE.address()));
        assertEquals(BigInteger.valueOf(1000), balance(CoinLedger.TREASURY));
        assertTrue(balance(CAROL).signum() == 0);
        assertEquals(BigInteger.valueOf(1000), executor(BigInteger.ZERO).genesisOf("c").totalSupply());
    }

    @Test
    void anUnwrittenAccountHoldsItsGenesisBalance() {
        assertEquals(BigInteger.valueOf(1000), balance(ALICE.address()));
        assertEquals(BigInteger.ZERO, balance(BOB.address()));
    }
}
