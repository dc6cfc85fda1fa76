package org.loopchain.score.engine;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Brackets every JDK call that may recurse through its values ({@link JdkNestingRules}), and every
 * string concatenation, with {@link JdkNesting#enter} (handed the call's values,
 * {@link CallValues}) before and {@link JdkNesting#leave} after it. When the call throws instead,
 * the next contract handler, or the end of the frame, gives its slots back
 * ({@link CaughtExceptions}, {@link StepMeter}). A function or comparator a JDK method returns is
 * passed through {@link Compositions#track}.
 */
final class JdkNestingCalls {

    private static final String NESTING = Type.getInternalName(JdkNesting.class);
    private static final String COMPOSITIONS = Type.getInternalName(Compositions.class);

    private JdkNestingCalls() {
    }

    static void bracket(Map<String, ClassNode> classes, MethodNode method) {
        int base = method.maxLocals;
        for (AbstractInsnNode insn : method.instructions.toArray()) {
            if (insn instanceof MethodInsnNode call) {
                String jdk = JdkCallMetering.jdkOwner(classes, call.owner, call.name, call.desc);
                if (jdk == null && !inheritedFromJdk(classes, call)) {
                    continue;
                }
                JdkNestingRules.Rule rule = jdk == null ? JdkNestingRules.Rule.NONE
                        : JdkNestingRules.of(jdk, call.name, call.desc);
                boolean receiver = call.getOpcode() != Opcodes.INVOKESTATIC && !call.name.equals("<init>");
                AbstractInsnNode last = rule == JdkNestingRules.Rule.NONE ? call
                        : bracket(method, base, call, call.desc, receiver, rule);
                track(method, last, Type.getReturnType(call.desc));
            } else if (insn instanceof InvokeDynamicInsnNode indy
                    && indy.bsm.getOwner().equals("java/lang/invoke/StringConcatFactory")) {
                bracket(method, base, indy, indy.desc, false, JdkNestingRules.Rule.ARGUMENTS);
            }
        }
    }

    /** Brackets {@code call}; returns the last instruction of the bracket after it. */
    private static AbstractInsnNode bracket(MethodNode method, int base, AbstractInsnNode call, String desc,
            boolean receiver, JdkNestingRules.Rule rule) {
        method.instructions.insertBefore(call,
                CallValues.handTo(method, base, desc, receiver, NESTING, "enter", rule.ordinal()));
        InsnList leave = leave();
        AbstractInsnNode last = leave.getLast();
        method.instructions.insert(call, leave);
        return last;
    }

    private static InsnList leave() {
        InsnList code = new InsnList();
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, NESTING, "leave", "()V"));
        return code;
    }

    /** After {@code last} (a call, or its bracket), wraps the function or comparator the call returned. */
    private static void track(MethodNode method, AbstractInsnNode last, Type returned) {
        if (returned.getSort() != Type.OBJECT || !Compositions.tracked(returned.getInternalName())) {
            return;
        }
        InsnList code = new InsnList();
        code.add(new LdcInsnNode(returned));
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, COMPOSITIONS, "track",
                "(Ljava/lang/Object;Ljava/lang/Class;)Ljava/lang/Object;"));
        code.add(new TypeInsnNode(Opcodes.CHECKCAST, returned.getInternalName()));
        method.instructions.insert(last, code);
    }

    /**
     * True if {@code call} names an archive interface whose method the archive does not implement:
     * a JDK default method (a {@code thenComparing} on a contract's own comparator interface).
     */
    private static boolean inheritedFromJdk(Map<String, ClassNode> classes, MethodInsnNode call) {
        return !declaredWithBody(classes, call.owner, call.name, call.desc, new HashSet<>());
    }

    private static boolean declaredWithBody(Map<String, ClassNode> classes, String type, String name, String desc,
            Set<String> seen) {
        ClassNode node = classes.get(type);
        if (node == null || !seen.add(type)) {
            return false;
        }
        boolean here = node.methods.stream().anyMatch(m -> m.name.equals(name) && m.desc.equals(desc)
                && (m.access & Opcodes.ACC_ABSTRACT) == 0);
        return here || declaredWithBody(classes, node.superName, name, desc, seen)
                || node.interfaces.stream().anyMatch(i -> declaredWithBody(classes, i, name, desc, seen));
    }
}
