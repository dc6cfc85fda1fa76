package org.loopchain.score.engine;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Code inserted just before a call that hands the engine the call's values: it stores the
 * arguments and the receiver (if any) in fresh locals, calls {@code owner.name(int, Object[])} with
 * a number and the values boxed in an array (the receiver, or {@code null}, first), and reloads
 * them. The code is straight-line and its locals are dead at every branch target, so the method's
 * stack map frames stay valid.
 */
final class CallValues {

    private CallValues() {
    }

    /**
     * The code before one call of descriptor {@code desc}; its locals start at {@code base}, past the
     * method's own, and {@code number} is the engine method's first argument.
     */
    static InsnList handTo(MethodNode method, int base, String desc, boolean receiver, String owner, String name,
            int number) {
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
        code.add(StepMetering.push(number));
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
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, owner, name, "(I[Ljava/lang/Object;)V"));
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
