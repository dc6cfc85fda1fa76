package org.loopchain.channel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.loopchain.core.block.Block;
import org.loopchain.core.tx.Transaction;

/** A {@link ChainStore} in memory for tests; {@link #failNext} makes the next write throw. */
final class InMemoryChainStore implements ChainStore {

    private final Map<String, TreeMap<Long, Block>> blocks = new LinkedHashMap<>();
    private final Map<String, Transaction> txs = new LinkedHashMap<>();
    private final Map<String, Long> heights = new LinkedHashMap<>();
    private final Map<String, Integer> rounds = new LinkedHashMap<>();
    private final Map<String, String> certificates = new LinkedHashMap<>();
    private final Map<String, String> results = new LinkedHashMap<>();
    private final Map<String, byte[]> state = new LinkedHashMap<>();
    private final Map<String, EquivocationRecord> equivocations = new LinkedHashMap<>();

    @Override
    public synchronized void recordEquivocation(EquivocationRecord e) {
        equivocations.putIfAbsent(e.channel() + "/" + e.peerId() + "/" + e.height() + "/" + e.round() + "/" + e.type(), e);
    }

    @Override
    public synchronized List<EquivocationRecord> equivocations(String channel, int max) {
        return equivocations.values().stream().filter(e -> e.channel().equals(channel))
                .sorted(Comparator.comparingLong(EquivocationRecord::height).reversed()).limit(max).toList();
    }

    @Override
    public synchronized void commitBlock(Block block, List<Transaction> included, int round, String certificate,
            Execution execution) {
        commitBlock(block, included, round, certificate);
        execution.results().forEach((hash, result) -> results.put(block.channel() + "/" + hash, result));
        execution.writes().forEach((key, value) -> {
            if (value == null) {
                state.remove(block.channel() + "/" + key);
            } else {
                state.put(block.channel() + "/" + key, value);
            }
        });
    }

    @Override
    public synchronized Optional<byte[]> state(String channel, String keyHex) {
        return Optional.ofNullable(state.get(channel + "/" + keyHex));
    }

    @Override
    public synchronized Optional<String> result(String channel, String txHash) {
        return Optional.ofNullable(results.get(channel + "/" + txHash));
    }
    int failNext;
    /** Blocks refused because a transaction of theirs was in a stored block already. */
    int duplicateCommits;

    @Override
    public synchronized Optional<String> certificateOf(String channel, long height) {
        return Optional.ofNullable(certificates.get(channel + ":" + height));
    }

    @Override
    public synchronized long roundsUpTo(String channel, long height) {
        long sum = 0;
        for (long h = 0; h <= height; h++) {
            sum += rounds.getOrDefault(channel + ":" + h, 0);
        }
        return sum;
    }

    @Override
    public synchronized Optional<Block> lastBlock(String channel) {
        TreeMap<Long, Block> chain = blocks.get(channel);
        return chain == null || chain.isEmpty() ? Optional.empty() : Optional.of(chain.lastEntry().getValue());
    }

    @Override
    public synchronized Optional<Block> blockByHeight(String channel, long height) {
        return Optional.ofNullable(blocks.getOrDefault(channel, new TreeMap<>()).get(height));
    }

    @Override
    public synchronized Optional<Block> blockByHash(String channel, String hash) {
        return blocks.getOrDefault(channel, new TreeMap<>()).values().stream().filter(b -> b.hash().equals(hash))
                .findFirst();
    }

    @Override
    public synchronized void appendPending(List<Transaction> batch) {
        maybeFail();
        batch.forEach(tx -> txs.put(tx.hash(), tx));
    }

    @Override
    public synchronized List<Transaction> pending(String channel) {
        return txs.values().stream().filter(t -> t.channel().equals(channel) && !heights.containsKey(t.hash())).toList();
    }

    @Override
    public synchronized void commitBlock(Block block, List<Transaction> included, int round, String certificate) {
        maybeFail();
        for (Transaction tx : included) {
            if (heights.containsKey(tx.hash())) { // the database's unique key on (channel, tx hash)
                duplicateCommits++;
                throw new IllegalStateException("cannot store the transactions of block " + block.height() + ": tx "
                        + tx.hash() + " is in block " + heights.get(tx.hash()));
            }
        }
        rounds.put(block.channel() + ":" + block.height(), round);
        certificates.put(block.channel() + ":" + block.height(), certificate);
        blocks.computeIfAbsent(block.channel(), c -> new TreeMap<>()).put(block.height(), block);
        included.forEach(tx -> {
            txs.putIfAbsent(tx.hash(), tx);
            heights.put(tx.hash(), block.height());
        });
    }

    @Override
    public synchronized Optional<StoredTx> transaction(String channel, String hash) {
        Transaction tx = txs.get(hash);
        if (tx == null || !tx.channel().equals(channel)) {
            return Optional.empty();
        }
        Long h = heights.get(hash);
        return Optional.of(new StoredTx(tx, h == null ? OptionalLong.empty() : OptionalLong.of(h)));
    }

    @Override
    public synchronized List<String> recentlyCommitted(String channel, int max) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks.getOrDefault(channel, new TreeMap<>()).descendingMap().values()) {
            List<String> hashes = new ArrayList<>(b.txHashes());
            Collections.reverse(hashes);
            for (String h : hashes) {
                if (out.size() == max) {
                    return out;
                }
                out.add(h);
            }
        }
        return out;
    }

    @Override
    public synchronized Set<String> committedAmong(String channel, Collection<String> hashes) {
        Set<String> out = new HashSet<>();
        hashes.stream().filter(h -> heights.containsKey(h) && txs.get(h).channel().equals(channel)).forEach(out::add);
        return out;
    }

    @Override
    public synchronized List<Transaction> transactionsOf(String channel, long height) {
        List<Transaction> out = new ArrayList<>();
        blockByHeight(channel, height).ifPresent(b -> b.txHashes().forEach(h -> out.add(txs.get(h))));
        return out;
    }

    @Override
    public synchronized long committedTxCount(String channel) {
        return heights.keySet().stream().filter(h -> txs.get(h).channel().equals(channel)).count();
    }

    private void maybeFail() {
        if (failNext > 0) {
            failNext--;
            throw new IllegalStateException("store unavailable (test)");
        }
    }
}
