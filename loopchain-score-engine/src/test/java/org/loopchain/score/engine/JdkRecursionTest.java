package org.loopchain.score.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.JdkRecursionScore;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.loopchain.score.engine.testing.ScoreRunner;

/**
 * Recursion inside JDK code (equality of nested lists, hashing a nested key, chains of composed
 * comparators and functions, wrappers around wrappers) is counted in the call depth like contract
 * frames, so the outcome of a call does not depend on the thread stack of the JVM that runs it:
 * every method runs on a thread with the smallest default stack (1 MiB) and on one with 1 GiB,
 * and both must agree, steps included.
 */
class JdkRecursionTest {

    private static final long SMALL_STACK = 1L << 20;
    private static final long LARGE_STACK = 1L << 30;
    private static final String TOO_DEEP = "call depth exceeded";

    @Test
    void shallowJdkRecursionRunsAsTheJdkDoes() throws Exception {
        assertEquals(new QueryOutcome(0, "", "0x1"), onBothStacks("nestedEquals", Map.of("depth", "0xa")));
        assertEquals(new QueryOutcome(0, "", "0x1"), onBothStacks("nestedKey", Map.of("depth", "0xa")));
        assertEquals(new QueryOutcome(0, "", "0x1"), onBothStacks("nestedContains", Map.of("depth", "0xa")));
        assertEquals(new QueryOutcome(0, "", "0x0"), onBothStacks("comparatorChain", Map.of("length", "0xa")));
        assertEquals(new QueryOutcome(0, "", "0xa"), onBothStacks("functionChain", Map.of("length", "0xa")));
        assertEquals(new QueryOutcome(0, "", "0x1"), onBothStacks("interleaved", Map.of("levels", "0x3", "inner", "0x3")));
    }

    @Test
    void deepNestedValuesFailWithThirteenWhateverTheStack() throws Exception {
        Map<String, Object> deep = Map.of("depth", "0x186a0"); // 100,000 levels
        assertEquals(13, onBothStacks("nestedEquals", deep).code());
        assertEquals(13, onBothStacks("nestedKey", deep).code());
        assertEquals(13, onBothStacks("nestedContains", deep).code());
    }

    @Test
    void longComposedChainsFailWithThirteenWhateverTheStack() throws Exception {
        Map<String, Object> length = Map.of("length", "0x186a0");
        assertEquals(new QueryOutcome(13, TOO_DEEP, null), onBothStacks("comparatorChain", length));
        assertEquals(new QueryOutcome(13, TOO_DEEP, null), onBothStacks("functionChain", length));
    }

    @Test
    void contractAndJdkFramesInTurnShareOneBudget() throws Exception {
        // 200 contract levels of 200 list levels each: 40,000 JDK frames with only 200 contract ones
        assertEquals(new QueryOutcome(13, TOO_DEEP, null),
                onBothStacks("interleaved", Map.of("levels", "0xc8", "inner", "0xc8")));
    }

    @Test
    void aWrapperAroundAWrapperFailsWithOne() throws Exception {
        QueryOutcome outcome = onBothStacks("wrapperChain", Map.of("length", "0x186a0"));
        assertEquals(1, outcome.code());
        assertEquals(new QueryOutcome(0, "", "0x0"), onBothStacks("wrapperChain", Map.of("length", "0x1")));
    }

    @Test
    void aJdkCallThatThrowsGivesItsDepthBack() throws Exception {
        assertEquals(new QueryOutcome(0, "", "0x1"),
                onBothStacks("caughtThenNested", Map.of("times", "0x2710", "depth", "0x64")));
    }

    @Test
    void aMethodReferenceIsCountedLikeTheCall() throws Exception {
        assertEquals(new QueryOutcome(0, "", "0x1"), onBothStacks("referenceContains", Map.of("depth", "0xa")));
        assertEquals(13, onBothStacks("referenceContains", Map.of("depth", "0x186a0")).code());
    }

    @Test
    void aComposedFunctionHasNoHashCode() throws Exception {
        assertEquals(1, onBothStacks("composedHash", Map.of()).code());
    }

    /** Runs the query on a small and a large stack, asserts both outcomes are the same, returns it. */
    private static QueryOutcome onBothStacks(String method, Map<String, Object> params) throws Exception {
        QueryOutcome small = onStack(SMALL_STACK, method, params);
        QueryOutcome large = onStack(LARGE_STACK, method, params);
        assertEquals(large, small, method + " differs between a 1 MiB and a 1 GiB stack");
        return small;
    }

    private static QueryOutcome onStack(long stack, String method, Map<String, Object> params) throws Exception {
        ScoreRunner runner = ScoreRunner.ofClasses("recursion", JdkRecursionScore.class, JdkRecursionScore.Node.class);
        AtomicReference<Object> result = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                runner.execute(Contracts.ALICE, "functionChain", Map.of("length", "0x0")); // installs
                result.set(runner.query(method, params));
            } catch (Throwable t) {
                result.set(t);
            }
        }, "score-" + stack, stack);
        thread.start();
        thread.join();
        if (result.get() instanceof Throwable thrown) {
            throw new AssertionError(method + " threw on a " + stack + "-byte stack", thrown);
        }
        return (QueryOutcome) result.get();
    }
}
