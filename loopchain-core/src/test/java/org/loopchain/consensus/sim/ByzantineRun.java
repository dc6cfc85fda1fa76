package org.loopchain.consensus.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One seeded run with byzantine validators. Drawn from the seed: 4 to 7 validators (equal or
 * random weights); faulty ones whose weight stays below a third and leaves the correct ones a
 * quorum, each either byzantine ({@link ByzantineBehaviour}, one or more faults) or crashed (and
 * maybe restarted); a faulty spell of up to 15 s with loss, duplication, delay and a partition that
 * opens and heals inside it. Then the network heals (the byzantine validators stay byzantine) and
 * every correct validator that is up must reach three more heights within ten simulated minutes.
 * Safety is checked on every commit by {@link Simulation}.
 */
final class ByzantineRun {

    private static final Duration LIVENESS_LIMIT = Duration.ofMinutes(10);

    private final long seed;
    private final Random random;
    private final Simulation sim;
    private final List<SimNode> byzantine = new ArrayList<>();
    private final List<SimNode> crashed = new ArrayList<>();

    ByzantineRun(long seed) {
        this.seed = seed;
        this.random = new Random(seed * 6_364_136_223_846_793_005L + 1_442_695_040_888_963_407L);
        int n = 4 + random.nextInt(4);
        long[] weights = new long[n];
        boolean weighted = random.nextBoolean();
        for (int i = 0; i < n; i++) {
            weights[i] = weighted ? 1 + random.nextInt(3) : 1;
        }
        this.sim = new Simulation(seed, weights, new String[0], Map.of(), true);
        chooseFaulty(weights);
    }

    /** Picks faulty validators in random order while their weight stays below a third and the rest stay a quorum. */
    private void chooseFaulty(long[] weights) {
        long total = Arrays.stream(weights).sum();
        List<SimNode> order = new ArrayList<>(sim.nodes());
        Collections.shuffle(order, random);
        long faultyWeight = 0;
        List<String> correct = new ArrayList<>(order.stream().map(x -> x.id).toList());
        Collusion collusion = new Collusion();
        for (SimNode node : order) {
            long w = weights[sim.nodes().indexOf(node)];
            List<String> rest = correct.stream().filter(id -> !id.equals(node.id)).toList();
            if ((faultyWeight + w) * 3 >= total || !sim.validatorSet().isQuorum(rest)) {
                continue;
            }
            faultyWeight += w;
            correct = new ArrayList<>(rest);
            if (random.nextInt(5) == 0) {
                crashed.add(node);
            } else {
                node.behaviour = new ByzantineBehaviour(sim, collusion, ByzantineBehaviour.someFaults(random),
                        new Random(random.nextLong()));
                sim.markFaulty(node.id);
                byzantine.add(node);
            }
        }
    }

    /** Null if the run was safe and live, else what went wrong (with the seed). */
    String failure() {
        try {
            return run();
        } catch (AssertionError e) {
            return e.getMessage();
        }
    }

    private String run() {
        sim.startAll();
        crashed.forEach(SimNode::crash);
        Duration spell = Duration.ofMillis(random.nextInt(15_000));
        sim.network().faults(random.nextDouble() * 0.3, random.nextDouble() * 0.3, Duration.ofMillis(1 + random.nextInt(1000)));
        if (random.nextInt(4) > 0) {
            partitionWithin(spell);
        }
        sim.runFor(spell);
        crashed.stream().filter(x -> random.nextBoolean()).forEach(SimNode::start);
        sim.network().heal();
        String[] correct = sim.nodes().stream().filter(x -> !byzantine.contains(x) && x.isUp()).map(x -> x.id)
                .toArray(String[]::new);
        long target = sim.nodes().stream().filter(x -> !byzantine.contains(x)).mapToLong(SimNode::height).max()
                .orElseThrow() + 3;
        if (!sim.runUntilHeight(target, LIVENESS_LIMIT, correct)) {
            return "seed " + seed + ": correct validators stuck below " + target + " with " + describe() + "; heights "
                    + sim.heights();
        }
        return null;
    }

    /** Cuts a random non-empty group off from the rest for part of the spell. */
    private void partitionWithin(Duration spell) {
        List<String> ids = new ArrayList<>(sim.nodes().stream().map(x -> x.id).toList());
        Collections.shuffle(ids, random);
        List<String> side = ids.subList(0, 1 + random.nextInt(ids.size() - 1));
        long from = spell.toMillis() == 0 ? 0 : random.nextInt((int) spell.toMillis() + 1);
        long to = from + random.nextInt((int) (spell.toMillis() - from) + 1);
        sim.events().after(Duration.ofMillis(from), () -> sim.network().partition(side));
        sim.events().after(Duration.ofMillis(to), () -> sim.network().endPartition());
    }

    String describe() {
        return "byzantine " + byzantine.stream().map(x -> x.id + ((ByzantineBehaviour) x.behaviour).faults()).toList()
                + ", crashed " + crashed.stream().map(x -> x.id).toList();
    }

    int byzantineCount() {
        return byzantine.size();
    }
}
