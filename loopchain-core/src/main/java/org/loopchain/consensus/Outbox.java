package org.loopchain.consensus;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * This validator's own consensus messages: each is signed, recorded in the height's state as if it
 * had been received, and broadcast. When a round's timer fires, the round's messages go out again
 * (with the complaint that opened the round and the prevotes that made the valid block valid), so
 * messages lost while the network was down are made good; a validator that complains about a round
 * already left is sent the complaints that ended it ({@link #certifyRound}). A peer that is not a validator (an
 * audit peer) has no outbox: it signs, records and sends nothing, so no certificate it stores
 * carries a vote of its own.
 */
final class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    private final String channel;
    private final MessageSigner signer;
    private final Network network;
    private boolean votes;
    private long complaints;

    Outbox(String channel, MessageSigner signer, Network network) {
        this.channel = channel;
        this.signer = signer;
        this.network = network;
    }

    /** Whether this peer validates the height now being decided (the set may change between heights). */
    void votes(boolean validates) {
        votes = validates;
    }

    void send(HeightState state, Payload payload) {
        if (!votes) {
            return;
        }
        SignedMessage m = SignedMessage.sign(payload, signer);
        state.round().recordSent(m);
        if (payload instanceof Proposal p) {
            state.addProposal(m, p);
        } else {
            state.tally().add(m);
        }
        network.broadcast(m);
    }

    /**
     * {@code peer} complained about a round this validator has left: it missed the complaints that
     * ended that round (lost while the broker was down, or while it was paused or reconnecting), and
     * without them it would wait out its own, doubled, patience. It is sent the certificate that
     * opened the current round, which moves it here at once; once per peer and round.
     */
    void certifyRound(HeightState state, String peer) {
        RoundState r = state.round();
        if (!votes || r.certificate() == null || !r.certify(peer)) {
            return;
        }
        LOG.info(() -> "channel " + channel + ": h=" + state.height() + " r=" + r.round() + ": " + peer + " complains about"
                + " an earlier round; sent it the complaints about round " + r.certificate().round());
        r.certificate().complaints().forEach(m -> network.send(peer, m));
    }

    /** The complaints this validator signed. */
    long complaints() {
        return complaints;
    }

    /**
     * The round's patience ran out: complains about its leader (once per round), then re-sends this
     * validator's earlier messages of the round, the complaint certificate that opened it, and the
     * prevote quorum of the valid block.
     */
    void roundTimedOut(HeightState state) {
        if (!votes) {
            return;
        }
        RoundState r = state.round();
        List<SignedMessage> resend = new ArrayList<>(r.sent());
        if (r.complain()) {
            LOG.info(() -> "channel " + channel + ": h=" + state.height() + " r=" + r.round() + ": no commit within the round's"
                    + " patience; " + signer.peerId() + " complains about its leader" + (r.sent().isEmpty() ? " (it sent nothing"
                    + " in the round)" : " (it sent " + r.sent().stream().map(m -> m.type().toString()).toList() + ")"));
            send(state, Vote.complaint(channel, state.height(), r.round()));
            complaints++;
        }
        if (r.certificate() != null) {
            resend.addAll(r.certificate().complaints());
        }
        Locking locking = state.locking();
        locking.validBlock().ifPresent(valid ->
                resend.addAll(state.tally().votesFor(MessageType.PREVOTE, locking.validRound(), valid.hash())));
        resend.forEach(network::broadcast);
    }
}
