package org.loopchain.consensus.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.loopchain.consensus.SignedMessage;

/**
 * Delivers messages between simulated validators. With faults on, each delivery may be lost,
 * duplicated, and delayed by up to {@code maxDelay} (which reorders); without, it arrives after
 * 1 to 10 ms. Every delivered message is recorded, so a test can replay old traffic.
 */
final class SimNetwork {

    private final Simulation sim;
    private final Random random;
    private final List<SignedMessage> recorded = new ArrayList<>();
    private double lossRate;
    private double duplicateRate;
    private long maxDelayMillis = 10;

    SimNetwork(Simulation sim, Random random) {
        this.sim = sim;
        this.random = random;
    }

    void faults(double loss, double duplicate, Duration maxDelay) {
        this.lossRate = loss;
        this.duplicateRate = duplicate;
        this.maxDelayMillis = Math.max(1, maxDelay.toMillis());
    }

    void heal() {
        faults(0, 0, Duration.ofMillis(10));
    }

    void send(String from, String to, SignedMessage message) {
        if (random.nextDouble() < lossRate) {
            return;
        }
        int copies = random.nextDouble() < duplicateRate ? 2 : 1;
        for (int i = 0; i < copies; i++) {
            long delay = 1 + (long) (random.nextDouble() * maxDelayMillis);
            sim.events().after(Duration.ofMillis(delay), () -> {
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
