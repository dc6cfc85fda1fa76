package org.loopchain.score.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.IdentityScore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.loopchain.score.engine.testing.ScoreRunner;

class IdentityGuardTest {

    private static final String PLAIN = "com.example.IdentityScore$Plain";
    private static final String NO_TEXT = " has no toString() of its own: its text shows an identity hash code that"
            + " differs between JVMs";
    private static final String NO_HASH = " has no hashCode() of its own: its identity hash code differs between JVMs";

    private static ScoreRunner runner;

    @BeforeAll
    static void install() throws Exception {
        runner = ScoreRunner.ofClasses("identity", IdentityScore.class, IdentityScore.Plain.class,
                IdentityScore.Shade.class);
        runner.execute(Contracts.ALICE, "lambdaText", Map.of()); // installs
    }

    @Test
    void concatenatingAnObjectWithoutToStringFailsTheCallWithOne() {
        assertEquals(new QueryOutcome(1, PLAIN + NO_TEXT, null), query("text", 0));
    }

    @Test
    void concatenatingAnEnumOrAStringShowsTheirValue() {
        assertEquals("held: DARK", query("text", 1).result());
        assertEquals("held: text", query("text", 3).result());
    }

    @Test
    void anArrayShownAsAnObjectFails() {
        assertEquals(new QueryOutcome(1, "an array" + NO_TEXT, null), query("text", 2));
    }

    @Test
    void aListHashCodeOverAnIdentityHashFails() {
        assertEquals(new QueryOutcome(1, PLAIN + NO_HASH, null), query("hashOfList", 0));
        assertEquals(new QueryOutcome(1, "com.example.IdentityScore$Shade" + NO_HASH, null), query("hashOfList", 1));
    }

    @Test
    void aListHashCodeOverValuesIsTheJdkOne() {
        assertEquals("0x" + Integer.toHexString(List.of("a", "text").hashCode()),
                query("hashOfList", 3).result());
    }

    @Test
    void objectsHashOverAnIdentityHashFails() {
        assertEquals(new QueryOutcome(1, PLAIN + NO_HASH, null), query("objectsHash", 0));
        assertEquals(0, query("objectsHash", 3).code());
    }

    @Test
    void aLambdaShownAsTextFailsWithoutItsGeneratedName() {
        assertEquals(new QueryOutcome(1, "a lambda" + NO_TEXT, null), runner.query("lambdaText", Map.of()));
    }

    @Test
    void aListShowsItsElementsOnlyIfTheyHaveText() {
        assertEquals("[a, LIGHT]".replace("LIGHT", "DARK"), query("listText", 1).result());
        assertEquals(new QueryOutcome(1, PLAIN + NO_TEXT, null), query("listText", 0));
    }

    @Test
    void aLambdasClassNameFailsBecauseTheJvmNumbersIt() {
        assertEquals(new QueryOutcome(1, "a lambda's class has no name of its own: the JVM numbers it differently"
                + " on each peer", null), runner.query("lambdaClassName", Map.of()));
        assertEquals(PLAIN, runner.query("className", Map.of()).result());
    }

    @Test
    void aFailedCastReportsItsClassOnlyNotTheJvmsWordingWithLoaderHashes() {
        assertEquals(new QueryOutcome(32, "java.lang.ClassCastException", null),
                runner.query("castWrongly", Map.of()));
    }

    @Test
    void aCaughtFailedCastHasNoMessageForTheContractToRead() {
        assertEquals(new QueryOutcome(0, "", "caught null"), runner.query("castMessage", Map.of()));
    }

    @Test
    void aValueNestedTooDeepForTheJdksRecursionIsNotHashed() {
        assertEquals(0, runner.query("nestedHash", Map.of("depth", "0x100")).code());
        assertEquals(new QueryOutcome(1, "a value nested more than 256 levels deep cannot be hashed", null),
                runner.query("nestedHash", Map.of("depth", "0x186a0")));
    }

    private static QueryOutcome query(String method, int kind) {
        return runner.query(method, Map.of("kind", "0x" + kind));
    }
}
