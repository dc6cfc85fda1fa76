package org.loopchain.cli.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultScheduleTest {
    private static final List<String> PEERS = List.of("peer0", "peer1", "peer2", "peer3");
    private static final long COMPLAINT = 10_000;

    private static FaultSchedule schedule(Set<FaultKind> kinds, int maxFaults) {
        return new FaultSchedule(PEERS, kinds, COMPLAINT, maxFaults);
    }

    @Test
    void theSameSeedGivesTheSameSchedule() {
        FaultSchedule s = schedule(EnumSet.allOf(FaultKind.class), 3);
        assertEquals(s.episodes(42, 50), s.episodes(42, 50));
        assertEquals(s.episodes(42, 50), schedule(EnumSet.allOf(FaultKind.class), 3).episodes(42, 50));
    }

    @Test
    void anotherSeedGivesAnotherSchedule() {
        FaultSchedule s = schedule(EnumSet.allOf(FaultKind.class), 3);
        assertNotEquals(s.episodes(42, 20), s.episodes(43, 20));
    }

    @Test
    void episodesOverlapFaultsAndDrawEveryKindAndTheLeader() {
        List<Episode> episodes = schedule(EnumSet.allOf(FaultKind.class), 3).episodes(1, 100);
        assertTrue(episodes.stream().filter(Episode::overlapping).count() >= 20, "many episodes have faults in effect at once");
        Set<FaultKind> drawn = EnumSet.noneOf(FaultKind.class);
        episodes.forEach(e -> e.faults().forEach(f -> drawn.add(f.kind())));
        assertEquals(EnumSet.allOf(FaultKind.class), drawn);
        assertTrue(episodes.stream().flatMap(e -> e.faults().stream()).anyMatch(f -> Fault.LEADER.equals(f.target())));
        assertTrue(episodes.stream().allMatch(e -> e.faults().size() >= 1 && e.faults().size() <= 3));
    }

    @Test
    void aPauseOutlastsTheComplaintTimeoutAndEveryFaultStartsWithinIt() {
        for (Episode e : schedule(EnumSet.allOf(FaultKind.class), 3).episodes(5, 200)) {
            for (Fault f : e.faults()) {
                assertTrue(f.startMillis() >= 0 && f.startMillis() < COMPLAINT, f.toString());
                if (f.kind() == FaultKind.PAUSE) {
                    assertTrue(f.durationMillis() > COMPLAINT && f.durationMillis() <= 2 * COMPLAINT, f.toString());
                }
            }
        }
    }

    @Test
    void killsAndPausesOfOneEpisodeHitDistinctPeers() {
        for (Episode e : schedule(EnumSet.of(FaultKind.KILL, FaultKind.PAUSE), 4).episodes(9, 200)) {
            Set<String> targets = new HashSet<>();
            e.faults().forEach(f -> assertTrue(targets.add(f.target()), "twice " + f.target() + " in " + e.faults()));
            assertTrue(targets.stream().allMatch(t -> PEERS.contains(t) || Fault.LEADER.equals(t)), targets.toString());
        }
    }

    @Test
    void aByzantinePeerAndASkewedClockHitDistinctPeersOnceAnEpisodeForOneToTwoComplaintTimeouts() {
        Set<FaultKind> drawn = EnumSet.noneOf(FaultKind.class);
        for (Episode e : schedule(EnumSet.of(FaultKind.BYZANTINE, FaultKind.SKEW, FaultKind.KILL), 4).episodes(13, 200)) {
            Set<String> targets = new HashSet<>();
            for (Fault f : e.faults()) {
                drawn.add(f.kind());
                assertTrue(targets.add(f.target()), "twice " + f.target() + " in " + e.faults());
                if (f.kind() == FaultKind.SKEW) {
                    long size = Math.abs(f.offsetMillis());
                    assertTrue(size >= FaultSchedule.MIN_SKEW_MILLIS && size <= FaultSchedule.MAX_SKEW_MILLIS, f.toString());
                } else {
                    assertEquals(0, f.offsetMillis(), f.toString());
                }
                if (f.kind() == FaultKind.BYZANTINE || f.kind() == FaultKind.SKEW) {
                    assertTrue(f.durationMillis() >= COMPLAINT && f.durationMillis() <= 2 * COMPLAINT, f.toString());
                }
            }
            assertTrue(e.faults().stream().filter(f -> f.kind() == FaultKind.BYZANTINE).count() <= 1, "one liar at most: " + e);
            assertTrue(e.faults().stream().filter(f -> f.kind() == FaultKind.SKEW).count() <= 1, e.toString());
        }
        assertEquals(EnumSet.of(FaultKind.BYZANTINE, FaultKind.SKEW, FaultKind.KILL), drawn);
        List<Episode> skews = schedule(EnumSet.of(FaultKind.SKEW), 1).episodes(3, 40);
        assertTrue(skews.stream().anyMatch(e -> e.faults().get(0).offsetMillis() > 0)
                && skews.stream().anyMatch(e -> e.faults().get(0).offsetMillis() < 0), "skews go both ways");
    }

    @Test
    void theFaultKindsAreNamedAsOnTheCommandLine() {
        assertEquals(EnumSet.of(FaultKind.BYZANTINE, FaultKind.SKEW, FaultKind.PAUSE), ChaosCommand.kinds("byzantine,skew,pause", false));
        assertThrows(IllegalArgumentException.class, () -> FaultKind.named("liar"));
    }

    @Test
    void theBrokerAndTheRadioStationAreHitOnceAnEpisodeAtMost() {
        for (Episode e : schedule(EnumSet.of(FaultKind.BROKER_RESTART, FaultKind.RS_DOWN), 4).episodes(11, 100)) {
            assertTrue(e.faults().stream().filter(f -> f.kind() == FaultKind.BROKER_RESTART).count() <= 1, e.toString());
            assertTrue(e.faults().stream().filter(f -> f.kind() == FaultKind.RS_DOWN).count() <= 1, e.toString());
        }
    }

    @Test
    void onlyTheKindsAskedForAreDrawn() {
        for (Episode e : schedule(EnumSet.of(FaultKind.BROKER_RESTART), 3).episodes(3, 30)) {
            assertTrue(e.faults().stream().allMatch(f -> f.kind() == FaultKind.BROKER_RESTART && "broker".equals(f.target())));
        }
    }

    @Test
    void faultsOverlapWhenTheirWindowsShareAnInstant() {
        Fault a = new Fault(FaultKind.PAUSE, "peer0", 0, 12_000);
        Fault b = new Fault(FaultKind.KILL, "peer1", 11_000, 5_000);
        Fault c = new Fault(FaultKind.KILL, "peer2", 12_000, 5_000);
        assertTrue(a.overlaps(b));
        assertTrue(new Episode(1, List.of(a, b)).overlapping());
        assertTrue(!a.overlaps(c) && !new Episode(1, List.of(a, c)).overlapping());
        assertEquals(17_000, new Episode(1, List.of(a, c)).lengthMillis());
    }

    @Test
    void aScheduleNeedsPeersKindsAndATimeout() {
        assertThrows(IllegalArgumentException.class, () -> new FaultSchedule(List.of(), EnumSet.allOf(FaultKind.class), COMPLAINT, 3));
        assertThrows(IllegalArgumentException.class, () -> new FaultSchedule(PEERS, EnumSet.noneOf(FaultKind.class), COMPLAINT, 3));
        assertThrows(IllegalArgumentException.class, () -> new FaultSchedule(PEERS, EnumSet.allOf(FaultKind.class), 0, 3));
    }
}
