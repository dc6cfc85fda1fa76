package org.loopchain.cli.chaos;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The faults of every episode, drawn from one seed: the same seed, peers and kinds give the same
 * schedule. An episode has 1 to {@code maxFaults} faults, each starting within the first complaint
 * timeout, so several are often in effect at once; a kill or a pause hits a distinct peer (or the
 * leader of the moment), the broker and the Radio Station are hit once an episode at most; a pause
 * outlasts the complaint timeout (1.2 to 2 times it), a kill or the Radio Station's absence lasts 0.5
 * to 1.5 times it. A byzantine peer or a skewed clock (a restart of a distinct peer each, once an
 * episode at most) lasts 1 to 2 complaint timeouts once the peer is up; a skew is 2 to 8 s either way.
 */
public final class FaultSchedule {
    /** The share of kills and pauses aimed at the leader of the moment rather than a named peer. */
    static final double LEADER_SHARE = 1.0 / 3;
    /** The time a broker restart is given in the schedule (the restart itself takes what it takes). */
    static final long BROKER_RESTART_MILLIS = 1000;
    /** The least and the most a skewed clock is off, either way. */
    static final long MIN_SKEW_MILLIS = 2000;
    static final long MAX_SKEW_MILLIS = 8000;

    private final List<String> peers;
    private final Set<FaultKind> kinds;
    private final long complaintMillis;
    private final int maxFaults;

    /**
     * @param peers           the peers' names (kills and pauses hit these)
     * @param kinds           the kinds to draw from ({@link FaultKind#RS_DOWN} only where there is a Radio Station)
     * @param complaintMillis the network's TIMEOUT_FOR_LEADER_COMPLAIN
     * @param maxFaults       at most this many faults per episode
     */
    public FaultSchedule(List<String> peers, Set<FaultKind> kinds, long complaintMillis, int maxFaults) {
        if (peers.isEmpty() || kinds.isEmpty() || complaintMillis <= 0 || maxFaults < 1) {
            throw new IllegalArgumentException("a schedule needs peers, fault kinds, a complaint timeout and >= 1 fault per episode");
        }
        this.peers = List.copyOf(peers);
        this.kinds = EnumSet.copyOf(kinds);
        this.complaintMillis = complaintMillis;
        this.maxFaults = maxFaults;
    }

    /** Episodes 1..{@code count} of {@code seed}. */
    public List<Episode> episodes(long seed, int count) {
        Random random = new Random(seed);
        List<Episode> episodes = new ArrayList<>();
        for (int e = 1; e <= count; e++) {
            episodes.add(episode(e, random));
        }
        return episodes;
    }

    private Episode episode(int number, Random random) {
        int count = 1 + random.nextInt(maxFaults);
        List<String> free = new ArrayList<>(peers);
        boolean leaderTaken = false;
        List<Fault> faults = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FaultKind kind = draw(random, free.isEmpty(), faults);
            if (kind == null) {
                break;
            }
            long start = (long) (random.nextDouble() * complaintMillis);
            String target = switch (kind) {
                case BROKER_RESTART -> "broker";
                case RS_DOWN -> "rs";
                default -> {
                    if (!leaderTaken && random.nextDouble() < LEADER_SHARE) {
                        leaderTaken = true;
                        yield Fault.LEADER;
                    }
                    yield free.remove(random.nextInt(free.size()));
                }
            };
            long duration = duration(kind, random);
            long offset = kind == FaultKind.SKEW ? skew(random) : 0;
            faults.add(new Fault(kind, target, start, duration, offset));
        }
        faults.sort(Comparator.comparingLong(Fault::startMillis));
        return new Episode(number, faults);
    }

    /** A kind by weight; none of the peer kinds when no peer is left, the broker and the Radio Station once an episode. */
    private FaultKind draw(Random random, boolean noPeerLeft, List<Fault> drawn) {
        List<FaultKind> open = kinds.stream()
                .filter(k -> !(noPeerLeft && k.hitsPeer()))
                .filter(k -> k == FaultKind.KILL || k == FaultKind.PAUSE || drawn.stream().noneMatch(f -> f.kind() == k)).toList();
        int total = open.stream().mapToInt(FaultKind::weight).sum();
        if (total == 0) {
            return null;
        }
        int pick = random.nextInt(total);
        for (FaultKind k : open) {
            pick -= k.weight();
            if (pick < 0) {
                return k;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private long duration(FaultKind kind, Random random) {
        return switch (kind) {
            case PAUSE -> (long) (complaintMillis * (1.2 + 0.8 * random.nextDouble()));
            case KILL, RS_DOWN -> (long) (complaintMillis * (0.5 + random.nextDouble()));
            case BROKER_RESTART -> BROKER_RESTART_MILLIS;
            case BYZANTINE, SKEW -> (long) (complaintMillis * (1 + random.nextDouble()));
        };
    }

    private static long skew(Random random) {
        long size = MIN_SKEW_MILLIS + (long) (random.nextDouble() * (MAX_SKEW_MILLIS - MIN_SKEW_MILLIS));
        return random.nextBoolean() ? size : -size;
    }
}
