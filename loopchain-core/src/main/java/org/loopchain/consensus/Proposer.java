package org.loopchain.consensus;

import java.util.Optional;

/**
 * This validator as a possible proposer of the height above {@code head}: which of its rounds it
 * leads, whether there is work, the block it would propose, and the head's commit certificate that a
 * proposal carries.
 */
final class Proposer {

    private final LeaderSchedule schedule;
    private final Chain chain;
    private final ChainHead head;
    private final String peerId;

    Proposer(LeaderSchedule schedule, Chain chain, ChainHead head, String peerId) {
        this.schedule = schedule;
        this.chain = chain;
        this.head = head;
        this.peerId = peerId;
    }

    boolean leads(long round) {
        return schedule.leader(head.height() + 1, head.roundShift(), round).peerId().equals(peerId);
    }

    /** Whether there are transactions to propose (or empty blocks are allowed). */
    boolean hasWork() {
        return chain.hasWork();
    }

    Optional<CandidateBlock> buildBlock(long round) {
        return chain.buildBlock(head.height() + 1, round, head.block());
    }

    /** The commit certificate of the head; {@code null} after genesis. */
    CommitCertificate previousCommit() {
        return head.certificate();
    }
}
