package org.loopchain.score.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Handle;
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
 * A method reference to a JDK method ({@code BigInteger::multiply}, {@code ArrayList::new}) makes
 * the lambda call it directly, past the metering of calls. For each such reference whose member
 * {@link JdkCosts} does not list as free, this adds to the class a private static synthetic bridge
 * ({@code lambda$metered$N}) that makes the same call, and points the lambda at the bridge; the
 * bridge is then metered like any other method. References to a superclass's method
 * ({@code super::m}) and references in interfaces are left as they are. So does a reference to a
 * member that may recurse through its values ({@link JdkNestingRules}) or returns a function
 * ({@link Compositions}).
 */
final class MethodReferenceBridges {

    private static final String LAMBDA_METAFACTORY = "java/lang/invoke/LambdaMetafactory";

    private MethodReferenceBridges() {
    }

    static void add(Map<String, ClassNode> classes, ClassNode node) {
        if ((node.access & Opcodes.ACC_INTERFACE) != 0) {
            return;
        }
        List<MethodNode> bridges = new ArrayList<>();
        for (MethodNode method : node.methods) {
            for (AbstractInsnNode insn : method.instructions) {
                if (insn instanceof InvokeDynamicInsnNode indy && indy.bsm.getOwner().equals(LAMBDA_METAFACTORY)
                        && indy.bsmArgs.length > 1 && indy.bsmArgs[1] instanceof Handle target
                        && metered(classes, target)) {
                    MethodNode bridge = bridge(node, target, bridges.size());
                    bridges.add(bridge);
                    indy.bsmArgs[1] = new Handle(Opcodes.H_INVOKESTATIC, node.name, bridge.name, bridge.desc, false);
                }
            }
        }
        node.methods.addAll(bridges);
    }

    private static boolean metered(Map<String, ClassNode> classes, Handle target) {
        if (target.getTag() == Opcodes.H_INVOKESPECIAL || classes.containsKey(target.getOwner())) {
            return false;
        }
        Type returned = Type.getReturnType(target.getDesc());
        return JdkCosts.of(target.getOwner(), target.getName(), target.getDesc()) != JdkCosts.Cost.FREE
                || JdkNestingRules.of(target.getOwner(), target.getName(), target.getDesc())
                        != JdkNestingRules.Rule.NONE
                || returned.getSort() == Type.OBJECT && Compositions.tracked(returned.getInternalName());
    }

    private static MethodNode bridge(ClassNode node, Handle target, int index) {
        int tag = target.getTag();
        Type[] arguments = Type.getArgumentTypes(target.getDesc());
        Type returned = Type.getReturnType(target.getDesc());
        List<Type> parameters = new ArrayList<>();
        if (tag == Opcodes.H_INVOKEVIRTUAL || tag == Opcodes.H_INVOKEINTERFACE) {
            parameters.add(Type.getObjectType(target.getOwner()));
        }
        parameters.addAll(List.of(arguments));
        if (tag == Opcodes.H_NEWINVOKESPECIAL) {
            returned = Type.getObjectType(target.getOwner());
        }
        String desc = Type.getMethodDescriptor(returned, parameters.toArray(Type[]::new));
        MethodNode bridge = new MethodNode(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
                "lambda$metered$" + index, desc, null, null);
        InsnList body = bridge.instructions;
        if (tag == Opcodes.H_NEWINVOKESPECIAL) {
            body.add(new TypeInsnNode(Opcodes.NEW, target.getOwner()));
            body.add(new InsnNode(Opcodes.DUP));
        }
        int slot = 0;
        for (Type parameter : parameters) {
            body.add(new VarInsnNode(parameter.getOpcode(Opcodes.ILOAD), slot));
            slot += parameter.getSize();
        }
        int opcode = switch (tag) {
            case Opcodes.H_INVOKESTATIC -> Opcodes.INVOKESTATIC;
            case Opcodes.H_INVOKEINTERFACE -> Opcodes.INVOKEINTERFACE;
            case Opcodes.H_NEWINVOKESPECIAL -> Opcodes.INVOKESPECIAL;
            default -> Opcodes.INVOKEVIRTUAL;
        };
        body.add(new MethodInsnNode(opcode, target.getOwner(), target.getName(), target.getDesc(),
                target.isInterface()));
        body.add(new InsnNode(returned.getOpcode(Opcodes.IRETURN)));
        bridge.maxLocals = slot;
        bridge.maxStack = slot + 2 + returned.getSize();
        return bridge;
    }
}
