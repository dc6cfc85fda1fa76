package org.loopchain.consensus.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopchain.consensus.LftConfig;

/**
 * Chaos episode 5 of RELIABILITY.md's tenth run, in simulated time with the production timing: the
 * broker restarts and, while it is down, the height's leader and the next round's leader are paused
 * (SIGSTOP). The other two complain about round 0 while the broker is down (lost); the paused two
 * complain the moment they resume, before their connections are back (lost too). Then the running
 * two re-send at their next timeout and move to round 1 with the complaint of one resumed validator,
 * but the resumed ones never received the running ones' complaints: on the real network they waited
 * out round 0's patience again, 20 s, and the height took three rounds. A validator that complains
 * about a round another has left is now sent the complaints that ended it, so the height commits in
 * round 1, about one patience after the broker came back.
 */
class BrokerOutageScenarioTest {

    private static final Duration LIMIT = Duration.ofMinutes(5);

    @Test
    void validatorsThatMissedTheComplaintsOfARoundCatchUpWhenTheyComplainAboutIt() {
        Simulation sim = Simulation.equalWeights(5, 4, true);
        sim.useConfig(LftConfig.builder(Simulation.CHANNEL).build());
        sim.allowEmptyBlocks(false);
        sim.startAll();
        SteadyLoad.start(sim);
        SimAssertions.assertLive(sim, 10, LIMIT, "warm-up: hx0 leads heights 1-10");
        long stuck = sim.node(0).height();
        Instant outage = sim.events().clock().instant();
        sim.network().faults(1.0, 0, Duration.ofMillis(10));
        sim.runFor(Duration.ofMillis(6400));
        sim.node(1).pause();
        sim.runFor(Duration.ofMillis(1300));
        sim.node(2).pause();
        sim.runFor(Duration.ofMillis(3600));
        sim.network().partition(List.of("hx1", "hx2"));
        sim.network().faults(0, 0, Duration.ofMillis(10));
        sim.runFor(Duration.ofMillis(9100));
        sim.node(2).resume();
        sim.runFor(Duration.ofMillis(1600));
        sim.node(1).resume();
        sim.runFor(Duration.ofMillis(600));
        sim.network().endPartition();
        Instant reconnected = sim.events().clock().instant();
        SimAssertions.assertLive(sim, stuck + 1, LIMIT, "the height after the outage", "hx0", "hx1", "hx2", "hx3");
        Duration took = Duration.between(reconnected, sim.committedAt("hx1", stuck + 1));
        assertTrue(took.compareTo(Duration.ofSeconds(12)) <= 0, "height " + (stuck + 1) + " took " + took + " after every"
                + " validator was back (" + Duration.between(outage, reconnected) + " after the broker went down); heights "
                + sim.heights());
    }
}
