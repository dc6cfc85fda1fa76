package org.loopchain.score.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Rewrites a checked archive's classes for the engine, in this order: bridges for method references
 * to metered JDK methods ({@link MethodReferenceBridges}), javac's self-covering
 * {@code finally} entries dropped ({@link ExceptionHandlers}), {@code @EventLog} bodies
 * ({@link EventLogMethod}), step metering of every method ({@link StepMetering}), identity hash
 * checks ({@link IdentityGuardCalls}), work inside JDK calls ({@link JdkCallMetering}), recursion
 * inside JDK calls ({@link JdkNestingCalls}), call depth
 * ({@link CallDepthMetering}), then the restore
 * constructor ({@link RestoreConstructor}), which is added last so that restoring costs no steps
 * and counts no depth.
 */
final class ScoreInstrumenter {

    private ScoreInstrumenter() {
    }

    /** Instrumented class files by internal name; the archive must have passed every check. */
    static SortedMap<String, byte[]> instrument(ScoreArchive archive) throws ScoreRejectedException {
        Map<String, ClassNode> classes = ScoreClasses.parse(archive);
        SortedMap<String, byte[]> instrumented = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (ClassNode node : classes.values()) {
            boolean restorable = RestoreConstructor.possible(classes, node);
            MethodReferenceBridges.add(classes, node);
            for (MethodNode method : node.methods) {
                int slots = CallDepthMetering.slots(method);
                ExceptionHandlers.dropSelfCovers(method);
                if (EventLogMethod.annotation(method) != null) {
                    EventLogMethod.rewrite(method);
                }
                StepMetering.meter(method);
                ExceptionHandlers.reportCaught(method);
                IdentityGuardCalls.rewrite(classes, method);
                JdkCallMetering.meter(classes, method);
                JdkNestingCalls.bracket(classes, method);
                CallDepthMetering.meter(node, method, slots);
            }
            if (restorable) {
                RestoreConstructor.add(classes, node);
            }
            try {
                ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
                node.accept(writer);
                instrumented.put(node.name, writer.toByteArray());
            } catch (MethodTooLargeException e) {
                problems.add(Names.method(node.name, e.getMethodName(), e.getDescriptor())
                        + " is too large once metered");
            }
        }
        if (!problems.isEmpty()) {
            throw new ScoreRejectedException(problems);
        }
        return instrumented;
    }
}
