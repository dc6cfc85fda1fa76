package org.loopchain.score.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.loopchain.core.icon.V3Fixtures.ALICE;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loopchain.channel.Execution;
import org.loopchain.core.tx.Transaction;
import org.loopchain.score.engine.ResultCodes;
import org.loopchain.score.engine.testing.ClassArchives;

/**
 * Deployed contracts calling each other ({@code Context.call} to a {@code cx} address) through the
 * node's executors, with real jars and the real engine: the callee runs inside the caller's
 * transaction with the caller as its caller and the signer as origin, its writes are kept with the
 * caller's or undone with them, a failure reaches the caller as an exception it may catch, steps
 * and depth are one budget for the whole transaction, a read-only caller cannot write through
 * another contract, value moves with the call, and a restarted peer agrees on the block.
 */
class ContractCallsTest extends DeployedContractsBase {

    private String vault;
    private String forwarder;

    @BeforeEach
    void deployBoth() {
        Transaction v = deploy(ALICE, ClassArchives.iconJar(VaultScore.class), Map.of(), NOW);
        vault = (String) result(commit(1, v), v).get("scoreAddress");
        Transaction f = deploy(ALICE, ClassArchives.iconJar(ForwarderScore.class), Map.of("vault", vault), NOW + 1);
        forwarder = (String) result(commit(2, f), f).get("scoreAddress");
        assertTrue(vault != null && forwarder != null, "both deployed");
    }

    private Map<?, ?> run(long height, Transaction tx) {
        return result(commit(height, tx), tx);
    }

    private static Object failureCode(Map<?, ?> result) {
        return ((Map<?, ?>) result.get("failure")).get("code");
    }

    @Test
    void aContractCallsAnotherAsItsCallerAndBothKeepWhatTheCallWrote() {
        Map<?, ?> forwarded = run(3, call(ALICE, forwarder, "forward", Map.of("n", "0x5"), NOW + 2));
        assertEquals("0x1", forwarded.get("status"), forwarded.toString());
        assertEquals("0x5", query(vault, "total"));
        assertEquals(forwarder, query(vault, "lastCaller"), "the calling contract is the callee's caller");
        assertEquals(ALICE.address().toString(), query(vault, "lastOrigin"), "the signer is its origin");
        assertEquals("0x5", query(forwarder, "forwarded"));
        assertEquals("0x5", query(forwarder, "vaultTotal"), "a query calls a read-only method of another contract");
        executor = restart();
        assertEquals("0x5", query(vault, "total"), "the callee's storage is in the store");
    }

    @Test
    void aFailedCallIsUndoneAndTheCallerMayCatchItOrFailWithIt() {
        Map<?, ?> caught = run(3, call(ALICE, forwarder, "forwardAndCatch", Map.of("n", "0x0"), NOW + 2));
        assertEquals("0x1", caught.get("status"), caught.toString());
        assertEquals("user 7", query(forwarder, "caught"), "the callee's revert code reached the caller");
        Map<?, ?> reverted = run(4, call(ALICE, forwarder, "forwardThenRevert", Map.of("n", "0x3"), NOW + 3));
        assertEquals("0x0", reverted.get("status"));
        assertEquals("0x0", query(vault, "total"), "the callee's writes went with the caller's failure");
    }

    @Test
    void runningOutOfStepsInTheCalleeOrNestingTooDeepEndsTheWholeTransaction() {
        Map<?, ?> spun = run(3, call(ALICE, forwarder, "spinCaught", Map.of(), NOW + 2));
        assertEquals("0xa", failureCode(spun), spun.toString());
        assertEquals("", query(forwarder, "caught"), "the caller could not go on after its callee ran out of steps");
        Map<?, ?> deep = run(4, call(ALICE, forwarder, "recurse", Map.of("depth", "0x0"), NOW + 3));
        assertEquals("0x" + Integer.toHexString(ResultCodes.STACK_OVERFLOW), failureCode(deep), deep.toString());
        assertEquals("0x0", query(forwarder, "forwarded"), "no level of the recursion kept a write");
    }

    @Test
    void aReadOnlyCallerCannotWriteThroughAnotherContract() {
        assertNotEquals(0, tryQuery(forwarder, "depositFromQuery").code());
        assertEquals("0x0", query(vault, "total"));
    }

    @Test
    void valueSentWithACallMovesFromTheCallerToTheCallee() {
        Map<?, ?> funded = run(3, call(ALICE, forwarder, "fundVault", Map.of(), BigInteger.valueOf(100), NOW + 2));
        assertEquals("0x1", funded.get("status"), funded.toString());
        assertEquals(BigInteger.valueOf(100), balance(vault));
        assertEquals(BigInteger.ZERO, balance(forwarder));
    }

    @Test
    void theChannelsScoreIsNotACalleeAndAPeerThatRestartsAgreesOnTheBlock() {
        Transaction toScore = deploy(ALICE, ClassArchives.iconJar(ForwarderScore.class), Map.of("vault", SCORE.toString()), NOW + 2);
        String stray = (String) run(3, toScore).get("scoreAddress");
        Map<?, ?> refused = run(4, call(ALICE, stray, "forward", Map.of("n", "0x1"), NOW + 3));
        assertEquals("0x0", refused.get("status"), "Contract not found: " + refused);

        Transaction forward = call(ALICE, forwarder, "forward", Map.of("n", "0x2"), NOW + 4);
        Execution before = executor.execute(CHANNEL, 5, NOW + 5, List.of(forward));
        executor = restart();
        Execution after = executor.execute(CHANNEL, 5, NOW + 5, List.of(forward));
        assertEquals(before.resultRoot(), after.resultRoot());
        assertEquals(before.writes().keySet(), after.writes().keySet());
        assertTrue(after.writes().keySet().stream().anyMatch(k -> k.startsWith(ContractKeys.statePrefixHex(vault))),
                "the callee's storage is written with the block");
    }
}
