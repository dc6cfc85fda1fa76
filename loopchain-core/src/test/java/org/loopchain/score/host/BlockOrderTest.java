package org.loopchain.score.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.loopchain.core.icon.V3Fixtures.ALICE;
import static org.loopchain.core.icon.V3Fixtures.BOB;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.channel.Execution;
import org.loopchain.coin.CoinGenesis;
import org.loopchain.core.icon.IconAddress;
import org.loopchain.core.icon.IconKey;
import org.loopchain.core.icon.V3Fixtures;
import org.loopchain.core.icon.V3Transactions;
import org.loopchain.core.tx.Transaction;
import org.loopchain.score.engine.testing.ClassArchives;

/**
 * A block's transactions in block order, as ICON runs them: each transfer and call, to the
 * channel's SCORE or to a deployed contract, sees the coin and the state that the transactions
 * before it left, on the node's executors with real contracts.
 */
class BlockOrderTest extends DeployedContractsBase {

    private static final IconAddress CAROL = IconAddress.parse("to", "hx" + "c".repeat(40));
    private static final byte[] VAULT = ClassArchives.iconJar(VaultScore.class);

    @Test
    void coinTheChannelScoreSendsIsSpentLaterInTheBlockAndASecondPaymentIsNotLost() {
        commit(1, call(ALICE, SCORE.toString(), "pay", Map.of(), BigInteger.valueOf(500), NOW));
        Transaction payBob = payOut(BOB.address(), 100, NOW + 1);
        Transaction bobPaysCarol = transfer(BOB, CAROL, 100, NOW + 2);
        Transaction payBobAgain = payOut(BOB.address(), 50, NOW + 3);
        Execution e = commit(2, payBob, bobPaysCarol, payBobAgain);
        for (Transaction tx : List.of(payBob, bobPaysCarol, payBobAgain)) {
            assertEquals("0x1", result(e, tx).get("status"), result(e, tx).toString());
        }
        assertEquals(BigInteger.valueOf(50), balance(BOB.address().toString()), "the SCORE's second payment lands on what Bob had left");
        assertEquals(BigInteger.valueOf(100), balance(CAROL.toString()));
        assertEquals(BigInteger.valueOf(350), balance(SCORE.toString()));
    }

    @Test
    void callsToTheChannelScoreAndToADeployedContractTakeTurnsInBlockOrder() {
        Transaction deploy = deploy(ALICE, VAULT, Map.of(), NOW);
        String vault = (String) result(commit(1, deploy, call(ALICE, SCORE.toString(), "pay", Map.of(), BigInteger.valueOf(500),
                NOW + 1)), deploy).get("scoreAddress");
        Transaction bobFundsEarly = call(BOB, vault, "fund", Map.of(), BigInteger.valueOf(100), NOW + 2);
        Transaction payBob = payOut(BOB.address(), 100, NOW + 3);
        Transaction bobFunds = call(BOB, vault, "fund", Map.of(), BigInteger.valueOf(100), NOW + 4);
        Execution e = commit(2, bobFundsEarly, payBob, bobFunds);
        assertEquals("0xb", failure(e, bobFundsEarly), "before the channel's SCORE paid him, Bob cannot send 100");
        assertEquals("0x1", result(e, payBob).get("status"));
        assertEquals("0x1", result(e, bobFunds).get("status"), "after it, he can");
        assertEquals(BigInteger.ZERO, balance(BOB.address().toString()));
        assertEquals(BigInteger.valueOf(100), balance(vault));
    }

    @Test
    void belowTheBlockOrderHeightTheChannelScoreAndTheCoinRunFirstAndEveryPeerAgrees() {
        executor = restart(new CoinGenesis(BigInteger.ONE, coin.accounts(), BigInteger.ZERO, 3));
        Transaction deploy = deploy(ALICE, VAULT, Map.of(), NOW);
        String vault = (String) result(commit(1, deploy, call(ALICE, SCORE.toString(), "pay", Map.of(), BigInteger.valueOf(500),
                NOW + 1)), deploy).get("scoreAddress");
        Transaction bobFunds = call(BOB, vault, "fund", Map.of(), BigInteger.valueOf(100), NOW + 2);
        Transaction payBob = payOut(BOB.address(), 100, NOW + 3);
        Transaction bobPaysCarol = transfer(BOB, CAROL, 100, NOW + 4);
        List<Transaction> block = List.of(bobFunds, payBob, bobPaysCarol);
        String otherPeer = restart(new CoinGenesis(BigInteger.ONE, coin.accounts(), BigInteger.ZERO, 3))
                .execute(CHANNEL, 2, NOW + 2, block).resultRoot();
        executor = restart(new CoinGenesis(BigInteger.ONE, coin.accounts(), BigInteger.ZERO, 3));
        Execution e = commit(2, bobFunds, payBob, bobPaysCarol);
        assertEquals(otherPeer, e.resultRoot());
        assertEquals("0xb", failure(e, bobFunds), "the fund's value was reserved with the coin, before any SCORE ran");
        assertEquals("0xb", failure(e, bobPaysCarol), "the transfer ran before the channel's SCORE paid Bob");
        assertEquals(BigInteger.valueOf(100), balance(BOB.address().toString()));
        Execution third = commit(3, payOut(BOB.address(), 100, NOW + 5), transfer(BOB, CAROL, 150, NOW + 6));
        assertEquals(BigInteger.valueOf(150), balance(CAROL.toString()), "from height 3 the block runs in order: " + third.results());
    }

    @Test
    void aRestartedPeerRunsABlockInBlockOrderToTheSameRoot() {
        commit(1, call(ALICE, SCORE.toString(), "pay", Map.of(), BigInteger.valueOf(500), NOW));
        List<Transaction> block = List.of(transfer(BOB, CAROL, 10, NOW + 1), payOut(BOB.address(), 100, NOW + 2),
                transfer(BOB, CAROL, 10, NOW + 3), call(ALICE, SCORE.toString(), "touch", Map.of("n", "0x1"), NOW + 4));
        String first = executor.execute(CHANNEL, 2, NOW + 2, block).resultRoot();
        assertEquals(first, restart().execute(CHANNEL, 2, NOW + 2, block).resultRoot());
    }

    private static Transaction payOut(IconAddress to, long amount, long timestamp) {
        return call(ALICE, SCORE.toString(), "payOut", Map.of("to", to.toString(), "amount", "0x" + Long.toHexString(amount)), timestamp);
    }

    private static Transaction transfer(IconKey from, IconAddress to, long value, long timestamp) {
        return V3Transactions.of(CHANNEL, "p", V3Fixtures.tx(V3Fixtures.transfer(from, to, value, timestamp, BigInteger.ONE), from));
    }

    private static Object failure(Execution e, Transaction tx) {
        return ((Map<?, ?>) result(e, tx).get("failure")).get("code");
    }
}
