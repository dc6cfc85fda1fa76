package org.loopchain.radiostation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.loopchain.core.config.ChannelManageData.ChannelDefinition;
import org.loopchain.core.json.Json;
import org.loopchain.core.json.JsonException;
import org.loopchain.validators.AdminSignatures;
import org.loopchain.validators.ValidatorConfig;

/**
 * How the Radio Station follows each channel's chain for its trust, across its own restarts: a peer's
 * validators answer is applied to the {@link PeerRegistry} ({@link PeerRegistry#followChain}) and
 * what it added is stored; at start the stored changes are applied again, each with its admins'
 * signatures checked anew against channel_manage_data.json. A certificate revoked before a restart
 * is therefore refused from the first join after it, before any peer has been asked.
 */
final class ChainTrustFollower {

    private static final Logger LOG = Logger.getLogger(ChainTrustFollower.class.getName());

    private final PeerRegistry registry;
    private final Map<String, ChannelDefinition> channels;
    private final PeerStore store;

    ChainTrustFollower(PeerRegistry registry, Map<String, ChannelDefinition> channels, PeerStore store) {
        this.registry = registry;
        this.channels = Map.copyOf(channels);
        this.store = store;
    }

    /**
     * Applies the stored trust changes (after the stored registrations are restored: those are the
     * channels' genesis sets and stay, as when a change arrives at run time).
     *
     * @return how many stored changes were applied (none in a channel that names no trusted CAs)
     */
    int restore() {
        Map<String, List<Object>> byChannel = new LinkedHashMap<>();
        for (PeerStore.TrustChange stored : store.trustChanges()) {
            if (!channels.containsKey(stored.channel())) {
                LOG.warning(() -> "a stored trust change of channel " + stored.channel() + ", which channel_manage_data.json no"
                        + " longer defines, is not applied");
                continue;
            }
            try {
                byChannel.computeIfAbsent(stored.channel(), c -> new ArrayList<>()).add(Json.parse(stored.config()));
            } catch (JsonException e) {
                LOG.warning(() -> "a stored trust change of channel " + stored.channel() + " is not JSON, not applied: " + e.getMessage());
            }
        }
        int applied = 0;
        for (Map.Entry<String, List<Object>> e : byChannel.entrySet()) {
            ChainTrustAnswer taken = ChainTrustAnswer.verified(e.getKey(), e.getValue(), admins(e.getKey()));
            if (registry.followChain(e.getKey(), taken.cas(), taken.revoked())) {
                applied += taken.changes().size();
            }
        }
        return applied;
    }

    /** Applies a peer's {@code GET /api/v1/validators?channel=} answer, and stores its changes if it changed the trust. */
    void follow(String channel, Map<?, ?> answer) {
        ChainTrustAnswer.of(channel, answer, admins(channel)).ifPresent(t -> {
            if (registry.followChain(channel, t.cas(), t.revoked())) {
                store(channel, t.changes());
            }
        });
    }

    private void store(String channel, List<ValidatorConfig> changes) {
        for (ValidatorConfig c : changes) {
            try {
                store.saveTrustChange(new PeerStore.TrustChange(channel, Json.pyDumps(c.toJson().get(ValidatorConfig.FIELD))));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "channel " + channel + ": a trust change in effect could not be stored (it applies until"
                        + " this Radio Station restarts): " + c.describe(), e);
            }
        }
    }

    private AdminSignatures admins(String channel) {
        ChannelDefinition definition = channels.get(channel);
        return new AdminSignatures(channel, definition == null ? List.of() : definition.admins());
    }
}
