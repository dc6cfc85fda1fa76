package org.loopchain.consensus.onenode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.loopchain.consensus.CandidateBlock;
import org.loopchain.consensus.Chain;
import org.loopchain.consensus.ChainHead;
import org.loopchain.consensus.CommittedBlock;
import org.loopchain.consensus.Equivocation;
import org.loopchain.consensus.LeaderSchedule;
import org.loopchain.core.block.Block;
import org.loopchain.core.block.Blocks;
import org.loopchain.core.tx.Transaction;

/** The node's chain in memory: always has work (empty blocks), accepts every block, records commits and evidence. */
final class OneNodeChain implements Chain {

    private final Peer self;
    private final LeaderSchedule schedule;
    private final long nowMicros;
    private final List<CommittedBlock> blocks = new ArrayList<>();
    final List<Equivocation> equivocations = new ArrayList<>();
    private ChainHead head;

    OneNodeChain(String channel, Peer self, LeaderSchedule schedule, long nowMicros) {
        this.self = self;
        this.schedule = schedule;
        this.nowMicros = nowMicros;
        this.head = new ChainHead(Blocks.genesis(channel), null, 0);
    }

    @Override
    public ChainHead head() {
        return head;
    }

    @Override
    public Optional<CandidateBlock> buildBlock(long height, long round, Block parent) {
        long ts = Math.max(nowMicros, parent.timestampMicros() + 1);
        return Optional.of(new CandidateBlock(Blocks.build(parent, List.of(), ts, self.id(), self.key()), List.of()));
    }

    @Override
    public List<String> validate(Block block, List<Transaction> txs, Block parent) {
        return List.of();
    }

    @Override
    public boolean hasWork() {
        return true;
    }

    @Override
    public void commit(CommittedBlock block) {
        blocks.add(block);
        head = head.next(block, schedule);
    }

    @Override
    public void equivocation(Equivocation evidence) {
        equivocations.add(evidence);
    }

    @Override
    public List<CommittedBlock> committedBlocks(long fromHeight, long toHeight) {
        return blocks.stream().filter(b -> b.height() >= fromHeight && b.height() <= toHeight).toList();
    }

    List<CommittedBlock> committed() {
        return blocks;
    }
}
