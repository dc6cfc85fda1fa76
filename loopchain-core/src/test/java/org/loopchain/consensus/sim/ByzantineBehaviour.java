package org.loopchain.consensus.sim;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.loopchain.consensus.CandidateBlock;
import org.loopchain.consensus.MessageType;
import org.loopchain.consensus.Payload;
import org.loopchain.consensus.Proposal;
import org.loopchain.consensus.SignedMessage;
import org.loopchain.consensus.Vote;
import org.loopchain.core.block.Blocks;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.core.crypto.Hex;

/**
 * A byzantine validator. Its state machine runs honestly, but what it broadcasts is rewritten:
 * everything is signed with its real key, so only the protocol, never the signature check, can
 * stop it. Byzantine validators of one run share a {@link Collusion}, so they double-vote for the
 * same blocks.
 */
final class ByzantineBehaviour implements SimNode.Behaviour {

    /** The kinds of misbehaviour; a byzantine validator has one or more. */
    enum Fault {
        /** Its own proposals go as two different blocks to different peers (some get both). */
        TWIN_PROPOSAL,
        /** Each prevote and precommit goes to some peers as cast and to others for another block (or nil). */
        DOUBLE_VOTE,
        /** Half of its prevotes and precommits name a block that nobody proposed. */
        UNKNOWN_BLOCK_VOTE,
        /** With each message, votes for the next height, a height far ahead and a round far ahead. */
        FAR_HEIGHT_VOTE,
        /** Complains about every leader at once, whatever it saw. */
        FALSE_COMPLAINT,
        /** Sends each message several times and replays its own older messages. */
        FLOOD,
        /** Never answers a sync request, and asks for nothing. */
        WITHHOLD_BLOCKS
    }

    private final Simulation sim;
    private final Collusion collusion;
    private final Set<Fault> faults;
    private final Random random;
    private final List<SignedMessage> sent = new ArrayList<>();

    ByzantineBehaviour(Simulation sim, Collusion collusion, Set<Fault> faults, Random random) {
        this.sim = sim;
        this.collusion = collusion;
        this.faults = EnumSet.copyOf(faults);
        this.random = random;
    }

    /** One to all faults, chosen by {@code random}. */
    static Set<Fault> someFaults(Random random) {
        Set<Fault> faults = EnumSet.noneOf(Fault.class);
        Fault[] all = Fault.values();
        faults.add(all[random.nextInt(all.length)]);
        for (Fault f : all) {
            if (random.nextInt(3) == 0) {
                faults.add(f);
            }
        }
        return faults;
    }

    Set<Fault> faults() {
        return faults;
    }

    @Override
    public void received(SimNode node, SignedMessage message) {
        collusion.learn(message);
    }

    @Override
    public void send(SimNode node, String peerId, SignedMessage message) {
        if (!faults.contains(Fault.WITHHOLD_BLOCKS)) {
            SimNode.Behaviour.super.send(node, peerId, message);
        }
    }

    @Override
    public void broadcast(SimNode node, SignedMessage message) {
        collusion.learn(message);
        SignedMessage cast = faults.contains(Fault.UNKNOWN_BLOCK_VOTE) && isBlockVote(message) && random.nextBoolean()
                ? sign(node, withHash(message.vote(), randomHash())) : message;
        SignedMessage twin = twinOf(node, cast);
        int copies = faults.contains(Fault.FLOOD) ? 1 + random.nextInt(4) : 1;
        for (SimNode peer : sim.nodes()) {
            if (peer == node) {
                continue;
            }
            for (int i = 0; i < copies; i++) {
                if (twin == null) {
                    send(node, peer, cast);
                } else {
                    int pick = random.nextInt(5);
                    send(node, peer, pick < 2 || pick == 4 ? cast : twin);
                    if (pick == 4) {
                        send(node, peer, twin);
                    }
                }
            }
        }
        sent.add(cast);
        extras(node, message);
    }

    /** The conflicting second message for {@code m}, or null if this validator does not equivocate on it. */
    private SignedMessage twinOf(SimNode node, SignedMessage m) {
        if (faults.contains(Fault.TWIN_PROPOSAL) && m.payload() instanceof Proposal p && p.validRound() < 0) {
            CandidateBlock other = new CandidateBlock(Blocks.build(node.chain.head().block(), List.of(),
                    p.candidate().block().timestampMicros() + 1 + random.nextInt(1000), node.id, node.key), List.of());
            collusion.learn(p.height(), other.hash());
            return sign(node, new Proposal(p.channel(), p.height(), p.round(), other, -1, p.previousCommit(), p.complaint()));
        }
        if (faults.contains(Fault.DOUBLE_VOTE) && isBlockVote(m)) {
            String other = collusion.blockOtherThan(m.height(), m.vote().blockHash(), random);
            return sign(node, withHash(m.vote(), other));
        }
        return null;
    }

    /** The messages a byzantine validator adds of its own accord. */
    private void extras(SimNode node, SignedMessage m) {
        long h = m.height();
        if (faults.contains(Fault.FALSE_COMPLAINT) && m.type() != MessageType.COMPLAINT) {
            toAll(node, sign(node, Vote.complaint(sim.channel(), h, m.round())));
        }
        if (faults.contains(Fault.FAR_HEIGHT_VOTE)) {
            toAll(node, sign(node, Vote.prevote(sim.channel(), h + 1, random.nextInt(3), randomHash())));
            long far = h + 2 + random.nextInt(1000);
            toAll(node, sign(node, Vote.precommit(sim.channel(), far, random.nextInt(50), randomHash())));
            toAll(node, sign(node, Vote.complaint(sim.channel(), h, m.round() + 1 + random.nextInt(1000))));
        }
        if (faults.contains(Fault.FLOOD) && !sent.isEmpty()) {
            toAll(node, sent.get(random.nextInt(sent.size())));
        }
    }

    private void toAll(SimNode node, SignedMessage m) {
        sim.nodes().stream().filter(peer -> peer != node).forEach(peer -> send(node, peer, m));
    }

    private void send(SimNode node, SimNode peer, SignedMessage m) {
        sim.network().send(node.id, peer.id, m);
    }

    private static boolean isBlockVote(SignedMessage m) {
        return m.type() == MessageType.PREVOTE || m.type() == MessageType.PRECOMMIT;
    }

    private static Vote withHash(Vote v, String hash) {
        return new Vote(v.type(), v.channel(), v.height(), v.round(), hash, "");
    }

    private static SignedMessage sign(SimNode node, Payload payload) {
        return SignedMessage.sign(payload, node.signer);
    }

    private String randomHash() {
        return Hex.encode(Hashes.sha256(("unknown block " + random.nextLong()).getBytes(StandardCharsets.UTF_8)));
    }
}
