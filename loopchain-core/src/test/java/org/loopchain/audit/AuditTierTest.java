package org.loopchain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopchain.channel.ChannelStatus;

class AuditTierTest {

    private static ChannelStatus as(String role) {
        return new ChannelStatus(5, "ab", 3, 0, 0, 0, 0, "peer0", role, 0, 0, ChannelStatus.Timing.NONE, ChannelStatus.Timing.NONE);
    }

    @Test
    void validatorsAndAuditNodesServeAuditReads() {
        for (String role : List.of("leader", "validator", "audit")) {
            assertTrue(AuditTier.refusal("kofia_1", as(role)).isEmpty(), role);
        }
    }

    @Test
    void anObserverIsRefusedWithForbidden() {
        AuditTier.Refusal r = AuditTier.refusal("kofia_1", as("observer")).orElseThrow();
        assertEquals(403, r.status());
        assertEquals("not_audit_tier", r.code());
        assertTrue(r.message().contains("kofia_1"), r.message());
    }

    @Test
    void aNodeWhosePartIsNotSettledAnswersLater() {
        for (String role : List.of("loading", "waiting for validators", "refused: the stored chain began with other validators")) {
            AuditTier.Refusal r = AuditTier.refusal("kofia_1", as(role)).orElseThrow();
            assertEquals(503, r.status(), role);
            assertEquals("channel_not_ready", r.code(), role);
            assertTrue(r.message().contains(role), r.message());
        }
    }
}
