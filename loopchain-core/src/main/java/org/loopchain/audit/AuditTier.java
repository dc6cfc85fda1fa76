package org.loopchain.audit;

import java.util.Optional;
import org.loopchain.channel.ChannelStatus;

/**
 * Whether this node's tier in a channel lets it serve audit reads of that channel: a validator (the
 * leader too) or an admitted audit node does; an observer (holding the channel's blocks but neither
 * voting nor admitted to audit, a removed validator say) does not; a node whose part is not settled
 * (loading, waiting for its validators, or refusing its stored chain) answers later. The audit API
 * and the console's audit page both ask here.
 */
public final class AuditTier {

    /** Why the read is refused: the HTTP status, a stable code and a message for the client. */
    public record Refusal(int status, String code, String message) {
    }

    private AuditTier() {
    }

    /** Empty if this node, {@code status} in {@code channel}, serves audit reads of it. */
    public static Optional<Refusal> refusal(String channel, ChannelStatus status) {
        String role = status.role();
        return switch (role) {
            case "leader", "validator", "audit" -> Optional.empty();
            case "observer" -> Optional.of(new Refusal(403, "not_audit_tier", "this node is neither a validator nor an admitted"
                    + " audit node of channel " + channel + ", so it serves no audit reads of it"));
            default -> Optional.of(new Refusal(503, "channel_not_ready", "this node's part in channel " + channel
                    + " is not settled (" + role + "); ask again once it validates or audits"));
        };
    }
}
