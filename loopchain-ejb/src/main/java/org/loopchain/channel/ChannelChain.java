package org.loopchain.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.loopchain.consensus.CandidateBlock;
import org.loopchain.consensus.Chain;
import org.loopchain.consensus.ChainHead;
import org.loopchain.consensus.CommitCertificate;
import org.loopchain.consensus.CommittedBlock;
import org.loopchain.consensus.ConsensusCodec;
import org.loopchain.core.block.Block;
import org.loopchain.core.block.Blocks;
import org.loopchain.core.crypto.PeerKey;
import org.loopchain.core.tx.Transaction;
import org.loopchain.core.tx.V1Transactions;

/**
 * The consensus host of one channel: its stored chain ({@link ChainStore}) and its pool. Builds the
 * leader's blocks from the pool, objects to blocks whose transactions are already committed or
 * signed by a non-member, and stores each final block with its certificate in one transaction.
 */
final class ChannelChain implements Chain {

    private final ChannelSettings settings;
    private final ChainStore store;
    private final TxPool pool;
    private final PeerKey key;
    private final MicrosClock clock;
    private final ConsensusCodec codec;
    private final Predicate<String> memberKey;
    private final Consumer<CommittedBlock> committed;
    private ChainHead head;

    ChannelChain(ChannelSettings settings, ChainStore store, TxPool pool, PeerKey key, MicrosClock clock,
            ConsensusCodec codec, Predicate<String> memberKey, Consumer<CommittedBlock> committed) {
        this.settings = settings;
        this.store = store;
        this.pool = pool;
        this.key = key;
        this.clock = clock;
        this.codec = codec;
        this.memberKey = memberKey;
        this.committed = committed;
    }

    /** Reads the head from the store, writing the genesis block on first start. */
    void load() {
        String channel = settings.name();
        Block last = store.lastBlock(channel).orElseGet(() -> {
            Block genesis = Blocks.genesis(channel);
            store.commitBlock(genesis, List.of(), 0, "");
            return genesis;
        });
        CommitCertificate cert = last.isGenesis() ? null
                : codec.decodeCertificate(store.certificateOf(channel, last.height()).orElseThrow());
        head = new ChainHead(last, cert, store.roundsUpTo(channel, last.height()));
    }

    @Override
    public ChainHead head() {
        return head;
    }

    @Override
    public Optional<CandidateBlock> buildBlock(long height, long round, Block parent) {
        List<Transaction> txs = new ArrayList<>();
        for (Transaction tx : pool.oldest(settings.maxBlockTxNum())) {
            if (tx.meta().peerId().equals(settings.peerId()) || V1Transactions.verify(tx) && memberKey.test(tx.publicKey())) {
                txs.add(tx);
            } else {
                pool.remove(tx.hash()); // a relayed transaction that does not verify never goes into a block
            }
        }
        if (txs.isEmpty() && !settings.allowEmptyBlock()) {
            return Optional.empty();
        }
        long ts = Math.max(clock.next(), parent.timestampMicros() + 1);
        return Optional.of(new CandidateBlock(Blocks.build(parent, txs, ts, settings.peerId(), key), txs));
    }

    @Override
    public List<String> validate(Block block, List<Transaction> txs, Block parent) {
        List<String> problems = new ArrayList<>();
        for (Transaction tx : txs) {
            if (!memberKey.test(tx.publicKey())) {
                problems.add("tx " + tx.hash() + " is signed by a key that is not a member of " + settings.name());
            } else if (store.transaction(settings.name(), tx.hash()).map(s -> !s.pending()).orElse(false)) {
                problems.add("tx " + tx.hash() + " is already in a block");
            }
        }
        return problems;
    }

    @Override
    public boolean hasWork() {
        return !pool.isEmpty() || settings.allowEmptyBlock();
    }

    @Override
    public void commit(CommittedBlock block) {
        store.commitBlock(block.block(), block.txs(), (int) block.certificate().round(),
                codec.encodeCertificate(block.certificate()));
        pool.removeAll(block.block().txHashes());
        head = head.next(block);
        committed.accept(block);
    }

    @Override
    public List<CommittedBlock> committedBlocks(long fromHeight, long toHeight) {
        List<CommittedBlock> out = new ArrayList<>();
        for (long h = Math.max(1, fromHeight); h <= toHeight; h++) {
            Optional<Block> block = store.blockByHeight(settings.name(), h);
            Optional<String> cert = store.certificateOf(settings.name(), h);
            if (block.isEmpty() || cert.isEmpty() || cert.get().isEmpty()) {
                break;
            }
            out.add(new CommittedBlock(block.get(), store.transactionsOf(settings.name(), h),
                    codec.decodeCertificate(cert.get())));
        }
        return out;
    }
}
