package org.loopchain.score.engine;

import java.util.List;
import java.util.Map;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * The deploy-time half of the identity hash rule: rejects an instruction that would hash or show
 * a value whose hash code is known to be an identity hash ({@link IdentityHashes} gives the
 * verdicts). What depends on the runtime class is left to {@link IdentityGuard}, which the
 * instrumenter puts in front of those calls; so a method reference to such a member, or a call of
 * it through {@code super}, which the guard cannot stand in front of, is rejected.
 */
final class IdentityCheck {

    private final IdentityHashes identity;
    private final List<String> problems;

    IdentityCheck(Map<String, ClassNode> classes, List<String> problems) {
        this.identity = new IdentityHashes(classes);
        this.problems = problems;
    }

    /** {@code owner.hashCode()} or {@code owner.toString()}, called or referred to. */
    void checkMember(String where, String owner, String name, String desc) {
        boolean hash = (name + desc).equals(IdentityHashes.HASH_CODE);
        IdentityHashes.Verdict verdict = hash ? identity.hash(owner) : identity.text(owner);
        if (verdict == IdentityHashes.Verdict.IDENTITY) {
            problems.add(where + " calls " + Names.callee(owner, name, desc) + (hash
                    ? ", an identity hash code that differs between JVMs"
                    : ", whose text shows an identity hash code that differs between JVMs (declare toString())"));
        }
    }

    void checkCall(String where, MethodInsnNode call) {
        String member = call.name + call.desc;
        if (call.getOpcode() == Opcodes.INVOKESPECIAL && identity.checkedAtRunTime(call.owner, call.name, call.desc)) {
            problems.add(where + " calls " + Names.callee(call.owner, call.name, call.desc)
                    + " through super, whose identity hash check runs only on virtual calls");
        }
        if (IdentityHashes.GUARDED.contains(call.owner + "." + member) && call.desc.contains("Ljava/lang/Object;)")) {
            checkKnownArgument(where, call);
        }
        if (call.owner.equals("java/lang/Object")
                && (member.equals(IdentityHashes.HASH_CODE) || member.equals(IdentityHashes.TO_STRING))) {
            checkKnownReceiver(where, call);
        }
    }

    void checkMethodReference(String where, Handle handle) {
        if (identity.checkedAtRunTime(handle.getOwner(), handle.getName(), handle.getDesc())) {
            problems.add(where + " refers to " + Names.callee(handle.getOwner(), handle.getName(), handle.getDesc())
                    + " by a method reference, whose identity hash check runs only on calls (use a lambda)");
        }
    }

    /** String concatenation shows each value's text; a record's hashCode and toString use its components'. */
    void checkBootstrap(String where, InvokeDynamicInsnNode indy) {
        String bootstrap = indy.bsm.getOwner();
        if (bootstrap.equals("java/lang/invoke/StringConcatFactory")) {
            for (Type argument : Type.getArgumentTypes(indy.desc)) {
                IdentityHashes.Verdict verdict = identity.textOfDescriptor(argument.getDescriptor());
                if (verdict != IdentityHashes.Verdict.VALUE) {
                    problems.add(where + " concatenates a " + argument.getClassName()
                            + (verdict == IdentityHashes.Verdict.IDENTITY
                            ? ", whose text shows an identity hash code that differs between JVMs"
                            : ", whose text may show an identity hash code (convert it with String.valueOf,"
                                    + " which checks it)"));
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
        String type = producedType(InstructionCheck.previous(call));
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
        AbstractInsnNode producer = InstructionCheck.previous(call);
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
}
