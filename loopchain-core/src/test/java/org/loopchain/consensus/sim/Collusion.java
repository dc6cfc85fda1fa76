package org.loopchain.consensus.sim;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.loopchain.consensus.Proposal;
import org.loopchain.consensus.SignedMessage;
import org.loopchain.consensus.Vote;
import org.loopchain.core.crypto.Hashes;
import org.loopchain.core.crypto.Hex;

/**
 * What the byzantine validators of one run know together: every block proposed at the recent
 * heights, from the proposals any of them sent or received. A double vote names one of these, so
 * the liars agree on the blocks they push and can hand a block a quorum if the rules let them.
 */
final class Collusion {

    private static final int HEIGHTS_KEPT = 4;

    private final TreeMap<Long, Set<String>> blocksByHeight = new TreeMap<>();

    void learn(SignedMessage message) {
        if (message.payload() instanceof Proposal p) {
            learn(p.height(), p.blockHash());
        }
    }

    void learn(long height, String blockHash) {
        blocksByHeight.computeIfAbsent(height, h -> new LinkedHashSet<>()).add(blockHash);
        while (blocksByHeight.size() > HEIGHTS_KEPT) {
            blocksByHeight.pollFirstEntry();
        }
    }

    /** A block of {@code height} other than {@code hash}, or nil, or (when nothing else is known) an unknown block. */
    String blockOtherThan(long height, String hash, Random random) {
        List<String> choices = new ArrayList<>(blocksByHeight.getOrDefault(height, Set.of()));
        choices.remove(hash);
        if (!hash.isEmpty()) {
            choices.add(Vote.NIL);
        }
        if (choices.isEmpty()) {
            return Hex.encode(Hashes.sha256(("unknown " + random.nextLong()).getBytes(StandardCharsets.UTF_8)));
        }
        return choices.get(random.nextInt(choices.size()));
    }
}
