package org.loopchain.consensus.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.loopchain.consensus.SignedMessage;

/**
 * Delivers messages between simulated validators. With faults on, each delivery may be lost,
 * duplicated, and delayed by up to {@code maxDelay} (which reorders); without, it arrives after
 * 1 to 10 ms. A partition drops every message between its side and the rest, including those in
 * flight, until {@link #heal()}. Every delivered message is recorded, so a test can replay old traffic.
 */
final class SimNetwork {

    private final Simulation sim;
    private final Random random;
    private final List<SignedMessage> recorded = new ArrayList<>();
    private double lossRate;
    private double duplicateRate;
    private long maxDelayMillis = 10;
    private Set<String> partitioned = Set.of();

    SimNetwork(Simulation sim, Random random) {
        this.sim = sim;
        this.random = random;
    }

    void faults(double loss, double duplicate, Duration maxDelay) {
        this.lossRate = loss;
        this.duplicateRate = duplicate;
        this.maxDelayMillis = Math.max(1, maxDelay.toMillis());
    }

    /** Cuts {@code side} off from the other validators (the sides still talk among themselves). */
    void partition(Collection<String> side) {
        partitioned = Set.copyOf(side);
    }

    /** Ends the partition; loss, duplication and delay stay as they are. */
    void endPartition() {
        partitioned = Set.of();
    }

    /** Ends the faults and any partition. */
    void heal() {
        faults(0, 0, Duration.ofMillis(10));
        partitioned = Set.of();
    }

    private boolean cut(String from, String to) {
        return partitioned.contains(from) != partitioned.contains(to);
    }

    void send(String from, String to, SignedMessage message) {
        if (cut(from, to) || random.nextDouble() < lossRate) {
            return;
        }
        int copies = random.nextDouble() < duplicateRate ? 2 : 1;
        for (int i = 0; i < copies; i++) {
            long delay = 1 + (long) (random.nextDouble() * maxDelayMillis);
            sim.events().after(Duration.ofMillis(delay), () -> {
                if (cut(from, to)) {
                    return;
                }
                if (recorded.size() < 20_000) {
                    recorded.add(message);
                }
                sim.deliver(to, message);
            });
        }
    }

    List<SignedMessage> recorded() {
        return List.copyOf(recorded);
    }
}
