package org.loopchain.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.consensus.Validator;
import org.loopchain.consensus.ValidatorSet;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.json.Json;

/** Admins sign one after another: what the first prints, the second signs again, and the peer accepts both. */
class ValidatorConfigCommandTest {

    @Test
    void adminsSignInTurnAndTheChangeCarriesBothSignatures() {
        PeerKey a = PeerKey.generate(new SecureRandom("a".getBytes(StandardCharsets.UTF_8)));
        PeerKey b = PeerKey.generate(new SecureRandom("b".getBytes(StandardCharsets.UTF_8)));
        PeerKey c = PeerKey.generate(new SecureRandom("c".getBytes(StandardCharsets.UTF_8)));
        PeerKey p = PeerKey.generate(new SecureRandom("p".getBytes(StandardCharsets.UTF_8)));
        String unsigned = "{\"type\": \"validator_weight\", \"channel\": \"c1\", \"peer_id\": \"p0\", \"weight\": 2,"
                + " \"sequence\": 0}";
        String once = ValidatorConfigCommand.signed(unsigned, List.of(a));
        String twice = ValidatorConfigCommand.signed(once, List.of(b));
        ValidatorConfig config = ValidatorConfig.parse((Map<?, ?>) ((Map<?, ?>) Json.parse(twice)).get(ValidatorConfig.FIELD));
        assertEquals(2, config.signatures().size());
        ValidatorHistory history = new ValidatorHistory("c1", new ValidatorSet(List.of(Validator.of("p0", p.publicKeyBase64())),
                Map.of(), 0.67), new AdminSignatures("c1", List.of(a.publicKeyBase64(), b.publicKeyBase64(),
                c.publicKeyBase64())));
        assertTrue(history.refusal(config).isEmpty(), history.refusal(config).toString());
    }
}
