package org.loopchain.node;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.loopchain.channel.Channel;
import org.loopchain.consensus.LftConfig;
import org.loopchain.consensus.Validator;
import org.loopchain.consensus.ValidatorSet;
import org.loopchain.core.config.ChannelConsensus;
import org.loopchain.core.config.ChannelManageData.ChannelDefinition;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.config.LoopchainConfig;
import org.loopchain.radiostation.client.RadioStationClient;
import org.loopchain.validators.AdminSignatures;

/**
 * Starts a channel's consensus as soon as its validators are known: at once for a peer alone, or
 * once every validator the channel's definition lists has registered with the Radio Station (their
 * ids and keys come from its peer list, which the client refreshes on every announcement). The
 * channel's audit peers are followed as they register, before and after the start.
 */
final class ChannelStarter {

    private static final Logger LOG = Logger.getLogger(ChannelStarter.class.getName());

    private final NodeRuntime node;
    private final RadioStationClient radioStation;

    ChannelStarter(NodeRuntime node, RadioStationClient radioStation) {
        this.node = node;
        this.radioStation = radioStation;
    }

    void whenReady(Channel channel) {
        LoopchainConfig config = node.config();
        Optional<ChannelDefinition> definition = node.channelDefinition(channel.name());
        ChannelConsensus own = definition.map(ChannelDefinition::consensus).orElse(ChannelConsensus.NONE);
        double ratio = own.get(ConfigKeys.Consensus.VOTING_RATIO, config);
        boolean unsafe = config.get(ConfigKeys.Consensus.ALLOW_UNSAFE_VOTING_RATIO);
        AdminSignatures admins = new AdminSignatures(channel.name(), definition.map(ChannelDefinition::admins).orElse(List.of()));
        if (!radioStation.active() || definition.isEmpty()) {
            LOG.info(() -> "channel " + channel.name() + ": this peer validates alone");
            channel.startConsensus(Validators.alone(node.peerId(), node.key().publicKeyBase64(), ratio, unsafe),
                    lftConfig(channel.name(), own), admins);
            return;
        }
        Map<String, Validator> auditors = new ConcurrentHashMap<>();
        Runnable attempt = new Runnable() {
            private boolean started;

            @Override
            public synchronized void run() {
                var peers = radioStation.peers(channel.name());
                Map<String, Validator> registered = Validators.auditors(definition.get(), peers);
                auditors.putAll(registered);
                auditors.keySet().retainAll(registered.keySet());
                if (started) {
                    return;
                }
                Optional<ValidatorSet> validators = Validators.listed(definition.get(), peers, ratio, unsafe);
                if (validators.isPresent()) {
                    started = true;
                    LOG.info(() -> "channel " + channel.name() + ": starting LFT with " + validators.get().size()
                            + " validators and " + definition.get().auditors().size() + " audit peers");
                    channel.startConsensus(validators.get().withAuditors(auditors), lftConfig(channel.name(), own), admins);
                } else {
                    LOG.info(() -> "channel " + channel.name() + ": waiting for " + Validators.missing(definition.get(), peers)
                            + " to register with the radio station");
                }
            }
        };
        radioStation.addListener((name, peers) -> {
            if (name.equals(channel.name())) {
                attempt.run();
            }
        });
        attempt.run();
    }

    private LftConfig lftConfig(String channel, ChannelConsensus own) {
        return LftConfig.of(channel, node.config(), own);
    }
}
