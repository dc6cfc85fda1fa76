package org.loopchain.score.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Checks one instruction of a SCORE method: the members it calls or accesses must be the archive's
 * own or allowed by {@link JdkAllowlist}. A member called on an archive class that the archive does
 * not declare is inherited, so it is judged by the rules of the JDK types the class extends.
 * What could expose an identity hash code is judged by {@link IdentityCheck}. {@code String.split}
 * takes only a constant pattern that is not a regular expression (one plain character).
 */
final class InstructionCheck {

    private static final Set<String> OBJECT_METHODS = Set.of("hashCode()I", "equals(Ljava/lang/Object;)Z",
            "toString()Ljava/lang/String;", "getClass()Ljava/lang/Class;", "wait()V", "wait(J)V", "wait(JI)V",
            "notify()V", "notifyAll()V", "finalize()V", "clone()Ljava/lang/Object;");

    private static final String REGEX_METACHARACTERS = ".$|()[{^?*+\\";

    private final Map<String, ClassNode> classes;
    private final IdentityCheck identity;
    private final List<String> problems;

    InstructionCheck(Map<String, ClassNode> classes, List<String> problems) {
        this.classes = classes;
        this.identity = new IdentityCheck(classes, problems);
        this.problems = problems;
    }

    void check(ClassNode owner, MethodNode method, String where, AbstractInsnNode insn) {
        switch (insn.getOpcode()) {
            case Opcodes.MONITORENTER -> problems.add(where + " has a synchronized block");
            case Opcodes.PUTSTATIC -> {
                FieldInsnNode field = (FieldInsnNode) insn;
                if (!field.owner.equals(owner.name) || !method.name.equals("<clinit>")) {
                    problems.add(where + " writes static field " + Names.type(field.owner) + "." + field.name
                            + " outside its class's static initializer");
                }
            }
            case Opcodes.GETSTATIC, Opcodes.GETFIELD, Opcodes.PUTFIELD -> {
                FieldInsnNode field = (FieldInsnNode) insn;
                if (!allowed(field.owner, field.name, field.desc)) {
                    problems.add(where + " uses " + Names.type(field.owner) + "." + field.name);
                }
            }
            case Opcodes.INVOKEVIRTUAL, Opcodes.INVOKESPECIAL, Opcodes.INVOKESTATIC, Opcodes.INVOKEINTERFACE -> {
                MethodInsnNode call = (MethodInsnNode) insn;
                checkCall(where, call.owner, call.name, call.desc);
                identity.checkCall(where, call);
                if (call.owner.equals("java/lang/String") && call.name.equals("split")) {
                    checkSplitPattern(where, call);
                }
            }
            case Opcodes.INVOKEDYNAMIC -> {
                InvokeDynamicInsnNode indy = (InvokeDynamicInsnNode) insn;
                checkCall(where, indy.bsm.getOwner(), indy.bsm.getName(), indy.bsm.getDesc());
                for (Object argument : indy.bsmArgs) {
                    checkConstant(where, argument);
                }
                identity.checkBootstrap(where, indy);
            }
            case Opcodes.LDC -> checkConstant(where, ((LdcInsnNode) insn).cst);
            default -> {
                // other instructions touch no member
            }
        }
    }

    private void checkConstant(String where, Object constant) {
        if (constant instanceof Handle handle) {
            checkCall(where, handle.getOwner(), handle.getName(), handle.getDesc());
            identity.checkMethodReference(where, handle);
        } else if (constant instanceof ConstantDynamic) {
            problems.add(where + " loads a dynamic constant");
        }
    }

    /** {@code hashCode()} and {@code toString()} are judged by {@link IdentityCheck}, every other member here. */
    private void checkCall(String where, String owner, String name, String desc) {
        String member = name + desc;
        if (member.equals(IdentityHashes.HASH_CODE) || member.equals(IdentityHashes.TO_STRING)) {
            identity.checkMember(where, owner, name, desc);
        } else if (!allowed(owner, name, desc)) {
            String reason = JdkAllowlist.reason(owner, name);
            problems.add(where + " calls " + Names.callee(owner, name, desc) + (reason == null ? "" : ", " + reason));
        }
    }

    /** {@code split} with a regular expression could backtrack without end; one plain character is a plain split. */
    private void checkSplitPattern(String where, MethodInsnNode call) {
        AbstractInsnNode argument = previous(call);
        if (call.desc.equals("(Ljava/lang/String;I)[Ljava/lang/String;")) {
            argument = previous(argument);
        }
        boolean plain = argument instanceof LdcInsnNode ldc && ldc.cst instanceof String pattern
                && pattern.length() == 1 && REGEX_METACHARACTERS.indexOf(pattern.charAt(0)) < 0;
        if (!plain) {
            problems.add(where + " calls " + Names.callee(call.owner, call.name, call.desc)
                    + " with a pattern other than one constant plain character (a regular expression could backtrack"
                    + " beyond what steps bound)");
        }
    }

    /** The real instruction before {@code insn}, skipping labels, line numbers and frames. */
    static AbstractInsnNode previous(AbstractInsnNode insn) {
        AbstractInsnNode at = insn == null ? null : insn.getPrevious();
        while (at != null && at.getOpcode() < 0) {
            at = at.getPrevious();
        }
        return at;
    }

    /** True if {@code owner.name} (descriptor {@code desc}, a method's or a field's) may be used. */
    boolean allowed(String owner, String name, String desc) {
        if (!classes.containsKey(owner)) {
            return JdkAllowlist.allowsMember(owner, name, desc);
        }
        Set<String> outside = new HashSet<>();
        if (declaredInArchive(owner, name, desc, outside)) {
            return true;
        }
        if (OBJECT_METHODS.contains(name + desc)) {
            return JdkAllowlist.allowsMember("java/lang/Object", name, desc);
        }
        return outside.stream().anyMatch(type -> JdkAllowlist.allowsMember(type, name, desc));
    }

    /** Walks the archive supertypes of {@code owner}; collects the first non-archive ones in {@code outside}. */
    private boolean declaredInArchive(String owner, String name, String desc, Set<String> outside) {
        Deque<String> todo = new ArrayDeque<>(List.of(owner));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String type = todo.pop();
            ClassNode node = classes.get(type);
            if (!seen.add(type)) {
                continue;
            }
            if (node == null) {
                outside.add(type);
                continue;
            }
            boolean declares = node.methods.stream().anyMatch(m -> m.name.equals(name) && m.desc.equals(desc))
                    || node.fields.stream().anyMatch(f -> f.name.equals(name) && f.desc.equals(desc));
            if (declares) {
                return true;
            }
            if (node.superName != null) {
                todo.add(node.superName);
            }
            todo.addAll(node.interfaces);
        }
        return false;
    }
}
