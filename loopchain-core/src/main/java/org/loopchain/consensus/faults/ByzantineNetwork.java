package org.loopchain.consensus.faults;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.loopchain.consensus.CandidateBlock;
import org.loopchain.consensus.MessageSigner;
import org.loopchain.consensus.MessageType;
import org.loopchain.consensus.Network;
import org.loopchain.consensus.Proposal;
import org.loopchain.consensus.SignedMessage;
import org.loopchain.consensus.Vote;
import org.loopchain.core.block.Block;
import org.loopchain.core.block.BlockHashes;
import org.loopchain.core.block.MerkleTree;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.core.crypto.Hex;

/**
 * A byzantine peer's way out: the honest state machine's messages go on, and with them the lies of
 * the {@linkplain ByzantineFault faults} it was given, all signed with the peer's real key unless
 * the lie is the signature itself. Only the protocol can stop them: a receiver drops a second proposal
 * or vote of one sender for one height and round as an equivocation, a forgery for its signature, a
 * replay as too old or a duplicate. For fault tests only ({@link TestFaults}); never decorates an
 * honest node's network. Where the honest network sends to one peer by broadcasting (the node's
 * broker topic: the target filters), every peer gets both a message and its twin.
 *
 * <ul>
 * <li>{@link ByzantineFault#EQUIVOCATE}: each proposal and block vote goes to every other validator
 *     as cast, or as a conflicting twin (another block: an empty one for a proposal, nil or a block
 *     nobody proposed for a vote), or both, by the toss of {@code random}.</li>
 * <li>{@link ByzantineFault#FORGE}: with each proposal and vote, a copy whose signature is over
 *     another digest and a copy under another validator's id.</li>
 * <li>{@link ByzantineFault#REPLAY}: with each message, one of the last {@value #REPLAY_WINDOW} it sent.</li>
 * <li>{@link ByzantineFault#FLOOD}: each message 2 to {@value #MAX_COPIES} times.</li>
 * </ul>
 */
public final class ByzantineNetwork implements Network {

    /** How many of its recent messages a replaying peer keeps to send again. */
    static final int REPLAY_WINDOW = 64;
    /** The most copies of one message a flooding peer sends. */
    static final int MAX_COPIES = 4;

    private final Network honest;
    private final MessageSigner signer;
    private final Set<ByzantineFault> faults;
    private final Supplier<List<String>> others;
    private final Random random;
    private final List<SignedMessage> sent = new ArrayList<>();
    private final Map<ByzantineFault, Long> injected = new EnumMap<>(ByzantineFault.class);

    /**
     * @param honest the network the honest messages would take
     * @param signer this peer's key: the lies are signed with it
     * @param others the ids of the channel's other validators now (a twin goes to some, a forgery takes one's id)
     * @param random every choice the liar makes; seeded, the lies are the same every run
     */
    public ByzantineNetwork(Network honest, MessageSigner signer, Set<ByzantineFault> faults, Supplier<List<String>> others,
            Random random) {
        if (faults.isEmpty()) {
            throw new IllegalArgumentException("a byzantine network needs at least one fault");
        }
        this.honest = honest;
        this.signer = signer;
        this.faults = EnumSet.copyOf(faults);
        this.others = others;
        this.random = random;
    }

    @Override
    public void broadcast(SignedMessage message) {
        SignedMessage twin = faults.contains(ByzantineFault.EQUIVOCATE) ? twinOf(message) : null;
        int copies = copies();
        for (int i = 0; i < copies; i++) {
            if (twin == null) {
                honest.broadcast(message);
            } else {
                equivocate(message, twin);
            }
        }
        if (faults.contains(ByzantineFault.FORGE) && isAgreement(message.type())) {
            forge(message);
        }
        replay();
        remember(message);
    }

    @Override
    public void send(String peerId, SignedMessage message) {
        int copies = copies();
        for (int i = 0; i < copies; i++) {
            honest.send(peerId, message);
        }
        remember(message);
    }

    /** How many messages of each fault this network added to the honest ones. */
    public Map<ByzantineFault, Long> injected() {
        return Map.copyOf(injected);
    }

    public Set<ByzantineFault> faults() {
        return EnumSet.copyOf(faults);
    }

    private int copies() {
        if (!faults.contains(ByzantineFault.FLOOD)) {
            return 1;
        }
        int copies = 2 + random.nextInt(MAX_COPIES - 1);
        count(ByzantineFault.FLOOD, copies - 1);
        return copies;
    }

    /** Each other validator gets the message, its twin, or both; with nobody known, everyone gets both. */
    private void equivocate(SignedMessage message, SignedMessage twin) {
        List<String> peers = others.get();
        if (peers.isEmpty()) {
            honest.broadcast(message);
            honest.broadcast(twin);
            count(ByzantineFault.EQUIVOCATE, 1);
            return;
        }
        for (String peer : peers) {
            int pick = random.nextInt(3);
            if (pick != 1) {
                honest.send(peer, message);
            }
            if (pick != 0) {
                honest.send(peer, twin);
                count(ByzantineFault.EQUIVOCATE, 1);
            }
        }
    }

    /** A conflicting proposal or block vote for the same height and round, validly signed; null for other messages. */
    private SignedMessage twinOf(SignedMessage m) {
        if (m.payload() instanceof Proposal p) {
            Proposal twin = new Proposal(p.channel(), p.height(), p.round(), emptyTwin(p.candidate().block()), p.validRound(),
                    p.previousCommit(), p.complaint());
            return SignedMessage.sign(twin, signer);
        }
        if (m.type() == MessageType.PREVOTE || m.type() == MessageType.PRECOMMIT) {
            Vote v = m.vote();
            String other = v.blockHash().equals(Vote.NIL) ? unknownBlock() : Vote.NIL;
            return SignedMessage.sign(new Vote(v.type(), v.channel(), v.height(), v.round(), other, ""), signer);
        }
        return null;
    }

    /** An empty block on the same parent a microsecond later, signed as its leader would: valid, and not the proposed one. */
    private CandidateBlock emptyTwin(Block b) {
        String merkle = MerkleTree.root(List.of());
        long timestamp = b.timestampMicros() + 1;
        String hash = BlockHashes.hash(b.prevHash(), merkle, timestamp);
        Block twin = new Block(b.channel(), b.height(), hash, b.prevHash(), merkle, timestamp, b.peerId(),
                signer.signDigest(Hex.decode(hash)), b.publicKey(), List.of());
        return new CandidateBlock(twin, List.of());
    }

    /** A copy signed over another digest, and a copy under another validator's id (when one is known). */
    private void forge(SignedMessage m) {
        honest.broadcast(new SignedMessage(m.payload(), m.sender(), signer.signDigest(Hashes.sha256(m.payload().digest()))));
        count(ByzantineFault.FORGE, 1);
        List<String> peers = others.get();
        if (!peers.isEmpty()) {
            honest.broadcast(new SignedMessage(m.payload(), peers.get(random.nextInt(peers.size())), m.signature()));
            count(ByzantineFault.FORGE, 1);
        }
    }

    private void replay() {
        if (faults.contains(ByzantineFault.REPLAY) && !sent.isEmpty()) {
            honest.broadcast(sent.get(random.nextInt(sent.size())));
            count(ByzantineFault.REPLAY, 1);
        }
    }

    private void remember(SignedMessage m) {
        if (!faults.contains(ByzantineFault.REPLAY)) {
            return;
        }
        sent.add(m);
        if (sent.size() > REPLAY_WINDOW) {
            sent.remove(0);
        }
    }

    private void count(ByzantineFault fault, long n) {
        injected.merge(fault, n, Long::sum);
    }

    private static boolean isAgreement(MessageType type) {
        return type == MessageType.PROPOSAL || type == MessageType.PREVOTE || type == MessageType.PRECOMMIT
                || type == MessageType.COMPLAINT;
    }

    private String unknownBlock() {
        return Hex.encode(Hashes.sha256(("byzantine twin " + random.nextLong()).getBytes(StandardCharsets.UTF_8)));
    }
}
