package org.loopchain.cli.chaos;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the peers' chains against each other and against the acknowledged transactions, from
 * height 1 up to the height every peer has reached (the common height), each height once over a
 * whole run: every peer must hold the same block hash; every transaction must appear in one block
 * only; every acknowledged transaction must be in a block; its result must be the same on every peer
 * and name the block's height ({@link #RESULTS_COMPARED} of them at most per verdict). Each verdict also
 * reads {@link #HEIGHTS_REREAD} heights checked before again, evenly spaced and a different set each
 * time: a peer that now answers another block at a height it agreed on (a final block replaced) is a
 * fork too. A verdict reports what was found since the last one.
 */
public final class ChainChecker {
    /** At most this many results compared per verdict: evenly spaced over the acknowledged transactions, in hash order. */
    static final int RESULTS_COMPARED = 200;
    /** At most this many earlier heights read again per verdict, on every peer. */
    static final int HEIGHTS_REREAD = 100;

    private final List<String> peers;
    private final Map<String, Long> heightOf = new HashMap<>();
    private final List<String> forks = new ArrayList<>();
    private final List<String> duplicates = new ArrayList<>();
    /** The agreed block hash of each checked height (index = height - 1; null where it forked). */
    private final List<String> agreed = new ArrayList<>();
    private long checkedHeight;
    private int verdicts;

    public ChainChecker(List<String> peers) {
        this.peers = List.copyOf(peers);
    }

    /** The height up to which every block has been compared. */
    public long checkedHeight() {
        return checkedHeight;
    }

    /** The height every peer has reached, or -1 when one does not answer. */
    public long commonHeight(ChainView view) {
        long common = Long.MAX_VALUE;
        for (String peer : peers) {
            common = Math.min(common, view.height(peer));
        }
        return common;
    }

    /** Compares the blocks above the checked height up to the common height; stops at a peer that does not answer. */
    public void advance(ChainView view) {
        long common = commonHeight(view);
        for (long h = checkedHeight + 1; h <= common; h++) {
            Map<String, ChainView.Block> blocks = new HashMap<>();
            for (String peer : peers) {
                ChainView.Block b = view.block(peer, h);
                if (b == null) {
                    return;
                }
                blocks.put(peer, b);
            }
            ChainView.Block first = blocks.get(peers.get(0));
            boolean forked = blocks.values().stream().anyMatch(b -> !b.hash().equals(first.hash()));
            if (forked) {
                StringBuilder fork = new StringBuilder("height " + h + ":");
                peers.forEach(p -> fork.append(' ').append(p).append('=').append(shortHash(blocks.get(p).hash())));
                forks.add(fork.toString());
            }
            agreed.add(forked ? null : first.hash()); // a fork is reported once
            for (String tx : first.txs()) {
                Long earlier = heightOf.putIfAbsent(tx, h);
                if (earlier != null) {
                    duplicates.add(tx + " at heights " + earlier + " and " + h);
                }
            }
            checkedHeight = h;
        }
    }

    /** The acknowledged transactions in no block checked so far. */
    public Set<String> missing(Collection<String> acked) {
        Set<String> missing = new LinkedHashSet<>(acked);
        missing.removeAll(heightOf.keySet());
        return missing;
    }

    /** Advances, then judges {@code acked}: lost ones, and results compared on every peer. */
    public Verdict verdict(ChainView view, Collection<String> acked) {
        reread(view, checkedHeight);
        advance(view);
        List<String> lost = new ArrayList<>(missing(acked));
        List<String> diverging = new ArrayList<>();
        List<String> sorted = acked.stream().sorted().toList();
        int step = Math.max(1, (sorted.size() + RESULTS_COMPARED - 1) / RESULTS_COMPARED);
        for (int i = 0; i < sorted.size(); i += step) {
            String tx = sorted.get(i);
            Long height = heightOf.get(tx);
            if (height != null) {
                divergence(view, tx, height).ifPresent(diverging::add);
            }
        }
        Verdict v = new Verdict(checkedHeight, forks, lost, duplicates, diverging);
        forks.clear();
        duplicates.clear();
        return v;
    }

    /** Reads up to {@link #HEIGHTS_REREAD} of heights 1..{@code upTo} again on every peer that answers. */
    private void reread(ChainView view, long upTo) {
        long step = Math.max(1, (upTo + HEIGHTS_REREAD - 1) / HEIGHTS_REREAD);
        for (long h = 1 + verdicts++ % step; h <= upTo; h += step) {
            String hash = agreed.get((int) (h - 1));
            for (String peer : peers) {
                ChainView.Block now = hash == null ? null : view.block(peer, h);
                if (now != null && !now.hash().equals(hash)) {
                    forks.add("height " + h + ": " + peer + " now answers " + shortHash(now.hash()) + ", " + shortHash(hash)
                            + " before");
                }
            }
        }
    }

    private Optional<String> divergence(ChainView view, String tx, long height) {
        Map<?, ?> first = null;
        for (String peer : peers) {
            Map<?, ?> r = view.result(peer, tx);
            Object at = r == null ? null : r.get("block_height");
            if (!(at instanceof Number n) || n.longValue() != height) {
                return Optional.of(tx + ": " + peer + " answers " + r + ", the block holding it is at height " + height);
            }
            if (first != null && !Objects.equals(first, r)) {
                return Optional.of(tx + ": " + peers.get(0) + " answers " + first + ", " + peer + " " + r);
            }
            first = first == null ? r : first;
        }
        return Optional.empty();
    }

    static String shortHash(String hash) {
        return hash.length() > 8 ? hash.substring(0, 8) : hash;
    }
}
