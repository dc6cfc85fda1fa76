package org.loopchain.console;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.loopchain.channel.Channel;
import org.loopchain.channel.ChannelStatus;
import org.loopchain.consensus.ValidatorSet;
import org.loopchain.core.config.ChannelManageData.ChannelDefinition;
import org.loopchain.core.config.ChannelManageData.PeerEntry;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.config.NodeIdentity;
import org.loopchain.score.host.ScoreBinding;
import org.loopchain.service.ChainService;
import org.loopchain.validators.ValidatorHistory;

/**
 * What the console shows of one channel this node holds, read at once: its status (height, leader,
 * this node's role), the validators in effect at the height being decided with their weights and
 * groups, the voting ratio, the block interval, the SCORE pinned, the audit peers of the channel
 * file, and the validator history (empty while the channel waits for its validators).
 */
record ChannelFacts(String name, ChannelStatus status, Optional<ValidatorHistory> history, Optional<ValidatorSet> validators,
        Duration interval, ScoreBinding score, List<String> auditPeers, String scorePackage) {

    static Optional<ChannelFacts> of(ChainService chain, NodeIdentity node, String name) {
        return chain.channel(name).map(channel -> of(chain, node, channel));
    }

    static ChannelFacts of(ChainService chain, NodeIdentity node, Channel channel) {
        String name = channel.name();
        ChannelStatus status = channel.status();
        Optional<ValidatorHistory> history = channel.validatorHistory();
        Optional<ChannelDefinition> def = node.channelDefinition(name);
        Duration interval = def.map(d -> d.consensus().get(ConfigKeys.Blocks.INTERVAL_BLOCKGENERATION, node.config()))
                .orElseGet(() -> node.config().get(ConfigKeys.Blocks.INTERVAL_BLOCKGENERATION));
        return new ChannelFacts(name, status, history, history.map(h -> h.at(current(status))), interval, chain.score(name),
                def.map(d -> d.auditors().stream().map(PeerEntry::peerTarget).toList()).orElse(List.of()),
                def.map(ChannelDefinition::scorePackage).orElse(""));
    }

    /** The height being decided: the one after the last block. */
    static long current(ChannelStatus status) {
        return status.height() + 1;
    }

    /** The pinned SCORE as "id version", or the channel file's package name when none is pinned. */
    String scoreText() {
        if (score.pinned() != null && score.pinned().pinned()) {
            return score.pinned().id() + " " + score.pinned().version() + " (" + score.state().name().toLowerCase(Locale.ROOT) + " here)";
        }
        return scorePackage.isEmpty() ? "none" : scorePackage + " (no archive pinned)";
    }

    String ratioText() {
        return validators.map(v -> String.format("%.2f of the weight %d", v.votingRatio(), v.totalWeight())).orElse("not started");
    }
}
