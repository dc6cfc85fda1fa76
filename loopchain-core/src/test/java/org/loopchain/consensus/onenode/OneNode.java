package org.loopchain.consensus.onenode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.loopchain.consensus.CandidateBlock;
import org.loopchain.consensus.CommitCertificate;
import org.loopchain.consensus.ComplaintCertificate;
import org.loopchain.consensus.LeaderSchedule;
import org.loopchain.consensus.LftConfig;
import org.loopchain.consensus.LftStateMachine;
import org.loopchain.consensus.Network;
import org.loopchain.consensus.Payload;
import org.loopchain.consensus.Proposal;
import org.loopchain.consensus.SignedMessage;
import org.loopchain.consensus.TimerKey;
import org.loopchain.consensus.ValidatorSet;
import org.loopchain.consensus.Vote;
import org.loopchain.consensus.sim.FastSignatures;
import org.loopchain.core.block.Block;
import org.loopchain.core.block.Blocks;

/**
 * The validator under test among four of weight 1 ({@code hx0..hx3}; a quorum is three), with a
 * fixed clock, a network that records what it sends and a scheduler that records timers. The test
 * plays the other three: it makes their blocks and signs their proposals and votes, delivers them,
 * fires timers, and after each step compares {@link #sent()} with exactly what the node must send.
 *
 * <p>Leaders at height 1 (two blocks per leader, no shift yet): round 0 {@code hx0}, 1 {@code hx1},
 * 2 {@code hx2}, 3 {@code hx3}.
 */
final class OneNode {

    static final String CHANNEL = "loopchain_default";
    private static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");
    private static final long NOW_MICROS = NOW.getEpochSecond() * 1_000_000L;

    final List<Peer> peers;
    final Peer self;
    final OneNodeChain chain;
    final LftStateMachine machine;
    private final ValidatorSet validators;
    private final List<SignedMessage> sent = new ArrayList<>();
    private final List<TimerKey> timers = new ArrayList<>();
    private final List<String> directs = new ArrayList<>();
    private long blocksMade;

    /** Starts validator {@code hx<selfIndex>} at height 1. */
    OneNode(int selfIndex) {
        this.peers = List.of(Peer.of(0), Peer.of(1), Peer.of(2), Peer.of(3));
        this.self = peers.get(selfIndex);
        this.validators = new ValidatorSet(peers.stream().map(Peer::validator).toList(), Map.of(), 0.67)
                .withVerifier(new FastSignatures());
        LftConfig config = LftConfig.builder(CHANNEL).maxMadeBlockCount(2).leaderComplainTimeout(Duration.ofMillis(500))
                .maxRoundTimeout(Duration.ofSeconds(8)).blockInterval(Duration.ofMillis(100)).maxBlockTxNum(10).roundWindow(8)
                .syncInterval(Duration.ofMillis(200)).maxSyncBlocks(4).build();
        this.chain = new OneNodeChain(CHANNEL, self, new LeaderSchedule(validators.validators(), config.maxMadeBlockCount()),
                NOW_MICROS);
        Network network = new Network() {
            @Override
            public void broadcast(SignedMessage message) {
                sent.add(message);
            }

            @Override
            public void send(String peerId, SignedMessage message) {
                sent.add(message);
                directs.add(peerId + " <- " + message.sender() + " " + message.type() + " r" + message.round());
            }
        };
        this.machine = new LftStateMachine(config, validators, chain, network, (key, delay) -> timers.add(key),
                Clock.fixed(NOW, ZoneOffset.UTC), self.signer());
        machine.start();
    }

    Peer peer(int index) {
        return peers.get(index);
    }

    /** A new empty block on the head, made and signed by {@code maker}; each call makes a different one. */
    CandidateBlock block(Peer maker) {
        return blockOn(chain.head().block(), maker);
    }

    /** A new empty block on {@code parent} (for a height the node has not reached). */
    CandidateBlock blockOn(Block parent, Peer maker) {
        long ts = Math.max(NOW_MICROS - 1_000_000, parent.timestampMicros() + 1) + blocksMade++;
        return new CandidateBlock(Blocks.build(parent, List.of(), ts, maker.id(), maker.key()), List.of());
    }

    SignedMessage proposal(Peer from, long round, CandidateBlock block, long validRound, ComplaintCertificate complaint) {
        return proposal(from, round, block, validRound, complaint, chain.head().certificate());
    }

    /** A proposal that carries {@code previousCommit} (another certificate for the head block than the node's). */
    SignedMessage proposal(Peer from, long round, CandidateBlock block, long validRound, ComplaintCertificate complaint,
            CommitCertificate previousCommit) {
        return SignedMessage.sign(new Proposal(CHANNEL, height(), round, block, validRound, previousCommit, complaint),
                from.signer());
    }

    /** A proposal for {@code height}, which may be above the node's. */
    SignedMessage proposalAt(long height, Peer from, long round, CandidateBlock block, CommitCertificate previousCommit) {
        return SignedMessage.sign(new Proposal(CHANNEL, height, round, block, -1, previousCommit, null), from.signer());
    }

    SignedMessage prevote(Peer from, long round, String hash) {
        return SignedMessage.sign(Vote.prevote(CHANNEL, height(), round, hash), from.signer());
    }

    SignedMessage precommit(Peer from, long round, String hash) {
        return SignedMessage.sign(Vote.precommit(CHANNEL, height(), round, hash), from.signer());
    }

    SignedMessage complaint(Peer from, long round) {
        return SignedMessage.sign(Vote.complaint(CHANNEL, height(), round), from.signer());
    }

    /** The complaints of {@code from} about round {@code round}, as the next leader's proposal carries them. */
    ComplaintCertificate complaints(long round, Peer... from) {
        return new ComplaintCertificate(CHANNEL, height(), round,
                Arrays.stream(from).map(p -> complaint(p, round)).toList());
    }

    /** The precommits of {@code from} for {@code hash} at {@code height} and {@code round}, as a commit certificate. */
    static CommitCertificate commitCertificate(long height, long round, String hash, Peer... from) {
        return new CommitCertificate(CHANNEL, height, round, hash, Arrays.stream(from)
                .map(p -> SignedMessage.sign(Vote.precommit(CHANNEL, height, round, hash), p.signer())).toList());
    }

    void receive(SignedMessage... messages) {
        Arrays.stream(messages).forEach(machine::onMessage);
    }

    /** Fires the round timer of the current height and {@code round}, as the scheduler would. */
    void roundTimerFires(long round) {
        machine.onTimeout(new TimerKey(TimerKey.Kind.ROUND, height(), round));
    }

    /** Fires the sync check of the current height that {@code round} scheduled. */
    void syncCheckFires(long round) {
        machine.onTimeout(new TimerKey(TimerKey.Kind.SYNC_CHECK, height(), round));
    }

    /** The payloads the node sent since the last call, in order. */
    List<Payload> sent() {
        List<Payload> out = sent.stream().map(SignedMessage::payload).toList();
        sent.clear();
        return out;
    }

    /** What the node sent to one peer since the last call: "RECIPIENT <- SENDER TYPE rROUND", in order. */
    List<String> sentDirectly() {
        List<String> out = List.copyOf(directs);
        directs.clear();
        return out;
    }

    /** The timers the node set since the last call. */
    List<TimerKey> timers() {
        List<TimerKey> out = List.copyOf(timers);
        timers.clear();
        return out;
    }

    long height() {
        return machine.height();
    }

    static Vote prevoteOf(long height, long round, String hash) {
        return Vote.prevote(CHANNEL, height, round, hash);
    }

    static Vote precommitOf(long height, long round, String hash) {
        return Vote.precommit(CHANNEL, height, round, hash);
    }

    static Vote complaintOf(long height, long round) {
        return Vote.complaint(CHANNEL, height, round);
    }
}
