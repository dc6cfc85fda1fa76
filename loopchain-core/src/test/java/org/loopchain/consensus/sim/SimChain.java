package org.loopchain.consensus.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loopchain.consensus.CandidateBlock;
import org.loopchain.consensus.Chain;
import org.loopchain.consensus.ChainHead;
import org.loopchain.consensus.CommittedBlock;
import org.loopchain.consensus.Equivocation;
import org.loopchain.consensus.ValidatorSet;
import org.loopchain.consensus.ValidatorSets;
import org.loopchain.core.block.Block;
import org.loopchain.core.block.Blocks;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.tx.Transaction;

/**
 * One validator's chain in memory, and its pool. It insists on the port's contract: commits arrive
 * once per height, in order, with a certificate for the block; every commit is reported to the
 * simulation's safety check.
 */
final class SimChain implements Chain {

    private final String peerId;
    private final PeerKey key;
    private final Simulation sim;
    private final List<CommittedBlock> blocks = new ArrayList<>();
    private final Map<String, Transaction> pool = new LinkedHashMap<>();
    private ChainHead head;
    /** The node's validator history, read to check each commit against its own height's set. */
    ValidatorSets validators;
    /** The equivocations the machine reported, in order. */
    final List<Equivocation> equivocations = new ArrayList<>();

    SimChain(String channel, String peerId, PeerKey key, Simulation sim) {
        this.peerId = peerId;
        this.key = key;
        this.sim = sim;
        this.head = new ChainHead(Blocks.genesis(channel), null, 0);
    }

    void addToPool(List<Transaction> txs) {
        txs.forEach(tx -> pool.put(tx.hash(), tx));
    }

    @Override
    public void equivocation(Equivocation evidence) {
        equivocations.add(evidence);
    }

    @Override
    public ChainHead head() {
        return head;
    }

    @Override
    public Optional<CandidateBlock> buildBlock(long height, long round, Block parent) {
        if (pool.isEmpty() && !sim.allowEmptyBlocks()) {
            return Optional.empty();
        }
        List<Transaction> txs = pool.values().stream().limit(sim.maxBlockTxNum()).toList();
        long ts = Math.max(sim.micros(), parent.timestampMicros() + 1);
        return Optional.of(new CandidateBlock(Blocks.build(parent, txs, ts, peerId, key), txs));
    }

    @Override
    public List<String> validate(Block block, List<Transaction> txs, Block parent) {
        return List.of();
    }

    @Override
    public boolean hasWork() {
        return !pool.isEmpty() || sim.allowEmptyBlocks();
    }

    @Override
    public void commit(CommittedBlock block) {
        if (block.height() != head.height() + 1) {
            sim.violation(peerId + " got commit of height " + block.height() + " on head " + head.height());
        }
        ValidatorSet set = validators.at(block.height());
        List<String> problems = block.certificate().verify(set);
        if (!problems.isEmpty() || !block.certificate().blockHash().equals(block.block().hash())) {
            sim.violation(peerId + " committed block " + block.height() + " with a bad certificate " + problems);
        }
        blocks.add(block);
        head = head.next(block, sim.schedule(set));
        block.txs().forEach(tx -> pool.remove(tx.hash()));
        sim.recordCommit(peerId, block);
    }

    @Override
    public List<CommittedBlock> committedBlocks(long fromHeight, long toHeight) {
        List<CommittedBlock> out = new ArrayList<>();
        for (long h = Math.max(1, fromHeight); h <= Math.min(toHeight, head.height()); h++) {
            out.add(blocks.get((int) h - 1));
        }
        return out;
    }
}
