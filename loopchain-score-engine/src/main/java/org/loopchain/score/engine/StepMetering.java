package org.loopchain.score.engine;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Meters one method: a basic block starts at the method entry, at every branch or handler target
 * and after every jump, switch, return and throw; its first instruction is preceded by
 * {@code StepMeter.charge(n)}, n being its instruction count plus {@link StepMeter#NEW_OBJECT} for
 * each {@code new} in it. Array allocations charge their element count just before they run.
 * Only straight-line code is inserted before existing instructions, so the method's stack map
 * frames stay valid. {@code Class.desiredAssertionStatus()} becomes {@code false}, so {@code assert}
 * never depends on the JVM's flags.
 */
final class StepMetering {

    private static final String METER = Type.getInternalName(StepMeter.class);

    private StepMetering() {
    }

    static void meter(MethodNode method) {
        if (method.instructions.size() == 0) {
            return;
        }
        disableAssertions(method);
        Set<LabelNode> targets = branchTargets(method);
        AbstractInsnNode first = null;
        int cost = 0;
        for (AbstractInsnNode insn : method.instructions.toArray()) {
            if (insn instanceof LabelNode label && targets.contains(label) && first != null) {
                method.instructions.insertBefore(first, charge(cost));
                first = null;
                cost = 0;
            }
            if (insn.getOpcode() < 0) {
                continue;
            }
            first = first == null ? insn : first;
            cost += StepMeter.INSTRUCTION + (insn.getOpcode() == Opcodes.NEW ? StepMeter.NEW_OBJECT : 0);
            meterAllocation(method, insn);
            if (endsBlock(insn)) {
                method.instructions.insertBefore(first, charge(cost));
                first = null;
                cost = 0;
            }
        }
        if (first != null) {
            method.instructions.insertBefore(first, charge(cost));
        }
    }

    private static void disableAssertions(MethodNode method) {
        for (AbstractInsnNode insn : method.instructions.toArray()) {
            if (insn instanceof MethodInsnNode call && call.owner.equals("java/lang/Class")
                    && call.name.equals("desiredAssertionStatus")) {
                method.instructions.insertBefore(insn, new InsnNode(Opcodes.POP));
                method.instructions.set(insn, new InsnNode(Opcodes.ICONST_0));
            }
        }
    }

    private static Set<LabelNode> branchTargets(MethodNode method) {
        Set<LabelNode> targets = new HashSet<>();
        method.tryCatchBlocks.forEach(handler -> targets.add(handler.handler));
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof JumpInsnNode jump) {
                targets.add(jump.label);
            } else if (insn instanceof TableSwitchInsnNode table) {
                targets.add(table.dflt);
                targets.addAll(table.labels);
            } else if (insn instanceof LookupSwitchInsnNode lookup) {
                targets.add(lookup.dflt);
                targets.addAll(lookup.labels);
            }
        }
        return targets;
    }

    private static boolean endsBlock(AbstractInsnNode insn) {
        int opcode = insn.getOpcode();
        return insn instanceof JumpInsnNode || insn instanceof TableSwitchInsnNode
                || insn instanceof LookupSwitchInsnNode || opcode == Opcodes.ATHROW || opcode == Opcodes.RET
                || opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN;
    }

    /** Before an array allocation, charges its elements. */
    private static void meterAllocation(MethodNode method, AbstractInsnNode insn) {
        InsnList code = new InsnList();
        switch (insn.getOpcode()) {
            case Opcodes.NEWARRAY, Opcodes.ANEWARRAY -> {
                code.add(new InsnNode(Opcodes.DUP));
                code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, METER, "charge", "(I)V"));
            }
            case Opcodes.MULTIANEWARRAY -> code.add(chargeDimensions(method, ((MultiANewArrayInsnNode) insn).dims));
            default -> {
                // not an allocation
            }
        }
        if (code.size() > 0) {
            method.instructions.insertBefore(insn, code);
        }
    }

    /** Moves the dimensions to fresh locals, charges {@code StepMeter.chargeArray(int[])}, reloads them. */
    private static InsnList chargeDimensions(MethodNode method, int dims) {
        InsnList code = new InsnList();
        int base = method.maxLocals;
        method.maxLocals += dims;
        for (int i = dims - 1; i >= 0; i--) {
            code.add(new VarInsnNode(Opcodes.ISTORE, base + i));
        }
        code.add(push(dims));
        code.add(new IntInsnNode(Opcodes.NEWARRAY, Opcodes.T_INT));
        for (int i = 0; i < dims; i++) {
            code.add(new InsnNode(Opcodes.DUP));
            code.add(push(i));
            code.add(new VarInsnNode(Opcodes.ILOAD, base + i));
            code.add(new InsnNode(Opcodes.IASTORE));
        }
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, METER, "chargeArray", "([I)V"));
        for (int i = 0; i < dims; i++) {
            code.add(new VarInsnNode(Opcodes.ILOAD, base + i));
        }
        return code;
    }

    private static InsnList charge(int steps) {
        InsnList code = new InsnList();
        code.add(push(steps));
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, METER, "charge", "(I)V"));
        return code;
    }

    static AbstractInsnNode push(int value) {
        if (value >= -1 && value <= 5) {
            return new InsnNode(Opcodes.ICONST_0 + value);
        }
        if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            return new IntInsnNode(value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE ? Opcodes.BIPUSH : Opcodes.SIPUSH,
                    value);
        }
        return new LdcInsnNode(value);
    }
}
