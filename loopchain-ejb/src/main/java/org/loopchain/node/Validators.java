package org.loopchain.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loopchain.consensus.SignatureVerifier;
import org.loopchain.consensus.Validator;
import org.loopchain.consensus.ValidatorSet;
import org.loopchain.core.config.ChannelManageData.ChannelDefinition;
import org.loopchain.core.config.ChannelManageData.PeerEntry;
import org.loopchain.radiostation.RegisteredPeer;

/**
 * Who validates a channel: the peers its {@code channel_manage_data.json} lists, in list order (the
 * leader order), with their weights and groups, identified by the peer id and key each registered
 * with the Radio Station. A peer alone (no Radio Station, or a channel the file does not define)
 * validates by itself.
 */
final class Validators {

    private Validators() {
    }

    static ValidatorSet alone(String peerId, String publicKey, double ratio, boolean allowUnsafe) {
        return new ValidatorSet(List.of(new Validator(peerId, publicKey, 1, null)), Map.of(), ratio, allowUnsafe,
                SignatureVerifier.ECDSA);
    }

    /**
     * The channel's validator set once every listed peer has registered (so every weight is known
     * with its key), else empty: consensus waits rather than start with a set that would change.
     */
    static Optional<ValidatorSet> listed(ChannelDefinition definition, List<RegisteredPeer> registered, double ratio,
            boolean allowUnsafe) {
        List<Validator> validators = new ArrayList<>();
        for (PeerEntry entry : definition.peers()) {
            Optional<RegisteredPeer> peer = registered.stream()
                    .filter(p -> p.peerTarget().equals(entry.peerTarget())).findFirst();
            if (peer.isEmpty()) {
                return Optional.empty();
            }
            validators.add(new Validator(peer.get().peerId(), peer.get().publicKey(), entry.weight(), entry.group()));
        }
        return Optional.of(new ValidatorSet(validators, definition.groupWeights(), ratio, allowUnsafe,
                SignatureVerifier.ECDSA));
    }

    /** The listed targets that have not registered yet, for the log. */
    static List<String> missing(ChannelDefinition definition, List<RegisteredPeer> registered) {
        return definition.peers().stream().map(PeerEntry::peerTarget)
                .filter(t -> registered.stream().noneMatch(p -> p.peerTarget().equals(t))).toList();
    }
}
