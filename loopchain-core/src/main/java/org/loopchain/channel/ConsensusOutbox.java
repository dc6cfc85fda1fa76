package org.loopchain.channel;

import java.util.Locale;
import java.util.logging.Logger;
import org.loopchain.consensus.ConsensusCodec;
import org.loopchain.consensus.MessageSigner;
import org.loopchain.consensus.Network;
import org.loopchain.consensus.SignedMessage;
import org.loopchain.consensus.TxRequest;

/**
 * The channel's consensus messages on their way out through the {@link Transport}: the state
 * machine's, as far as {@link ChannelValidators#tellsOthers} lets them go (sync traffic to one peer
 * goes to all: the target filters), and this peer's requests for the transactions of a proposal.
 */
final class ConsensusOutbox implements Network {

    private static final Logger LOG = Logger.getLogger(ConsensusOutbox.class.getName());

    private final String channel;
    private final Transport transport;
    private final ConsensusCodec codec;
    private final MessageSigner signer;
    private final ChannelValidators validators;

    ConsensusOutbox(String channel, Transport transport, ConsensusCodec codec, MessageSigner signer,
            ChannelValidators validators) {
        this.channel = channel;
        this.transport = transport;
        this.codec = codec;
        this.signer = signer;
        this.validators = validators;
    }

    @Override
    public void broadcast(SignedMessage message) {
        if (validators.tellsOthers(message.type())) {
            transport.consensus(channel, message.type().name().toLowerCase(Locale.ROOT), codec.encode(message));
        }
    }

    @Override
    public void send(String peerId, SignedMessage message) {
        broadcast(message);
    }

    void ask(TxRequest request) {
        LOG.fine(() -> "channel " + channel + ": asking " + request.targetPeerId() + " for " + request.hashes().size()
                + " transactions of its proposal at height " + request.height());
        transport.consensus(channel, "tx_request", codec.encode(SignedMessage.sign(request, signer)));
    }
}
