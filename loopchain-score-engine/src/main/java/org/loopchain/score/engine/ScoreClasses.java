package org.loopchain.score.engine;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/** An archive's classes parsed into ASM trees, by internal name, in name order. */
final class ScoreClasses {

    private ScoreClasses() {
    }

    static SortedMap<String, ClassNode> parse(ScoreArchive archive) {
        SortedMap<String, ClassNode> nodes = new TreeMap<>();
        archive.classFiles().forEach((name, bytes) -> {
            ClassNode node = new ClassNode();
            new ClassReader(bytes).accept(node, 0);
            nodes.put(name, node);
        });
        return Collections.unmodifiableSortedMap(nodes);
    }
}
