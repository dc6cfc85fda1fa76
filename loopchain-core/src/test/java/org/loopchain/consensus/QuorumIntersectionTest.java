package org.loopchain.consensus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The quorum rule keeps the BFT bound: no two quorums share a third of the total weight or less.
 * A search over random group shapes looks for two such quorums and must find none; the same search
 * must find them under the group-only rule that the channel used before, so it is known to look.
 */
class QuorumIntersectionTest {

    private static final int SHAPES = 400;

    /** The counter-example: 4 groups of 100, ratio 0.67, 36 faulty in each of two groups. */
    @Test
    void twoGroupQuorumsSharingOnlySeventyTwoOfFourHundredAreNotBothQuorums() {
        Shape shape = Shape.uniform(4, 100);
        ValidatorSet set = shape.set(0.67);
        List<String> q1 = new ArrayList<>();
        List<String> q2 = new ArrayList<>();
        for (int i = 0; i < 68; i++) {
            q1.add("g0-" + i);
            q1.add("g1-" + i);
            q1.add("g2-" + i);
            q2.add("g0-" + (99 - i));
            q2.add("g1-" + (99 - i));
            q2.add("g3-" + i);
        }
        assertTrue(shape.groupOnlyRule(0.67).test(q1) && shape.groupOnlyRule(0.67).test(q2),
                "both are quorums under the group-only rule");
        assertFalse(set.isQuorum(q1), "204 of 400 is not more than two thirds of the weight");
        assertFalse(set.isQuorum(q2));
    }

    @Test
    void noGroupShapeHasTwoQuorumsSharingAThirdOfTheWeightOrLess() {
        Random random = new Random(20261204);
        for (int i = 0; i < SHAPES; i++) {
            Shape shape = Shape.random(random);
            double ratio = 2.0 / 3 + random.nextDouble() * 0.25;
            ValidatorSet set = shape.set(ratio);
            Optional<String> found = shape.searchThinIntersection(set::isQuorum, random);
            assertTrue(found.isEmpty(), () -> "ratio " + ratio + ", groups " + shape.groupWeights() + ": " + found.get());
        }
    }

    @Test
    void theSameSearchFindsThinIntersectionsUnderTheGroupOnlyRule() {
        Random random = new Random(20261204);
        int found = 0;
        for (int i = 0; i < SHAPES; i++) {
            Shape shape = Shape.random(random);
            if (shape.groups() > 1 && shape.searchThinIntersection(shape.groupOnlyRule(0.67), random).isPresent()) {
                found++;
            }
        }
        assertTrue(found > 0, "the search never found the group-only rule's unsafe quorums");
        assertTrue(Shape.uniform(4, 100).searchThinIntersection(Shape.uniform(4, 100).groupOnlyRule(0.67),
                new Random(1)).isPresent(), "the issue's shape is found");
    }

    /** Validators with weights, in groups with group weights; group "" means no groups. */
    private record Shape(List<Validator> validators, Map<String, Long> groupWeights) {

        static Shape uniform(int groups, int members) {
            List<Validator> vs = new ArrayList<>();
            Map<String, Long> gw = new LinkedHashMap<>();
            for (int g = 0; g < groups; g++) {
                gw.put("g" + g, 1L);
                for (int m = 0; m < members; m++) {
                    vs.add(new Validator("g" + g + "-" + m, "key", 1, "g" + g));
                }
            }
            return new Shape(vs, gw);
        }

        static Shape random(Random random) {
            int groups = 1 + random.nextInt(5);
            boolean grouped = random.nextInt(5) > 0;
            List<Validator> vs = new ArrayList<>();
            Map<String, Long> gw = new LinkedHashMap<>();
            boolean equalWeights = random.nextBoolean();
            for (int g = 0; g < groups; g++) {
                int members = 1 + random.nextInt(12);
                if (grouped) {
                    gw.put("g" + g, equalWeights ? 1L : 1L + random.nextInt(100));
                }
                for (int m = 0; m < members; m++) {
                    long weight = equalWeights ? 1 : 1 + random.nextInt(100);
                    vs.add(new Validator("g" + g + "-" + m, "key", weight, grouped ? "g" + g : null));
                }
            }
            return new Shape(vs, gw);
        }

        int groups() {
            return groupWeights.size();
        }

        ValidatorSet set(double ratio) {
            return new ValidatorSet(validators, groupWeights, ratio);
        }

        /** The rule as built before: agreeing groups by group weight only. */
        Predicate<Collection<String>> groupOnlyRule(double ratio) {
            return ids -> {
                Map<String, Long> agreeing = new HashMap<>();
                Map<String, Long> members = new HashMap<>();
                for (Validator v : validators) {
                    members.merge(v.group(), v.weight(), Long::sum);
                    if (ids.contains(v.peerId())) {
                        agreeing.merge(v.group(), v.weight(), Long::sum);
                    }
                }
                long groupsAgreeing = agreeing.entrySet().stream()
                        .filter(e -> e.getValue() > ratio * members.get(e.getKey()))
                        .mapToLong(e -> groupWeights.get(e.getKey())).sum();
                return groupsAgreeing > ratio * groupWeights.values().stream().mapToLong(Long::longValue).sum();
            };
        }

        /**
         * Looks for two quorums whose shared weight is at most a third of the total: every pair of
         * subsets when the shape is small, else greedy shrinking (the second quorum gives up the first
         * one's members before its own) from random orders.
         */
        Optional<String> searchThinIntersection(Predicate<Collection<String>> quorum, Random random) {
            long total = validators.stream().mapToLong(Validator::weight).sum();
            List<Set<String>> quorums = validators.size() <= 10 ? allQuorums(quorum) : greedyQuorums(quorum, random);
            List<BitSet> members = quorums.stream().map(this::members).toList();
            for (int a = 0; a < members.size(); a++) {
                for (int b = a; b < members.size(); b++) {
                    BitSet shared = (BitSet) members.get(a).clone();
                    shared.and(members.get(b));
                    long weight = shared.stream().mapToLong(i -> validators.get(i).weight()).sum();
                    if (3 * weight <= total) {
                        return Optional.of("quorums " + quorums.get(a) + " and " + quorums.get(b) + " share " + weight
                                + " of " + total);
                    }
                }
            }
            return Optional.empty();
        }

        private BitSet members(Set<String> ids) {
            BitSet bits = new BitSet(validators.size());
            for (int i = 0; i < validators.size(); i++) {
                bits.set(i, ids.contains(validators.get(i).peerId()));
            }
            return bits;
        }

        private List<Set<String>> allQuorums(Predicate<Collection<String>> quorum) {
            List<Set<String>> quorums = new ArrayList<>();
            for (int mask = 1; mask < 1 << validators.size(); mask++) {
                Set<String> ids = new HashSet<>();
                for (int i = 0; i < validators.size(); i++) {
                    if ((mask & 1 << i) != 0) {
                        ids.add(validators.get(i).peerId());
                    }
                }
                if (quorum.test(ids)) {
                    quorums.add(ids);
                }
            }
            return quorums;
        }

        private List<Set<String>> greedyQuorums(Predicate<Collection<String>> quorum, Random random) {
            List<Set<String>> quorums = new ArrayList<>();
            for (int attempt = 0; attempt < 20; attempt++) {
                Set<String> first = shrink(quorum, List.of(), random);
                if (first.isEmpty()) {
                    return quorums;
                }
                quorums.add(first);
                quorums.add(shrink(quorum, first, random));
            }
            return quorums;
        }

        /** A minimal quorum reached by dropping validators, those in {@code dropFirst} before the others. */
        private Set<String> shrink(Predicate<Collection<String>> quorum, Collection<String> dropFirst, Random random) {
            List<String> order = new ArrayList<>(validators.stream().map(Validator::peerId).toList());
            Collections.shuffle(order, random);
            order.sort((x, y) -> Boolean.compare(!dropFirst.contains(x), !dropFirst.contains(y)));
            Set<String> ids = new HashSet<>(order);
            if (!quorum.test(ids)) {
                return Set.of();
            }
            for (String id : order) {
                ids.remove(id);
                if (!quorum.test(ids)) {
                    ids.add(id);
                }
            }
            return ids;
        }
    }
}
