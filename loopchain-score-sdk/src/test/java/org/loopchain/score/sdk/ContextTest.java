package org.loopchain.score.sdk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopchain.score.spi.ScoreHosts;
import score.Address;
import score.Context;
import score.UserRevertedException;

class ContextTest extends WithBoundHost {

    @Test
    void transactionAndBlockComeFromTheHost() {
        assertArrayEquals(new byte[] {1, 2, 3}, Context.getTransactionHash());
        assertEquals(7, Context.getTransactionIndex());
        assertEquals(BigInteger.TEN, Context.getTransactionNonce());
        assertEquals(InMemoryScoreHost.SCORE, Context.getAddress());
        assertEquals(InMemoryScoreHost.CALLER, Context.getCaller());
        assertEquals(InMemoryScoreHost.CALLER, Context.getOrigin());
        assertEquals(InMemoryScoreHost.OWNER, Context.getOwner());
        assertEquals(BigInteger.ZERO, Context.getValue());
        assertEquals(42, Context.getBlockHeight());
        assertEquals(1_700_000_000_500_000L, Context.getBlockTimestamp());
        assertEquals(32, Context.hash("sha-256", new byte[0]).length);
    }

    @Test
    void contextOutsideTheEngineIsAnIllegalState() {
        binding.close();
        assertThrows(IllegalStateException.class, Context::getCaller);
        binding = ScoreHosts.bind(host);
    }

    @Test
    void revertCarriesTheUserCodeAndMessage() {
        UserRevertedException e = assertThrows(UserRevertedException.class, () -> Context.revert(5, "no funds"));
        assertEquals(5, e.getCode());
        assertEquals("no funds", e.getMessage());

        assertEquals(9, assertThrows(UserRevertedException.class, () -> Context.revert(9)).getCode());
        assertEquals(0, assertThrows(UserRevertedException.class, () -> Context.revert("why")).getCode());
        assertEquals(0, assertThrows(UserRevertedException.class, Context::revert).getCode());
    }

    @Test
    void requireFalseRevertsWithCodeZeroAndTheMessage() {
        Context.require(true, "fine");
        UserRevertedException e = assertThrows(UserRevertedException.class, () -> Context.require(false, "bad"));
        assertEquals(0, e.getCode());
        assertEquals("bad", e.getMessage());
        assertNull(assertThrows(UserRevertedException.class, () -> Context.require(false)).getMessage());
    }

    @Test
    void coinOperationsGoToTheHost() {
        Address bob = Address.fromString("hx" + "44".repeat(20));
        host.setBalance(InMemoryScoreHost.SCORE, BigInteger.valueOf(70));
        assertEquals(BigInteger.valueOf(70), Context.getBalance(InMemoryScoreHost.SCORE));
        assertEquals(BigInteger.ZERO, Context.getBalance(bob));

        Context.transfer(bob, BigInteger.TWO);
        Context.call(bob, "m", 1, 2);
        Context.call(BigInteger.ONE, bob, "m");
        assertNull(Context.call(String.class, BigInteger.TEN, bob, null));
        Context.call((BigInteger) null, bob, "m", (Object[]) null);
        assertEquals(List.of("transfer " + bob + " 2", "call " + bob + " 0 m 2", "call " + bob + " 1 m 0",
                "call " + bob + " 10 null 0", "call " + bob + " 0 m 0"), host.coinCalls());

        assertThrows(NullPointerException.class, () -> Context.getBalance(null));
        assertThrows(NullPointerException.class, () -> Context.transfer(null, BigInteger.ONE));
        assertThrows(NullPointerException.class, () -> Context.transfer(bob, null));
        assertThrows(NullPointerException.class, () -> Context.call(null, "m"));
    }

    @Test
    void deployingAggregatingAndFeeSharingAreNotSupported() {
        Address target = InMemoryScoreHost.SCORE;
        assertEquals(0, Context.getFeeSharingProportion());
        assertUnsupported(() -> Context.deploy(new byte[0]));
        assertUnsupported(() -> Context.deploy(target, new byte[0]));
        assertUnsupported(() -> Context.aggregate("bls12-381-g1", null, new byte[0]));
        assertUnsupported(() -> Context.setFeeSharingProportion(50));
    }

    @Test
    void aValidEventLogReachesTheHost() {
        Context.logEvent(new Object[] {"Transfer(Address,Address,int)", InMemoryScoreHost.CALLER, null, BigInteger.ONE},
                new Object[] {"memo", new byte[] {1}, true, 'c', 1L});
        assertEquals(1, host.eventLogs().size());
        assertEquals("Transfer(Address,Address,int)", host.eventLogs().get(0)[0][0]);
    }

    @Test
    void anEventLogWithoutSignatureOrWithTooManyIndexedValuesIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Context.logEvent(new Object[0], new Object[0]));
        assertThrows(IllegalArgumentException.class, () -> Context.logEvent(new Object[] {1}, new Object[0]));
        assertThrows(IllegalArgumentException.class,
                () -> Context.logEvent(new Object[] {"E(int,int,int,int)", 1, 2, 3, 4}, new Object[0]));
        assertThrows(NullPointerException.class, () -> Context.logEvent(null, new Object[0]));
        assertTrue(host.eventLogs().isEmpty());
    }

    @Test
    void anEventLogWithAValueOfAnUnsupportedTypeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Context.logEvent(new Object[] {"E(float)"}, new Object[] {1.5f}));
        assertThrows(IllegalArgumentException.class, () -> Context.logEvent(new Object[] {"E(Object)", new Object()}, new Object[0]));
        assertTrue(host.eventLogs().isEmpty());
    }

    private static void assertUnsupported(Runnable call) {
        IllegalStateException e = assertThrows(IllegalStateException.class, call::run);
        assertTrue(e.getMessage().startsWith("not supported on loopchain: "), e.getMessage());
    }
}
