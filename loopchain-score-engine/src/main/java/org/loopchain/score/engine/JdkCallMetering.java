package org.loopchain.score.engine;

import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Before every call of a JDK member that {@link JdkCosts} does not list as free (and every string
 * concatenation), stores the call's arguments and receiver in fresh locals, charges
 * {@code JdkCosts.charge(cost, values)} with them boxed in an {@code Object[]}, and reloads them.
 * The inserted code is straight-line and its locals are dead at every branch target, so the
 * method's stack map frames stay valid. A member an archive class inherits from a JDK class is
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
    private static String jdkOwner(Map<String, ClassNode> classes, String owner, String name, String desc) {
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
        Type[] arguments = Type.getArgumentTypes(desc);
        int[] slots = new int[arguments.length];
        int next = base;
        for (int i = 0; i < arguments.length; i++) {
            slots[i] = next;
            next += arguments[i].getSize();
        }
        int receiverSlot = next;
        method.maxLocals = Math.max(method.maxLocals, next + 1);
        InsnList code = new InsnList();
        for (int i = arguments.length - 1; i >= 0; i--) {
            code.add(new VarInsnNode(arguments[i].getOpcode(Opcodes.ISTORE), slots[i]));
        }
        if (receiver) {
            code.add(new VarInsnNode(Opcodes.ASTORE, receiverSlot));
        }
        code.add(StepMetering.push(cost.ordinal()));
        code.add(StepMetering.push(arguments.length + 1));
        code.add(new TypeInsnNode(Opcodes.ANEWARRAY, "java/lang/Object"));
        if (receiver) {
            code.add(new InsnNode(Opcodes.DUP));
            code.add(new InsnNode(Opcodes.ICONST_0));
            code.add(new VarInsnNode(Opcodes.ALOAD, receiverSlot));
            code.add(new InsnNode(Opcodes.AASTORE));
        }
        for (int i = 0; i < arguments.length; i++) {
            code.add(new InsnNode(Opcodes.DUP));
            code.add(StepMetering.push(i + 1));
            code.add(new VarInsnNode(arguments[i].getOpcode(Opcodes.ILOAD), slots[i]));
            box(code, arguments[i]);
            code.add(new InsnNode(Opcodes.AASTORE));
        }
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, COSTS, "charge", "(I[Ljava/lang/Object;)V"));
        if (receiver) {
            code.add(new VarInsnNode(Opcodes.ALOAD, receiverSlot));
        }
        for (int i = 0; i < arguments.length; i++) {
            code.add(new VarInsnNode(arguments[i].getOpcode(Opcodes.ILOAD), slots[i]));
        }
        return code;
    }

    /** Boxes a primitive on the stack: every int-like one as an {@code Integer}, a long as a {@code Long}. */
    private static void box(InsnList code, Type type) {
        switch (type.getSort()) {
            case Type.BOOLEAN, Type.CHAR, Type.BYTE, Type.SHORT, Type.INT -> code.add(
                    new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;"));
            case Type.LONG -> code.add(
                    new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/Long", "valueOf", "(J)Ljava/lang/Long;"));
            case Type.FLOAT -> code.add(
                    new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/Float", "valueOf", "(F)Ljava/lang/Float;"));
            case Type.DOUBLE -> code.add(
                    new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/Double", "valueOf", "(D)Ljava/lang/Double;"));
            default -> {
                // a reference stays as it is
            }
        }
    }
}
