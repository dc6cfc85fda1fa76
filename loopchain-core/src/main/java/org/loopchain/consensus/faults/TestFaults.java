package org.loopchain.consensus.faults;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.loopchain.consensus.MessageSigner;
import org.loopchain.consensus.Network;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.config.LoopchainConfig;

/**
 * The faults a node injects into itself ({@link ConfigKeys.Test}): which byzantine behaviours its
 * consensus network has, and how far its clock is off. {@link #NONE} unless {@code TEST_FAULTS_ALLOWED}
 * is true: one key alone changes nothing.
 *
 * @param byzantine   empty for an honest node
 * @param clockOffset zero for a true clock
 */
public record TestFaults(Set<ByzantineFault> byzantine, Duration clockOffset) {

    public static final TestFaults NONE = new TestFaults(Set.of(), Duration.ZERO);

    public TestFaults {
        byzantine = byzantine.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(byzantine));
    }

    /** The faults {@code config} asks for, if {@code TEST_FAULTS_ALLOWED} lets it; else {@link #NONE}. */
    public static TestFaults of(LoopchainConfig config) {
        if (!config.get(ConfigKeys.Test.TEST_FAULTS_ALLOWED)) {
            return NONE;
        }
        return new TestFaults(ByzantineFault.parse(config.get(ConfigKeys.Test.TEST_BYZANTINE)),
                Duration.ofMillis(config.get(ConfigKeys.Test.TEST_CLOCK_OFFSET_MS)));
    }

    public boolean any() {
        return !byzantine.isEmpty() || !clockOffset.isZero();
    }

    /** {@code base} moved by the offset ({@link Clock#offset}), or {@code base} itself. */
    public Clock clock(Clock base) {
        return clockOffset.isZero() ? base : Clock.offset(base, clockOffset);
    }

    /**
     * {@code honest} itself, or a {@link ByzantineNetwork} around it with this node's faults.
     *
     * @param seed its choices; the peer's id hashed will do
     */
    public Network network(Network honest, MessageSigner signer, Supplier<List<String>> others, long seed) {
        return byzantine.isEmpty() ? honest : new ByzantineNetwork(honest, signer, byzantine, others, new Random(seed));
    }

    /** The start-up warning of a node with faults in effect; empty for an honest one. */
    public Optional<String> warning() {
        if (!any()) {
            return Optional.empty();
        }
        String lies = byzantine.stream().map(ByzantineFault::label).sorted().collect(Collectors.joining(","));
        return Optional.of("TEST FAULTS ARE ON (TEST_FAULTS_ALLOWED=true): this node "
                + (byzantine.isEmpty() ? "" : "is BYZANTINE (" + lies + ")" + (clockOffset.isZero() ? "" : " and "))
                + (clockOffset.isZero() ? "" : "runs its clock " + clockOffset.toMillis() + " ms off")
                + ". Never on a real network: remove TEST_FAULTS_ALLOWED, TEST_BYZANTINE and TEST_CLOCK_OFFSET_MS.");
    }
}
