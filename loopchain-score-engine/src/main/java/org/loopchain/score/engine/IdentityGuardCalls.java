package org.loopchain.score.engine;

import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Routes the calls that {@link IdentityHashes} leaves to run time through {@link IdentityGuard}:
 * the helpers of {@link IdentityHashes#GUARDED} and {@code hashCode()}/{@code toString()} on a
 * static type whose verdict is {@code DEPENDS}. Each call becomes an {@code invokestatic} of the
 * same stack shape (the receiver, if any, first).
 */
final class IdentityGuardCalls {

    private static final String GUARD = Type.getInternalName(IdentityGuard.class);
    private static final Map<String, String> SHIMS = Map.ofEntries(
            Map.entry("java/lang/String.valueOf(Ljava/lang/Object;)Ljava/lang/String;", "valueOf"),
            Map.entry("java/lang/StringBuilder.append(Ljava/lang/Object;)Ljava/lang/StringBuilder;", "append"),
            Map.entry("java/lang/StringBuilder.insert(ILjava/lang/Object;)Ljava/lang/StringBuilder;", "insert"),
            Map.entry("java/util/Objects.toString(Ljava/lang/Object;)Ljava/lang/String;", "toString"),
            Map.entry("java/util/Objects.toString(Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/String;", "toString"),
            Map.entry("java/util/Objects.hashCode(Ljava/lang/Object;)I", "hashCode"),
            Map.entry("java/util/Objects.hash([Ljava/lang/Object;)I", "hash"),
            Map.entry("java/util/Arrays.hashCode([Ljava/lang/Object;)I", "arrayHashCode"),
            Map.entry("java/util/Arrays.deepHashCode([Ljava/lang/Object;)I", "deepHashCode"),
            Map.entry("java/util/Arrays.toString([Ljava/lang/Object;)Ljava/lang/String;", "arrayToString"),
            Map.entry("java/util/Arrays.deepToString([Ljava/lang/Object;)Ljava/lang/String;", "deepToString"),
            Map.entry("java/lang/Class.getName()Ljava/lang/String;", "className"),
            Map.entry("java/lang/Class.getSimpleName()Ljava/lang/String;", "simpleClassName"));

    private IdentityGuardCalls() {
    }

    static void rewrite(Map<String, ClassNode> classes, MethodNode method) {
        IdentityHashes identity = new IdentityHashes(classes);
        for (AbstractInsnNode insn : method.instructions.toArray()) {
            if (insn instanceof MethodInsnNode call && call.getOpcode() != Opcodes.INVOKESPECIAL) {
                MethodInsnNode guarded = guarded(identity, call);
                if (guarded != null) {
                    method.instructions.set(call, guarded);
                }
            }
        }
    }

    private static MethodInsnNode guarded(IdentityHashes identity, MethodInsnNode call) {
        String member = call.name + call.desc;
        String shim = SHIMS.get(call.owner + "." + member);
        if (shim != null) {
            String desc = call.getOpcode() == Opcodes.INVOKESTATIC ? call.desc
                    : "(L" + call.owner + ";" + call.desc.substring(1);
            return new MethodInsnNode(Opcodes.INVOKESTATIC, GUARD, shim, desc, false);
        }
        if (member.equals(IdentityHashes.HASH_CODE) && identity.hash(call.owner) == IdentityHashes.Verdict.DEPENDS) {
            return new MethodInsnNode(Opcodes.INVOKESTATIC, GUARD, "hashCodeOf", "(Ljava/lang/Object;)I", false);
        }
        if (member.equals(IdentityHashes.TO_STRING) && identity.text(call.owner) == IdentityHashes.Verdict.DEPENDS) {
            return new MethodInsnNode(Opcodes.INVOKESTATIC, GUARD, "toStringOf",
                    "(Ljava/lang/Object;)Ljava/lang/String;", false);
        }
        return null;
    }
}
