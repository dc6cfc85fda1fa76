package org.loopchain.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loopchain.consensus.Validator;
import org.loopchain.consensus.ValidatorSet;
import org.loopchain.core.crypto.PeerKey;

class GenesisRecordTest {

    private static final String A = PeerKey.generate(new SecureRandom(new byte[] {1})).publicKeyBase64();
    private static final String B = PeerKey.generate(new SecureRandom(new byte[] {2})).publicKeyBase64();

    private static ValidatorSet set(List<Validator> validators, Map<String, Long> groups) {
        return new ValidatorSet(validators, groups, 0.67);
    }

    private static final ValidatorSet GENESIS = set(List.of(new Validator("a", A, 1, "g1"), new Validator("b", B, 2, "g2")),
            Map.of("g1", 1L, "g2", 1L));

    @Test
    void theSameSetMatchesWhateverItsAuditPeersOrVotingRatio() {
        byte[] stored = GenesisRecord.toBytes(GENESIS);
        assertEquals(Optional.empty(), GenesisRecord.difference(GENESIS, stored));
        ValidatorSet audited = GENESIS.withAuditors(List.of(Validator.of("audit", A)));
        assertEquals(Optional.empty(), GenesisRecord.difference(audited, stored));
        assertEquals(Optional.empty(), GenesisRecord.difference(set(GENESIS.validators(), GENESIS.groupWeights()), stored));
    }

    @Test
    void noStoredRecordHasNothingToCompare() {
        assertEquals(Optional.empty(), GenesisRecord.difference(GENESIS, null));
    }

    @Test
    void anotherMemberKeyWeightGroupOrGroupWeightDiffers() {
        byte[] stored = GenesisRecord.toBytes(GENESIS);
        for (ValidatorSet other : List.of(
                set(List.of(new Validator("a", A, 1, "g1")), Map.of("g1", 1L, "g2", 1L)),
                set(List.of(new Validator("a", A, 1, "g1"), new Validator("b", A, 2, "g2")), Map.of("g1", 1L, "g2", 1L)),
                set(List.of(new Validator("a", A, 1, "g1"), new Validator("b", B, 3, "g2")), Map.of("g1", 1L, "g2", 1L)),
                set(List.of(new Validator("a", A, 1, "g1"), new Validator("b", B, 2, "g1")), Map.of("g1", 1L, "g2", 1L)),
                set(GENESIS.validators(), Map.of("g1", 1L, "g2", 2L)))) {
            Optional<String> why = GenesisRecord.difference(other, stored);
            assertTrue(why.isPresent(), other.validators().toString());
        }
        String why = GenesisRecord.difference(set(List.of(new Validator("a", A, 1, "g1"), new Validator("b", B, 3, "g2")),
                Map.of("g1", 1L, "g2", 1L)), stored).orElseThrow();
        assertTrue(why.contains("the same peers [a, b] with other keys, weights or groups"), why);
    }

    @Test
    void anUnreadableRecordIsADifferenceNotACrash() {
        String why = GenesisRecord.difference(GENESIS, "not json".getBytes()).orElseThrow();
        assertTrue(why.contains("[a, b], not []"), why);
    }
}
