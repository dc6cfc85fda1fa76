package org.loopchain.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidatorSetTest {

    private static Validator v(String id, long weight, String group) {
        return new Validator(id, "key-" + id, weight, group);
    }

    @Test
    void aQuorumNeedsMoreThanTheRatioOfTheWeight() {
        ValidatorSet set = new ValidatorSet(List.of(v("a", 1, null), v("b", 1, null), v("c", 1, null), v("d", 1, null)), Map.of(), 0.67);
        assertTrue(set.isQuorum(List.of("a", "b", "c")));
        assertFalse(set.isQuorum(List.of("a", "b")));
        assertFalse(set.isQuorum(List.of("a", "b", "b", "stranger")), "duplicates and strangers do not count");
    }

    @Test
    void aHeavyValidatorCountsByWeight() {
        ValidatorSet set = new ValidatorSet(List.of(v("a", 4, null), v("b", 2, null), v("c", 2, null), v("d", 2, null)), Map.of(), 0.67);
        assertFalse(set.isQuorum(List.of("b", "c", "d")));
        assertTrue(set.isQuorum(List.of("a", "b", "c")));
    }

    @Test
    void withGroupsEachGroupMustAgreeInsideBeforeItsGroupWeightCounts() {
        ValidatorSet set = new ValidatorSet(List.of(v("a1", 1, "a"), v("a2", 1, "a"), v("b1", 1, "b"), v("b2", 1, "b"),
                v("c1", 1, "c")), Map.of("a", 2L, "b", 2L, "c", 1L), 0.67);
        assertTrue(set.isQuorum(List.of("a1", "a2", "b1", "b2")));
        assertFalse(set.isQuorum(List.of("a1", "a2", "b1", "c1")), "b agrees with half its members only");
    }

    @Test
    void aRatioBelowTwoThirdsIsRefusedUnlessExplicitlyAllowed() {
        List<Validator> one = List.of(v("a", 1, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ValidatorSet(one, Map.of(), 0.5));
        assertTrue(e.getMessage().contains("VOTING_RATIO"));
        assertEquals(0.5, new ValidatorSet(one, Map.of(), 0.5, true, SignatureVerifier.ECDSA).votingRatio());
    }

    @Test
    void auditPeersNeverCountTowardsAQuorumAndCannotAlsoValidate() {
        ValidatorSet set = new ValidatorSet(List.of(v("a", 1, null), v("b", 1, null), v("c", 1, null), v("d", 1, null)), Map.of(), 0.67)
                .withAuditors(List.of(v("x", 1, null)));
        assertTrue(set.audits("x"));
        assertFalse(set.contains("x"), "an audit peer is not a validator");
        assertFalse(set.isQuorum(List.of("a", "b", "x")), "its vote weighs nothing");
        assertEquals(4, set.size());
        assertThrows(IllegalArgumentException.class, () -> set.withAuditors(List.of(v("a", 1, null))));
    }

    @Test
    void aValidatorInAGroupWithoutWeightIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new ValidatorSet(List.of(v("a", 1, "x")), Map.of("y", 1L), 0.67));
    }

    @Test
    void leadershipRotatesEveryMaxMadeBlockCountAndStaysMovedByComplaints() {
        LeaderSchedule s = new LeaderSchedule(List.of(v("a", 1, null), v("b", 1, null), v("c", 1, null)), 10);
        assertEquals("a", s.leader(1, 0, 0).peerId());
        assertEquals("a", s.leader(10, 0, 0).peerId());
        assertEquals("b", s.leader(11, 0, 0).peerId());
        assertEquals("b", s.leader(1, 0, 1).peerId(), "round 1 goes to the next validator");
        assertEquals("b", s.leader(2, 1, 0).peerId(), "a block committed in round 1 keeps leadership moved");
        assertEquals("a", s.leader(31, 0, 0).peerId());
    }
}
