package org.loopchain.score.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StepMeteringTest {

    private static final long LIMIT = 100_000;
    private static ScoreCode code;

    @BeforeAll
    static void prepare() throws Exception {
        code = ScoreCode.prepare(ArchiveBuilder.archive("com.example.LoopScore"));
    }

    @Test
    void anEndlessLoopRunsOutOfStepsAtTheLimit() {
        try (StepMeter.Session session = StepMeter.start(LIMIT)) {
            assertThrows(OutOfStepsError.class, () -> call("spin"));

            assertTrue(session.exhausted());
            assertEquals(LIMIT, session.used());
        }
    }

    @Test
    void catchingTheErrorDoesNotHelpBecauseExhaustionIsSticky() {
        try (StepMeter.Session session = StepMeter.start(LIMIT)) {
            assertThrows(OutOfStepsError.class, () -> call("swallow"));

            assertTrue(session.exhausted());
            assertThrows(OutOfStepsError.class, () -> StepMeter.charge(1));
        }
    }

    @Test
    void theSameCallCostsTheSameStepsEveryRunAndInEveryLoader() throws Throwable {
        long first = steps(code, "work", 1_000);
        long second = steps(code, "work", 1_000);
        long elsewhere = steps(ScoreCode.prepare(ArchiveBuilder.archive("com.example.LoopScore")), "work", 1_000);

        assertEquals(first, second);
        assertEquals(first, elsewhere);
        assertTrue(first > 1_000 * 5, "a loop iteration costs its instructions: " + first);
        assertTrue(steps(code, "work", 2_000) > first);
    }

    @Test
    void arraysCostTheirElements() throws Throwable {
        long small = steps(code, "allocate", 10);
        long large = steps(code, "allocate", 10_010);

        assertEquals(2 * 10_000 * StepMeter.ARRAY_ELEMENT, large - small);
    }

    @Test
    void multiDimensionalArraysCostEveryLevel() throws Throwable {
        long small = steps(code, "grid", 0);
        long large = steps(code, "grid", 100);

        assertEquals(100 + 100 * 100, large - small);
    }

    @Test
    void aHugeArrayIsRefusedBeforeItIsAllocated() {
        try (StepMeter.Session session = StepMeter.start(LIMIT)) {
            assertThrows(OutOfStepsError.class, () -> call("grid", 1_000_000));
            assertTrue(session.exhausted());
        }
    }

    @Test
    void meteredCodeOutsideASessionFails() {
        assertThrows(IllegalStateException.class, () -> call("work", 1));
    }

    @Test
    void aNestedSessionRestoresTheOuterOneWhenClosed() {
        try (StepMeter.Session outer = StepMeter.start(10)) {
            try (StepMeter.Session inner = StepMeter.start(5)) {
                StepMeter.charge(5);
                assertEquals(5, inner.used());
            }
            StepMeter.charge(3L);
            assertEquals(3, outer.used());
        }
    }

    private static long steps(ScoreCode score, String method, int n) throws Throwable {
        try (StepMeter.Session session = StepMeter.start(Long.MAX_VALUE)) {
            invoke(score, method, n);
            return session.used();
        }
    }

    private static Object call(String method, Object... args) throws Throwable {
        return invoke(code, method, args);
    }

    static Object invoke(ScoreCode score, String method, Object... args) throws Throwable {
        ExternalMethod external = score.externalMethods().stream().filter(m -> m.name().equals(method))
                .findFirst().orElseThrow();
        try {
            return external.method().invoke(score.newRestoredInstance(), args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
