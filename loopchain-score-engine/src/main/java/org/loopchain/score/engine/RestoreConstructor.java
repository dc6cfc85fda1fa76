package org.loopchain.score.engine;

import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The synthetic {@code protected C(Restore)} constructor: it calls its superclass's restore
 * constructor, or {@code Object()}, and nothing else, so no contract code runs. A class can have
 * one if it is a concrete or abstract class (not an interface, enum or record) whose superclass is
 * {@code Object} or another such archive class; the contract class must be one.
 */
final class RestoreConstructor {

    static final String DESCRIPTOR = "(" + Type.getDescriptor(Restore.class) + ")V";

    private RestoreConstructor() {
    }

    static boolean possible(Map<String, ClassNode> classes, ClassNode node) {
        for (ClassNode type = node; ; type = classes.get(type.superName)) {
            if ((type.access & (Opcodes.ACC_INTERFACE | Opcodes.ACC_ENUM)) != 0) {
                return false;
            }
            if ("java/lang/Object".equals(type.superName)) {
                return true;
            }
            if (!classes.containsKey(type.superName)) {
                return false;
            }
        }
    }

    /** Adds the constructor to {@code node}; {@link #possible} must hold. */
    static void add(Map<String, ClassNode> classes, ClassNode node) {
        MethodNode constructor = new MethodNode(Opcodes.ACC_PROTECTED | Opcodes.ACC_SYNTHETIC, "<init>", DESCRIPTOR,
                null, null);
        InsnList body = constructor.instructions;
        body.add(new VarInsnNode(Opcodes.ALOAD, 0));
        if (classes.containsKey(node.superName)) {
            body.add(new VarInsnNode(Opcodes.ALOAD, 1));
            body.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, node.superName, "<init>", DESCRIPTOR));
        } else {
            body.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V"));
        }
        body.add(new InsnNode(Opcodes.RETURN));
        constructor.maxLocals = 2;
        constructor.maxStack = 2;
        node.methods.add(constructor);
    }
}
