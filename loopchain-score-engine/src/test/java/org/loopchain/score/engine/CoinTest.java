package org.loopchain.score.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loopchain.score.engine.contracts.VaultScore;
import org.loopchain.score.engine.testing.ScoreRunner;

/** The channel's coin as a contract sees it: value sent to payable methods, balances, transfers out. */
class CoinTest {

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private ScoreRunner runner;
    private String vault;

    @BeforeEach
    void setUp() throws Exception {
        runner = ScoreRunner.ofClasses("vault", VaultScore.class);
        vault = runner.scoreAddress();
        runner.setBalance(Contracts.ALICE, HUNDRED);
    }

    private TxOutcome send(String method, Map<String, Object> params, long value) {
        return runner.executeBlock(List.of(runner.call(Contracts.ALICE, method, params, BigInteger.valueOf(value))))
                .outcomes().get(0);
    }

    private TxOutcome call(String method, Map<String, Object> params) {
        return send(method, params, 0);
    }

    @Test
    void valueSentToAPayableMethodMovesToTheScoreWhichSeesItAsGetValue() {
        TxOutcome outcome = send("deposit", Map.of(), 30);

        assertEquals(0, outcome.code(), outcome.message());
        assertEquals(BigInteger.valueOf(70), runner.balance(Contracts.ALICE));
        assertEquals(BigInteger.valueOf(30), runner.balance(vault));
        assertEquals("0x1e", runner.query("deposited", Map.of()).result());
        assertEquals(List.of("Deposited(Address,int)", Contracts.ALICE), outcome.eventLogs().get(0).indexed());
        assertEquals("0x1e", runner.query("balanceOf", Map.of("who", vault)).result(), "a query reads the committed coin");
    }

    @Test
    void valueSentToAMethodThatIsNotPayableFailsWithFourAndMovesNothing() {
        TxOutcome outcome = send("plain", Map.of(), 5);

        assertEquals(ResultCodes.METHOD_NOT_PAYABLE, outcome.code());
        assertEquals(HUNDRED, runner.balance(Contracts.ALICE));
        assertEquals(BigInteger.ZERO, runner.balance(vault));
        assertEquals("0x0", runner.query("deposited", Map.of()).result());
    }

    @Test
    void moreValueThanTheCallerHoldsFailsWithElevenAndMovesNothing() {
        TxOutcome outcome = send("deposit", Map.of(), 101);

        assertEquals(ResultCodes.OUT_OF_BALANCE, outcome.code());
        assertEquals(HUNDRED, runner.balance(Contracts.ALICE));
        assertEquals("0x0", runner.query("deposited", Map.of()).result());
    }

    @Test
    void aPayableCallThatRevertsKeepsNeitherItsValueNorItsWrites() {
        TxOutcome outcome = send("depositThenRevert", Map.of(), 40);

        assertEquals(ResultCodes.USER_REVERT + 1, outcome.code());
        assertEquals(HUNDRED, runner.balance(Contracts.ALICE));
        assertEquals(BigInteger.ZERO, runner.balance(vault));
    }

    @Test
    void theScoreSendsItsCoinToAnAccountAndLogsIcxTransfer() {
        send("deposit", Map.of(), 50);

        TxOutcome outcome = call("withdraw", Map.of("to", Contracts.BOB, "amount", "0x14"));

        assertEquals(0, outcome.code(), outcome.message());
        assertEquals(BigInteger.valueOf(20), runner.balance(Contracts.BOB));
        assertEquals(BigInteger.valueOf(30), runner.balance(vault));
        EventLog log = outcome.eventLogs().get(0);
        assertEquals(vault, log.scoreAddress());
        assertEquals(List.of("ICXTransfer(Address,Address,int)", vault, Contracts.BOB, "0x14"), log.indexed());
        assertEquals(List.of(), log.data());
    }

    @Test
    void aCallToAnAccountSendsItsValueAsATransfer() {
        send("deposit", Map.of(), 50);

        assertEquals(0, call("pay", Map.of("to", Contracts.BOB, "amount", "0x5")).code());

        assertEquals(BigInteger.valueOf(5), runner.balance(Contracts.BOB));
        assertEquals(BigInteger.valueOf(45), runner.balance(vault));
    }

    @Test
    void sendingMoreThanTheScoreHoldsThrowsWhichTheContractMayCatch() {
        send("deposit", Map.of(), 10);

        TxOutcome uncaught = call("withdraw", Map.of("to", Contracts.BOB, "amount", "0xb"));
        assertEquals(ResultCodes.USER_REVERT, uncaught.code());
        assertTrue(uncaught.message().startsWith("Out of balance"), uncaught.message());

        TxOutcome caught = call("tryWithdraw", Map.of("to", Contracts.BOB, "amount", "0xb"));
        assertEquals(0, caught.code());
        assertEquals("refused", caught.result());
        assertTrue(caught.eventLogs().isEmpty());
        assertTheTenDepositedStayed();
    }

    @Test
    void aTransferOfACallThatFailsAfterwardsIsUndone() {
        send("deposit", Map.of(), 10);

        TxOutcome outcome = call("withdrawThenRevert", Map.of("to", Contracts.BOB, "amount", "0x4"));

        assertEquals(ResultCodes.USER_REVERT + 7, outcome.code());
        assertTrue(outcome.eventLogs().isEmpty());
        assertTheTenDepositedStayed();
    }

    @Test
    void coinCannotGoToAContractNorBeSentInAQuery() {
        send("deposit", Map.of(), 10);

        TxOutcome toContract = call("withdraw", Map.of("to", "cx" + "7".repeat(40), "amount", "0x1"));
        assertEquals(ResultCodes.USER_REVERT, toContract.code());
        assertTrue(toContract.message().startsWith("Contract not found"), toContract.message());
        assertEquals(ResultCodes.USER_REVERT, call("callContract", Map.of("target", vault)).code());
        assertEquals(ResultCodes.INVALID_CONTAINER_ACCESS, runner.query("transferInQuery", Map.of("to", Contracts.BOB)).code());
        assertEquals(ResultCodes.USER_REVERT, call("withdraw", Map.of("to", Contracts.BOB, "amount", "-0x1")).code());
        assertEquals(BigInteger.TEN, runner.balance(vault));
    }

    @Test
    void theBlockReturnsTheBalancesItsCallsMovedAndTheyAreUnderTheRoot() {
        BlockExecution moved = runner.executeBlock(List.of(
                runner.call(Contracts.ALICE, "deposit", Map.of(), BigInteger.valueOf(30)),
                runner.call(Contracts.BOB, "deposit", Map.of(), BigInteger.ONE)));

        assertEquals(Map.of(Contracts.ALICE, BigInteger.valueOf(70), vault, BigInteger.valueOf(30)), moved.balances());
        assertNotEquals(rootWithoutBalances(moved), moved.resultRoot());
        BlockExecution none = runner.executeBlock(List.of(runner.call(Contracts.ALICE, "plain", Map.of())));
        assertTrue(none.balances().isEmpty());
        assertEquals(rootWithoutBalances(none), none.resultRoot(), "no coin moved: the root calls had before");
    }

    private void assertTheTenDepositedStayed() {
        assertEquals(BigInteger.TEN, runner.balance(vault));
        assertEquals(BigInteger.ZERO, runner.balance(Contracts.BOB));
    }

    /** The root of an execution's outcomes and writes alone. */
    private static String rootWithoutBalances(BlockExecution execution) {
        return ResultRoot.of(execution.outcomes(), execution.writes(), new TreeMap<>());
    }
}
