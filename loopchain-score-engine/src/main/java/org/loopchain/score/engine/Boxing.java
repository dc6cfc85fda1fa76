package org.loopchain.score.engine;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/** The {@code valueOf} call that boxes a primitive on the operand stack. */
final class Boxing {

    private Boxing() {
    }

    /** The boxing call for {@code type}, or a {@code NOP} for a reference type. */
    static AbstractInsnNode box(Type type) {
        String box = switch (type.getSort()) {
            case Type.BOOLEAN -> "java/lang/Boolean";
            case Type.CHAR -> "java/lang/Character";
            case Type.BYTE -> "java/lang/Byte";
            case Type.SHORT -> "java/lang/Short";
            case Type.INT -> "java/lang/Integer";
            case Type.LONG -> "java/lang/Long";
            case Type.FLOAT -> "java/lang/Float";
            case Type.DOUBLE -> "java/lang/Double";
            default -> null;
        };
        if (box == null) {
            return new InsnNode(Opcodes.NOP);
        }
        return new MethodInsnNode(Opcodes.INVOKESTATIC, box, "valueOf",
                "(" + type.getDescriptor() + ")L" + box + ";", false);
    }
}
