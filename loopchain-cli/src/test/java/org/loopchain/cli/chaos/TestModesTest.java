package org.loopchain.cli.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestModesTest {

    @Test
    void aByzantineFaultTurnsOnEveryLieAndASkewItsOffsetBothWithTheGuardKey() {
        assertEquals(Map.of("TEST_BYZANTINE", "equivocate,forge,replay,flood", "TEST_FAULTS_ALLOWED", true),
                TestModes.of(new Fault(FaultKind.BYZANTINE, "peer1", 0, 1000)));
        assertEquals(Map.of("TEST_CLOCK_OFFSET_MS", -4200L, "TEST_FAULTS_ALLOWED", true),
                TestModes.of(new Fault(FaultKind.SKEW, "peer1", 0, 1000, -4200)));
        assertEquals(Map.of(), TestModes.of(new Fault(FaultKind.KILL, "peer1", 0, 1000)));
    }

    @Test
    void theTestKeysReplaceEarlierOnesAndLeaveTheRestOfTheConfigAsItWas() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("PORT_PEER", 7100L);
        config.put("TEST_FAULTS_ALLOWED", true);
        config.put("TEST_BYZANTINE", "flood");
        config.put("BROKER_PORT", 61616L);
        assertEquals(List.of("PORT_PEER", "BROKER_PORT", "TEST_CLOCK_OFFSET_MS", "TEST_FAULTS_ALLOWED"),
                List.copyOf(TestModes.applied(config, TestModes.of(new Fault(FaultKind.SKEW, "p", 0, 1, 3000))).keySet()));
        assertEquals(Map.of("PORT_PEER", 7100L, "BROKER_PORT", 61616L), TestModes.applied(config, Map.of()));
    }
}
