package org.loopchain.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loopchain.consensus.Validator;

class HeadProbeTest {

    private static final List<Validator> OTHERS = List.of(new Validator("p2", "k2", 1, null), new Validator("p3", "k3", 1, null));

    @Test
    void aHeadThatMovesAsksNobodyForBlocks() {
        HeadProbe probe = new HeadProbe(10);
        for (long height = 1; height <= 5; height++) {
            assertEquals(Optional.empty(), probe.syncTarget(height, OTHERS));
        }
    }

    @Test
    void aHeadThatStandsForTwoProbesAsksTheOtherValidatorsInTurn() {
        HeadProbe probe = new HeadProbe(10);
        assertEquals(Optional.empty(), probe.syncTarget(7, OTHERS));
        assertEquals(Optional.empty(), probe.syncTarget(7, OTHERS));
        assertEquals(Optional.of("p2"), probe.syncTarget(7, OTHERS));
        assertEquals(Optional.of("p3"), probe.syncTarget(7, OTHERS));
        assertEquals(Optional.empty(), probe.syncTarget(8, OTHERS));
    }
}
