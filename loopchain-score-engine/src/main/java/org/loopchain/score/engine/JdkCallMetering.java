package org.loopchain.score.engine;

import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Before every call of a JDK member that {@link JdkCosts} does not list as free (and every string
 * concatenation), charges {@code JdkCosts.charge(cost, values)} with the call's values
 * ({@link CallValues}). A member an archive class inherits from a JDK class is
 * judged by that class's rules.
 */
final class JdkCallMetering {

    private static final String COSTS = Type.getInternalName(JdkCosts.class);

    private JdkCallMetering() {
    }

    static void meter(Map<String, ClassNode> classes, MethodNode method) {
        int base = method.maxLocals;
        for (AbstractInsnNode insn : method.instructions.toArray()) {
            if (insn instanceof MethodInsnNode call) {
                String owner = jdkOwner(classes, call.owner, call.name, call.desc);
                JdkCosts.Cost cost = owner == null ? JdkCosts.Cost.FREE : JdkCosts.of(owner, call.name, call.desc);
                boolean receiver = call.getOpcode() != Opcodes.INVOKESTATIC && !call.name.equals("<init>");
                if (cost != JdkCosts.Cost.FREE) {
                    method.instructions.insertBefore(call, charge(method, base, cost, call.desc, receiver));
                }
            } else if (insn instanceof InvokeDynamicInsnNode indy) {
                JdkCosts.Cost cost = JdkCosts.of(indy.bsm.getOwner(), indy.bsm.getName(), indy.bsm.getDesc());
                if (cost != JdkCosts.Cost.FREE) {
                    method.instructions.insertBefore(indy, charge(method, base, cost, indy.desc, false));
                }
            }
        }
    }

    /** The JDK type whose rules apply to {@code owner.name}, or {@code null} if the archive declares it. */
    static String jdkOwner(Map<String, ClassNode> classes, String owner, String name, String desc) {
        String type = owner;
        while (classes.containsKey(type)) {
            ClassNode node = classes.get(type);
            if ((node.access & Opcodes.ACC_INTERFACE) != 0
                    || node.methods.stream().anyMatch(m -> m.name.equals(name) && m.desc.equals(desc))) {
                return null;
            }
            type = node.superName;
        }
        return type;
    }

    /** The charge before one call; its locals start at {@code base}, past the method's own. */
    private static InsnList charge(MethodNode method, int base, JdkCosts.Cost cost, String desc, boolean receiver) {
        return CallValues.handTo(method, base, desc, receiver, COSTS, "charge", cost.ordinal());
    }
}
