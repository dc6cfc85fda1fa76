package org.loopchain.node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Who validates a channel: the validators its {@code channel_manage_data.json} lists, in list order
 * (the leader order), with their weights and groups, identified by the peer id and key each
 * registered with the Radio Station; and its audit peers, known as they register. A peer alone (no
 * Radio Station, or a channel the file does not define) validates by itself.
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
        for (PeerEntry entry : definition.validators()) {
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

    /** The listed audit peers that have registered, by peer id (they may ask for blocks; they never vote). */
    static Map<String, Validator> auditors(ChannelDefinition definition, List<RegisteredPeer> registered) {
        Map<String, Validator> auditors = new LinkedHashMap<>();
        for (PeerEntry entry : definition.auditors()) {
            registered.stream().filter(p -> p.peerTarget().equals(entry.peerTarget())).findFirst()
                    .ifPresent(p -> auditors.put(p.peerId(), new Validator(p.peerId(), p.publicKey(), 1, null)));
        }
        return auditors;
    }

    /** The listed validators that have not registered yet, for the log. */
    static List<String> missing(ChannelDefinition definition, List<RegisteredPeer> registered) {
        return definition.validators().stream().map(PeerEntry::peerTarget)
                .filter(t -> registered.stream().noneMatch(p -> p.peerTarget().equals(t))).toList();
    }
}
