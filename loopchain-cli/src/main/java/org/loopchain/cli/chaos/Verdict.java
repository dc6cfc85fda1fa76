package org.loopchain.cli.chaos;

import java.util.List;

/**
 * What the checker found: heights where peers hold different blocks, acknowledged transactions in
 * no block, transactions in more than one block (or twice in one), and transactions whose result
 * differs between peers or from the block that holds them.
 */
public record Verdict(long commonHeight, List<String> forks, List<String> lost, List<String> duplicates,
        List<String> diverging) {
    public Verdict {
        forks = List.copyOf(forks);
        lost = List.copyOf(lost);
        duplicates = List.copyOf(duplicates);
        diverging = List.copyOf(diverging);
    }

    public boolean clean() {
        return forks.isEmpty() && lost.isEmpty() && duplicates.isEmpty() && diverging.isEmpty();
    }
}
