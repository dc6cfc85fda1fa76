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
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Checks one instruction of a SCORE method: the members it calls or accesses must be the archive's
 * own or allowed by {@link JdkAllowlist}. A member called on an archive class that the archive does
 * not declare is inherited, so it is judged by the rules of the JDK types the class extends.
 * {@code hashCode()} and {@code toString()} calls, string concatenations and records' generated
 * {@code hashCode()}/{@code toString()} are judged by {@link IdentityHashes}: an identity hash code
 * (or text that shows one) is rejected. {@code String.split} takes only a constant pattern that
 * is not a regular expression (one plain character).
 */
final class InstructionCheck {

    private static final Set<String> OBJECT_METHODS = Set.of("hashCode()I", "equals(Ljava/lang/Object;)Z",
            "toString()Ljava/lang/String;", "getClass()Ljava/lang/Class;", "wait()V", "wait(J)V", "wait(JI)V",
            "notify()V", "notifyAll()V", "finalize()V", "clone()Ljava/lang/Object;");

    private static final String REGEX_METACHARACTERS = ".$|()[{^?*+\\";

    private final Map<String, ClassNode> classes;
    private final IdentityHashes identity;
    private final List<String> problems;

    InstructionCheck(Map<String, ClassNode> classes, List<String> problems) {
        this.classes = classes;
        this.identity = new IdentityHashes(classes);
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
                if (insn.getOpcode() == Opcodes.INVOKESPECIAL && identity.checkedAtRunTime(call.owner, call.name, call.desc)) {
                    problems.add(where + " calls " + Names.callee(call.owner, call.name, call.desc)
                            + " through super, whose identity hash check runs only on virtual calls");
                }
                if (call.owner.equals("java/lang/String") && call.name.equals("split")) {
                    checkSplitPattern(where, call);
                }
                if (IdentityHashes.GUARDED.contains(call.owner + "." + call.name + call.desc)
                        && call.desc.contains("Ljava/lang/Object;)")) {
                    checkKnownArgument(where, call);
                }
                if (call.owner.equals("java/lang/Object") && (call.name + call.desc).equals(IdentityHashes.HASH_CODE)
                        || call.owner.equals("java/lang/Object")
                        && (call.name + call.desc).equals(IdentityHashes.TO_STRING)) {
                    checkKnownReceiver(where, call);
                }
            }
            case Opcodes.INVOKEDYNAMIC -> {
                InvokeDynamicInsnNode indy = (InvokeDynamicInsnNode) insn;
                checkCall(where, indy.bsm.getOwner(), indy.bsm.getName(), indy.bsm.getDesc());
                for (Object argument : indy.bsmArgs) {
                    checkConstant(where, argument);
                }
                checkIdentityBootstraps(where, indy);
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
            if (identity.checkedAtRunTime(handle.getOwner(), handle.getName(), handle.getDesc())) {
                problems.add(where + " refers to " + Names.callee(handle.getOwner(), handle.getName(), handle.getDesc())
                        + " by a method reference, whose identity hash check runs only on calls (use a lambda)");
            }
        } else if (constant instanceof ConstantDynamic) {
            problems.add(where + " loads a dynamic constant");
        }
    }

    private void checkCall(String where, String owner, String name, String desc) {
        String member = name + desc;
        if (member.equals(IdentityHashes.HASH_CODE) && identity.hash(owner) == IdentityHashes.Verdict.IDENTITY) {
            problems.add(where + " calls " + Names.callee(owner, name, desc)
                    + ", an identity hash code that differs between JVMs");
        } else if (member.equals(IdentityHashes.TO_STRING)
                && identity.text(owner) == IdentityHashes.Verdict.IDENTITY) {
            problems.add(where + " calls " + Names.callee(owner, name, desc)
                    + ", whose text shows an identity hash code that differs between JVMs (declare toString())");
        } else if (!member.equals(IdentityHashes.HASH_CODE) && !member.equals(IdentityHashes.TO_STRING)
                && !allowed(owner, name, desc)) {
            String reason = JdkAllowlist.reason(owner, name);
            problems.add(where + " calls " + Names.callee(owner, name, desc) + (reason == null ? "" : ", " + reason));
        }
    }

    /** String concatenation shows each value's text; a record's hashCode and toString use its components'. */
    private void checkIdentityBootstraps(String where, InvokeDynamicInsnNode indy) {
        String bootstrap = indy.bsm.getOwner();
        if (bootstrap.equals("java/lang/invoke/StringConcatFactory")) {
            for (Type argument : Type.getArgumentTypes(indy.desc)) {
                IdentityHashes.Verdict verdict = identity.textOfDescriptor(argument.getDescriptor());
                if (verdict != IdentityHashes.Verdict.VALUE) {
                    problems.add(where + " concatenates a " + argument.getClassName() + (verdict == IdentityHashes.Verdict.IDENTITY
                            ? ", whose text shows an identity hash code that differs between JVMs"
                            : ", whose text may show an identity hash code (convert it with String.valueOf, which checks it)"));
                }
            }
        } else if (bootstrap.equals("java/lang/runtime/ObjectMethods")
                && (indy.name.equals("hashCode") || indy.name.equals("toString"))) {
            boolean hash = indy.name.equals("hashCode");
            for (Object argument : indy.bsmArgs) {
                if (argument instanceof Handle getter && getter.getTag() == Opcodes.H_GETFIELD) {
                    IdentityHashes.Verdict verdict = hash ? identity.hashOfDescriptor(getter.getDesc())
                            : identity.textOfDescriptor(getter.getDesc());
                    if (verdict != IdentityHashes.Verdict.VALUE) {
                        problems.add(where + " is a record " + indy.name + "() over component " + getter.getName()
                                + " of type " + Type.getType(getter.getDesc()).getClassName()
                                + ", which may be an identity hash code that differs between JVMs");
                    }
                }
            }
        }
    }

    /**
     * A helper that shows or hashes any object is checked at run time ({@link IdentityGuard}); when
     * the argument's type is plain from the instruction that made it (javac converts a concatenated
     * object with {@code String.valueOf}), an identity hash is refused here already.
     */
    private void checkKnownArgument(String where, MethodInsnNode call) {
        String type = producedType(previous(call));
        if (type == null || type.equals("Ljava/lang/Object;")) { // an erased generic value: known only at run time
            return;
        }
        boolean hash = call.desc.endsWith(")I");
        IdentityHashes.Verdict verdict = hash ? identity.hashOfDescriptor(type) : identity.textOfDescriptor(type);
        if (verdict == IdentityHashes.Verdict.IDENTITY) {
            problems.add(where + (hash ? " hashes a " : " converts a ") + Type.getType(type).getClassName()
                    + (hash ? " with " : " to text with ") + Names.callee(call.owner, call.name, call.desc)
                    + ", which gives an identity hash code that differs between JVMs");
        }
    }

    /**
     * javac names {@code Object} as the owner of {@code hashCode()} and {@code toString()} whenever
     * the receiver's type does not redeclare them, so the receiver is judged by the instruction that
     * made it when that tells its type (e.g. {@code new Plain().toString()}); else at run time.
     */
    private void checkKnownReceiver(String where, MethodInsnNode call) {
        AbstractInsnNode producer = previous(call);
        String type = producedType(producer);
        boolean exact = producer instanceof MethodInsnNode init && init.name.equals("<init>");
        if (type == null || type.equals("Ljava/lang/Object;") && !exact) {
            return;
        }
        boolean hash = call.name.equals("hashCode");
        IdentityHashes.Verdict verdict = type.equals("Ljava/lang/Object;") ? IdentityHashes.Verdict.IDENTITY
                : hash ? identity.hashOfDescriptor(type) : identity.textOfDescriptor(type);
        if (verdict == IdentityHashes.Verdict.IDENTITY) {
            problems.add(where + " calls " + Names.callee(call.owner, call.name, call.desc) + " on a "
                    + Type.getType(type).getClassName() + (hash ? ", an identity hash code that differs between JVMs"
                    : ", whose text shows an identity hash code that differs between JVMs (declare toString())"));
        }
    }

    /** The descriptor of the value {@code insn} pushes, when the instruction alone tells it; else {@code null}. */
    private static String producedType(AbstractInsnNode insn) {
        if (insn instanceof MethodInsnNode call) {
            return call.name.equals("<init>") ? "L" + call.owner + ";" : Type.getReturnType(call.desc).getDescriptor();
        }
        if (insn instanceof FieldInsnNode field && (insn.getOpcode() == Opcodes.GETFIELD
                || insn.getOpcode() == Opcodes.GETSTATIC)) {
            return field.desc;
        }
        if (insn instanceof TypeInsnNode cast && insn.getOpcode() == Opcodes.CHECKCAST) {
            return Type.getObjectType(cast.desc).getDescriptor();
        }
        return null;
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

    private static AbstractInsnNode previous(AbstractInsnNode insn) {
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
