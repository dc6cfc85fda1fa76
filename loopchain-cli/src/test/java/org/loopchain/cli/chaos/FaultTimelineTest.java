package org.loopchain.cli.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.loopchain.cli.CliException;

class FaultTimelineTest {

    /** Records the restarts; a restart with test keys fails as the launcher's does when another peer is down meanwhile. */
    private static final class FailingTestModeStart implements NetworkControl {
        final List<String> calls = new CopyOnWriteArrayList<>();
        boolean honestRestartFails;

        @Override
        public boolean kill(String node) {
            calls.add("kill " + node);
            return true;
        }

        @Override
        public boolean pause(String node) {
            return true;
        }

        @Override
        public void resume(String node) {
        }

        @Override
        public void restartBroker() {
        }

        @Override
        public void startStopped() {
            calls.add("up");
        }

        @Override
        public void restartWith(String node, Map<String, Object> testKeys) {
            calls.add("restart " + node + (testKeys.isEmpty() ? " honest" : " " + testKeys.keySet()));
            if (!testKeys.isEmpty() || honestRestartFails) {
                throw new CliException("./loopchain up exited with 1");
            }
        }
    }

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private ChaosRun.FaultTimeline timeline(NetworkControl control, Fault fault) {
        return new ChaosRun.FaultTimeline(new Episode(3, List.of(fault)), control, new RestChain(Map.of()),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    /** Found by chaos seed 20261210, episode 3: peer3's skewed start failed and it ran skewed through the next episodes. */
    @Test
    void aPeerWhoseRestartIntoATestModeFailsIsStillRestartedHonest() throws InterruptedException {
        FailingTestModeStart control = new FailingTestModeStart();
        ChaosRun.FaultTimeline t = timeline(control, new Fault(FaultKind.SKEW, "peer3", 0, 10, -3200));

        t.play();

        assertEquals(List.of("restart peer3 [TEST_CLOCK_OFFSET_MS, TEST_FAULTS_ALLOWED]", "restart peer3 honest"), control.calls);
        String out = printed.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("fault failed: ./loopchain up exited with 1"), out);
        assertTrue(out.contains("peer3 restarted honest"), out);
    }

    @Test
    void whenTheHonestRestartFailsTooTheEpisodeHealsWithUp() throws InterruptedException {
        FailingTestModeStart control = new FailingTestModeStart();
        control.honestRestartFails = true;
        ChaosRun.FaultTimeline t = timeline(control, new Fault(FaultKind.BYZANTINE, "peer2", 0, 10));

        t.play();

        assertTrue(t.needsRestart());
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("peer2 restarted honest, but: ./loopchain up exited with 1"));
    }
}
