package org.loopchain.consensus.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

/** The two properties every scenario checks, with the run's state in the failure message. */
final class SimAssertions {

    private SimAssertions() {
    }

    static void assertSafe(Simulation sim, String label) {
        assertEquals(List.of(), sim.violations(), label + ": safety violated; heights " + sim.heights());
    }

    static void assertLive(Simulation sim, long height, Duration limit, String label, String... who) {
        boolean reached = sim.runUntilHeight(height, limit, who);
        assertSafe(sim, label);
        assertTrue(reached, label + ": not every validator reached height " + height + " in " + limit
                + "; heights " + sim.heights());
    }
}
