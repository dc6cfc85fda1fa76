package org.loopchain.channel;

import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.loopchain.consensus.MessageType;
import org.loopchain.consensus.SignedMessage;
import org.loopchain.consensus.TxRequest;
import org.loopchain.consensus.ValidatorSet;

/**
 * Consensus messages from other peers on their way to the state machine, on the channel's loop. A
 * proposal names its transactions by hash and goes on once the pool completes it ({@link ProposalTxs});
 * a request for transactions goes on too (the machine drops and counts one from a non-member or with
 * a bad signature) and, if it asks this peer, is answered by relaying them. Each message is read
 * against the validators of its own height, as far ahead as they are known.
 */
final class MessageIntake {

    private final ChannelSettings settings;
    private final ProposalTxs proposalTxs;
    private final ChannelValidators validators;
    private final LongSupplier headHeight;
    private final Relays relays;

    MessageIntake(ChannelSettings settings, ProposalTxs proposalTxs, ChannelValidators validators, LongSupplier headHeight,
            Relays relays) {
        this.settings = settings;
        this.proposalTxs = proposalTxs;
        this.validators = validators;
        this.headHeight = headHeight;
        this.relays = relays;
    }

    void received(SignedMessage message, Consumer<SignedMessage> machine) {
        if (message.type() == MessageType.TX_REQUEST) {
            machine.accept(message);
            if (message.payload() instanceof TxRequest r && r.targetPeerId().equals(settings.peerId())) {
                relays.now(proposalTxs.serve(message, setFor(message), settings.peerId(), settings.maxBlockTxNum()));
            }
        } else {
            proposalTxs.admit(message, setFor(message)).ifPresent(machine);
        }
    }

    /** Passes on the held proposals that the transactions arrived since have completed. */
    void poolGrew(Consumer<SignedMessage> machine) {
        proposalTxs.completed().forEach(machine);
    }

    private ValidatorSet setFor(SignedMessage message) {
        return validators.of(message, headHeight.getAsLong());
    }
}
