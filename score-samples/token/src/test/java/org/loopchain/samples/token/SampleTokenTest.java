package org.loopchain.samples.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loopchain.score.engine.BlockExecution;
import org.loopchain.score.engine.EventLog;
import org.loopchain.score.engine.ScoreCall;
import org.loopchain.score.engine.ScoreSettings;
import org.loopchain.score.engine.TxOutcome;
import org.loopchain.score.engine.testing.ScoreRunner;

class SampleTokenTest {

    private static final String OWNER = "hx" + "11".repeat(20);
    private static final String ALICE = "hx" + "a1".repeat(20);
    private static final String BOB = "hx" + "b0".repeat(20);
    private static final String TRANSFER = "Transfer(Address,Address,int,bytes)";
    /** 1000 tokens of 18 decimals, all the owner's after install. */
    private static final BigInteger SUPPLY = BigInteger.valueOf(1000).multiply(BigInteger.TEN.pow(18));

    private ScoreRunner runner;

    @BeforeEach
    void install() throws Exception {
        runner = ScoreRunner.ofClasses(new ScoreSettings(1_000_000, OWNER, Map.of(
                "_name", "Sample Token", "_symbol", "SMP", "_decimals", "0x12", "_initialSupply", "0x3e8")),
                "token", SampleToken.class);
        // the first block that calls the SCORE installs it: the constructor mints to OWNER
        TxOutcome first = runner.execute(OWNER, "name", Map.of());
        assertEquals(0, first.code(), first.message());
    }

    @Test
    void theInitialSupplyBelongsToTheOwner() {
        assertEquals("Sample Token", query("name"));
        assertEquals("SMP", query("symbol"));
        assertEquals("0x12", query("decimals"));
        assertEquals(hex(SUPPLY), query("totalSupply"));
        assertEquals(hex(SUPPLY), balanceOf(OWNER));
        assertEquals("0x0", balanceOf(ALICE));
    }

    @Test
    void transferMovesTheBalanceAndLogsTransferIndexedByFromToAndValue() {
        TxOutcome outcome = executeOne(transfer(OWNER, ALICE, "0x64", "0x6869"));

        assertEquals(0, outcome.code(), outcome.message());
        EventLog event = transferFrom(OWNER, outcome);
        assertEquals(List.of(TRANSFER, OWNER, ALICE, "0x64"), event.indexed());
        assertEquals(List.of("0x6869"), event.data());
        assertEquals(hex(SUPPLY.subtract(BigInteger.valueOf(100))), balanceOf(OWNER));
        assertEquals("0x64", balanceOf(ALICE));
    }

    @Test
    void callsOfOneBlockRunInOrder() {
        BlockExecution block = runner.executeBlock(List.of(
                transfer(OWNER, ALICE, "0x64", null),
                transfer(ALICE, BOB, "0x28", null)));

        assertEquals(List.of(0, 0), block.outcomes().stream().map(TxOutcome::code).toList());
        assertEquals("0x3c", balanceOf(ALICE));
        assertEquals("0x28", balanceOf(BOB));
    }

    @Test
    void transferBeyondTheBalanceFailsAndChangesNothing() {
        executeOne(transfer(OWNER, ALICE, "0xa", null));

        BlockExecution block = runner.executeBlock(List.of(transfer(ALICE, BOB, "0xb", null)));

        TxOutcome outcome = block.outcomes().get(0);
        assertTrue(outcome.code() >= 32, "code " + outcome.code());
        assertTrue(outcome.message().contains("balance"), outcome.message());
        assertEquals(List.of(), outcome.eventLogs());
        assertEquals(Map.of(), block.writes());
        assertEquals("0xa", balanceOf(ALICE));
        assertEquals("0x0", balanceOf(BOB));
    }

    @Test
    void aNegativeValueIsRejected() {
        TxOutcome outcome = executeOne(transfer(OWNER, ALICE, "-0x1", null));

        assertNotEquals(0, outcome.code());
        assertEquals(hex(SUPPLY), balanceOf(OWNER));
        assertEquals("0x0", balanceOf(ALICE));
    }

    @Test
    void transfersKeepTheTotalSupply() {
        List<ScoreCall> calls = new ArrayList<>();
        calls.add(transfer(OWNER, ALICE, "0x3e8", null));
        calls.add(transfer(ALICE, BOB, "0x1f4", null));
        calls.add(transfer(BOB, OWNER, "0x64", null));
        calls.add(transfer(BOB, ALICE, "0x1000", null)); // fails: more than BOB holds
        runner.executeBlock(calls);

        assertEquals(hex(SUPPLY), query("totalSupply"));
        BigInteger sum = balanceValueOf(OWNER).add(balanceValueOf(ALICE)).add(balanceValueOf(BOB));
        assertEquals(SUPPLY, sum);
    }

    private ScoreCall transfer(String from, String to, String value, String data) {
        Map<String, Object> params = data == null
                ? Map.of("_to", to, "_value", value)
                : Map.of("_to", to, "_value", value, "_data", data);
        return runner.call(from, "transfer", params);
    }

    private TxOutcome executeOne(ScoreCall call) {
        return runner.executeBlock(List.of(call)).outcomes().get(0);
    }

    /** The call's Transfer event from {@code from} (an install may add the mint's Transfer from zero). */
    private static EventLog transferFrom(String from, TxOutcome outcome) {
        return outcome.eventLogs().stream()
                .filter(e -> e.indexed().size() > 1 && e.indexed().get(1).equals(from))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Transfer from " + from + " in " + outcome.eventLogs()));
    }

    private Object query(String method) {
        return runner.query(method, Map.of()).result();
    }

    private String balanceOf(String owner) {
        return (String) runner.query("balanceOf", Map.of("_owner", owner)).result();
    }

    private BigInteger balanceValueOf(String owner) {
        return new BigInteger(balanceOf(owner).substring(2), 16);
    }

    private static String hex(BigInteger value) {
        return "0x" + value.toString(16);
    }
}
