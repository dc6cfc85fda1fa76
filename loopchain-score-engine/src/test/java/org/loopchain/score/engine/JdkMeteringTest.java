package org.loopchain.score.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.JdkWorkScore;
import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.loopchain.score.engine.testing.ScoreRunner;

class JdkMeteringTest {

    private static final long LIMIT = 1_000_000;

    private static ScoreRunner runner;

    @BeforeAll
    static void install() throws Exception {
        runner = ScoreRunner.ofClasses(new ScoreSettings(LIMIT, ScoreRunner.OWNER, Map.of()), "jdk-work",
                JdkWorkScore.class);
        runner.execute(Contracts.ALICE, "presized", Map.of("capacity", "0x0")); // installs
    }

    @Test
    void repeatingAStringPastTheBudgetRunsOutOfStepsBeforeAllocating() {
        TxOutcome outcome = execute("repeat", Map.of("text", "ab", "times", hex(100_000_000)));

        assertEquals(10, outcome.code(), outcome.message());
        assertEquals(LIMIT, outcome.steps());
    }

    @Test
    void repeatingCostsTheLengthItMakes() {
        long small = steps("repeat", Map.of("text", "ab", "times", hex(1)));
        long large = steps("repeat", Map.of("text", "ab", "times", hex(10_001)));

        assertEquals(2 * 10_000, large - small);
    }

    @Test
    void multiplyingBigNumbersCostsTheProductOfTheirWords() {
        BigInteger wide = BigInteger.ONE.shiftLeft(32 * 100 - 2); // 3,199 bits: 100 words
        long small = steps("multiply", Map.of("a", "0x1", "b", "0x1"));
        long large = steps("multiply", Map.of("a", "0x" + wide.toString(16), "b", "0x" + wide.toString(16)));

        assertEquals((100 + 100 + 100 * 100) - (1 + 1 + 1), large - small);
    }

    @Test
    void aHugePowerOrShiftRunsOutOfStepsInsteadOfMemory() {
        assertEquals(10, execute("powerBits", Map.of("exponent", hex(100_000_000))).code());
        assertEquals(10, execute("shiftBits", Map.of("by", hex(Integer.MAX_VALUE))).code());
        assertEquals(0, execute("powerBits", Map.of("exponent", hex(64))).code());
    }

    @Test
    void workThroughAMethodReferenceIsMeteredToo() {
        TxOutcome squared = execute("squareByReference", Map.of("rounds", hex(40)));

        assertEquals(10, squared.code(), squared.message());
        assertEquals(0, execute("squareByReference", Map.of("rounds", hex(3))).code());
    }

    @Test
    void stringCopiesCostTheirLength() {
        long small = steps("substringLength", Map.of("text", "ab"));
        long large = steps("substringLength", Map.of("text", "a".repeat(10_001) + "b"));

        assertEquals(10_000, large - small);
    }

    @Test
    void aCollectionsCapacityIsPaidBeforeItIsAllocated() {
        assertEquals(10, execute("presized", Map.of("capacity", hex(500_000_000))).code());
        assertEquals(1_000, steps("presized", Map.of("capacity", hex(1_001))) - steps("presized",
                Map.of("capacity", hex(1))));
    }

    @Test
    void sortingCostsNLogN() {
        long once = steps("sortDescending", Map.of("n", hex(1_024), "times", hex(1)));
        long twice = steps("sortDescending", Map.of("n", hex(1_024), "times", hex(2)));
        long sort = 1_024 * 11 + 1;

        assertTrue(twice - once >= sort && twice - once < sort + 50, "one more sort of 1,024: " + (twice - once));
    }

    @Test
    void anArrayCopyCostsItsLength() {
        long small = steps("copy", Map.of("length", hex(1)));
        long large = steps("copy", Map.of("length", hex(1_001)));

        assertEquals(2 * 1_000 + 1_000, large - small); // two arrays allocated, then 1,000 more copied
    }

    @Test
    void joiningCostsTheTextItMakesNotTheReferencesItHolds() {
        String kilobyte = "x".repeat(1_000);

        assertEquals(10, execute("joinCopies", Map.of("text", kilobyte, "copies", hex(10_000))).code());
        assertEquals(0, execute("joinCopies", Map.of("text", kilobyte, "copies", hex(10))).code());
    }

    @Test
    void replacingEveryCharacterWithALongTextCostsTheTextItCanMake() {
        TxOutcome outcome = execute("replaceEach", Map.of("text", "a".repeat(2_000), "target", "a",
                "replacement", "b".repeat(1_000)));

        assertEquals(10, outcome.code(), outcome.message());
    }

    @Test
    void theSameWorkCostsTheSameStepsInEveryLoader() throws Exception {
        ScoreRunner other = ScoreRunner.ofClasses(new ScoreSettings(LIMIT, ScoreRunner.OWNER, Map.of()), "jdk-work",
                JdkWorkScore.class);
        TxOutcome here = execute("squareByReference", Map.of("rounds", hex(5)));
        TxOutcome there = other.execute(Contracts.ALICE, "squareByReference", Map.of("rounds", hex(5)));

        assertEquals(here.steps(), there.steps());
        assertEquals(here.result(), there.result());
    }

    private static TxOutcome execute(String method, Map<String, Object> params) {
        return runner.execute(Contracts.ALICE, method, params);
    }

    private static long steps(String method, Map<String, Object> params) {
        TxOutcome outcome = execute(method, params);
        assertEquals(0, outcome.code(), outcome.message());
        return outcome.steps();
    }

    private static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }
}
