package org.loopchain.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.loopchain.consensus.MessageType;
import org.loopchain.consensus.SignatureVerifier;
import org.loopchain.consensus.Validator;
import org.loopchain.consensus.ValidatorSet;
import org.loopchain.validators.AdminSignatures;

class ChannelValidatorsTest {

    @Test
    void nothingIsKnownBeforeConsensusStarts() {
        ChannelValidators validators = new ChannelValidators("c", "p1");
        assertTrue(validators.history().isEmpty());
        assertTrue(validators.current().isEmpty());
        assertFalse(validators.haveOthers());
    }

    @Test
    void aLoneValidatorTellsNobody() {
        ChannelValidators validators = started("p1", set("p1"));
        assertFalse(validators.tellsOthers(MessageType.PREVOTE));
        assertFalse(validators.haveOthers());
        assertEquals("leader", validators.role("p1"));
    }

    @Test
    void aValidatorAmongOthersTellsThemEverythingAndAsksThemForBlocks() {
        ChannelValidators validators = started("p1", set("p1", "p2", "p3"));
        assertTrue(validators.tellsOthers(MessageType.PRECOMMIT));
        assertTrue(validators.haveOthers());
        assertEquals(List.of("p2", "p3"), validators.others().stream().map(Validator::peerId).toList());
        assertEquals("validator", validators.role("p2"));
        assertTrue(validators.memberKey("key-p3"));
    }

    @Test
    void aPeerOutsideTheSetOnlyAsksForBlocks() {
        ChannelValidators validators = started("p9", set("p1", "p2"));
        assertTrue(validators.tellsOthers(MessageType.SYNC_REQUEST));
        assertFalse(validators.tellsOthers(MessageType.PREVOTE));
        assertEquals("observer", validators.role("p1"));
        assertFalse(validators.memberKey("key-p9"));
    }

    private static ChannelValidators started(String peerId, ValidatorSet genesis) {
        ChannelValidators validators = new ChannelValidators("c", peerId);
        validators.start(genesis, new AdminSignatures("c", List.of()));
        validators.restore(new InMemoryChainStore());
        validators.headAt(0);
        return validators;
    }

    private static ValidatorSet set(String... peerIds) {
        return new ValidatorSet(Stream.of(peerIds).map(id -> new Validator(id, "key-" + id, 1, null)).toList(), Map.of(), 0.67,
                false, SignatureVerifier.ECDSA);
    }
}
