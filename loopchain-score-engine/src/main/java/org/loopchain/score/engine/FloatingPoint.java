package org.loopchain.score.engine;

import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Finds {@code float} and {@code double} in a SCORE, which are refused as ICON refuses them: the
 * arithmetic is exact IEEE 754 since Java 17, but {@code Math}'s functions may use each CPU's
 * intrinsics and {@code Double.toString} changed its digits in Java 19, so a result could depend on
 * the peer. A descriptor mentions them with {@code F} or {@code D}; so do the float and double
 * instructions, constants and arrays.
 */
final class FloatingPoint {

    private FloatingPoint() {
    }

    /** True if the field or method descriptor mentions {@code float} or {@code double}. */
    static boolean inDescriptor(String descriptor) {
        for (int i = 0; i < descriptor.length(); i++) {
            char c = descriptor.charAt(i);
            if (c == 'L') {
                i = descriptor.indexOf(';', i);
            } else if (c == 'F' || c == 'D') {
                return true;
            }
        }
        return false;
    }

    /** True if the method's signature or any instruction of it uses a floating-point value. */
    static boolean usedBy(MethodNode method) {
        if (inDescriptor(method.desc)) {
            return true;
        }
        for (AbstractInsnNode insn : method.instructions) {
            if (uses(insn)) {
                return true;
            }
        }
        return false;
    }

    private static boolean uses(AbstractInsnNode insn) {
        int opcode = insn.getOpcode();
        if (opcode >= Opcodes.FCONST_0 && opcode <= Opcodes.DCONST_1 || opcode == Opcodes.FLOAD
                || opcode == Opcodes.DLOAD || opcode == Opcodes.FALOAD || opcode == Opcodes.DALOAD
                || opcode == Opcodes.FSTORE || opcode == Opcodes.DSTORE || opcode == Opcodes.FASTORE
                || opcode == Opcodes.DASTORE || opcode == Opcodes.FRETURN || opcode == Opcodes.DRETURN
                || opcode >= Opcodes.FADD && opcode <= Opcodes.DNEG && floatingArithmetic(opcode)
                || opcode >= Opcodes.I2F && opcode <= Opcodes.D2F && opcode != Opcodes.I2L && opcode != Opcodes.L2I
                || opcode >= Opcodes.FCMPL && opcode <= Opcodes.DCMPG) {
            return true;
        }
        if (insn instanceof IntInsnNode array && opcode == Opcodes.NEWARRAY) {
            return array.operand == Opcodes.T_FLOAT || array.operand == Opcodes.T_DOUBLE;
        }
        if (insn instanceof LdcInsnNode ldc) {
            return ldc.cst instanceof Float || ldc.cst instanceof Double;
        }
        if (insn instanceof FieldInsnNode field) {
            return inDescriptor(field.desc);
        }
        if (insn instanceof MethodInsnNode call) {
            return inDescriptor(call.desc);
        }
        if (insn instanceof InvokeDynamicInsnNode indy) {
            if (inDescriptor(indy.desc)) {
                return true;
            }
            for (Object argument : indy.bsmArgs) {
                if (argument instanceof Handle handle && inDescriptor(handle.getDesc())
                        || argument instanceof Type type && type.getSort() == Type.METHOD
                        && inDescriptor(type.getDescriptor())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** FADD..DNEG interleave int, long, float and double: the float and double ones are 2 and 3 mod 4. */
    private static boolean floatingArithmetic(int opcode) {
        int kind = (opcode - Opcodes.IADD) % 4;
        return kind == 2 || kind == 3;
    }
}
