package org.loopchain.core.block;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.loopchain.core.crypto.Hashes;

/**
 * The loopchain v1 merkle root. Leaves are tx hashes as hex text; a parent is
 * {@code hex(sha256(utf8(leftHex) ‖ utf8(rightHex)))}; an odd last node is paired with itself at
 * each level. One leaf is its own root; no leaves give {@code ""}.
 */
public final class MerkleTree {

    private MerkleTree() {
    }

    public static String root(List<String> leafHashesHex) {
        if (leafHashesHex.isEmpty()) {
            return "";
        }
        List<String> level = List.copyOf(leafHashesHex);
        while (level.size() > 1) {
            List<String> parents = new ArrayList<>((level.size() + 1) / 2);
            for (int i = 0; i < level.size(); i += 2) {
                String left = level.get(i);
                String right = i + 1 < level.size() ? level.get(i + 1) : left;
                parents.add(Hashes.sha256Hex(left.getBytes(StandardCharsets.UTF_8), right.getBytes(StandardCharsets.UTF_8)));
            }
            level = parents;
        }
        return level.get(0);
    }
}
