package org.loopchain.channel;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.loopchain.consensus.ChainHead;
import org.loopchain.consensus.CommittedBlock;
import org.loopchain.consensus.LftStateMachine;

/**
 * What a channel's status counts across blocks and state machines, and the {@link ChannelStatus}
 * snapshot other threads read, published after every event on the channel's loop. A change of leader
 * is counted between two snapshots, so leaders that came and went within one event (a catch-up of
 * several blocks) count as one change. Messages that could not even be decoded are counted from any
 * thread.
 */
final class StatusBoard {

    private final String peerId;
    private long madeBlockCount;
    private long totalTx;
    private long lastCommitMicros;
    private long leaderChanges;
    private long complaintsOfReplacedMachines;
    private String refusal = "";
    private volatile ChannelStatus status = ChannelStatus.loading();
    private final AtomicLong undecodable = new AtomicLong();

    StatusBoard(String peerId) {
        this.peerId = peerId;
    }

    ChannelStatus status() {
        return status;
    }

    void loaded(long committedTxCount) {
        totalTx = committedTxCount;
    }

    void committed(CommittedBlock block) {
        totalTx += block.txs().size();
        lastCommitMicros = block.block().timestampMicros();
        if (block.block().peerId().equals(peerId)) {
            madeBlockCount++;
        }
    }

    /** Consensus will not start, for {@code reason}: the role says so. */
    void refused(String reason) {
        refusal = reason;
    }

    void replaced(LftStateMachine machine) {
        complaintsOfReplacedMachines += machine.complaintsSent();
    }

    /** {@code machine} is null until consensus starts. */
    void publish(ChannelChain chain, int pooled, LftStateMachine machine, ChannelValidators validators) {
        ChainHead head = chain.head();
        String leader = "";
        long round = 0;
        long complaints = complaintsOfReplacedMachines;
        if (machine != null) {
            round = machine.round();
            leader = machine.leader().peerId();
            complaints += machine.complaintsSent();
        }
        String before = status.leader();
        if (!before.isEmpty() && !leader.isEmpty() && !before.equals(leader)) {
            leaderChanges++;
        }
        String role = !refusal.isEmpty() ? "refused: " + refusal : machine == null ? "waiting for validators" : validators.role(leader);
        status = new ChannelStatus(head.height(), head.block().hash(), totalTx, madeBlockCount, pooled, lastCommitMicros,
                round, leader, role, leaderChanges, complaints, chain.verifyTimes(), chain.storeTimes());
    }

    void droppedUndecodable() {
        undecodable.incrementAndGet();
    }

    /** {@code machine}'s dropped consensus messages by reason, with the undecodable ones. */
    Map<String, Long> droppedCounts(LftStateMachine machine) {
        Map<String, Long> counts = new TreeMap<>(machine == null ? Map.of() : machine.droppedCounts());
        if (undecodable.get() > 0) {
            counts.put("undecodable", undecodable.get());
        }
        return counts;
    }
}
