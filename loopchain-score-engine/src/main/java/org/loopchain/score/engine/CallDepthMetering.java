package org.loopchain.score.engine;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Counts a method's frame in the call depth ({@link StepMeter#enter}/{@link StepMeter#leave}):
 * {@code enter(slots)} first, {@code leave(slots)} before every return, and a catch-any handler,
 * last in the exception table so every handler of the method comes first, that calls
 * {@code leave(slots)} and rethrows when an exception leaves the method. {@code slots} is the
 * class file's own {@code max_locals + max_stack} (plus one), so it is the same on every peer.
 *
 * <p>The handler's frame declares no locals, which any frame is assignable to, and the exception
 * on the stack. In a constructor it starts after the call that initializes {@code this} (a handler
 * may not cover an uninitialized {@code this}), so an exception thrown while a constructor computes
 * its {@code super(…)} arguments leaves its frame counted: the count is then higher than the real
 * depth, the same on every peer.
 */
final class CallDepthMetering {

    private static final String METER = Type.getInternalName(StepMeter.class);

    private CallDepthMetering() {
    }

    /** The slots to count for {@code method}: read before any instrumentation changes its maxima. */
    static int slots(MethodNode method) {
        return method.maxLocals + method.maxStack + 1;
    }

    static void meter(ClassNode owner, MethodNode method, int slots) {
        if (method.instructions.size() == 0) {
            return;
        }
        for (AbstractInsnNode insn : method.instructions.toArray()) {
            int opcode = insn.getOpcode();
            if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) {
                method.instructions.insertBefore(insn, call("leave", slots));
            }
        }
        AbstractInsnNode coveredFrom = method.name.equals("<init>") ? afterThisInitialized(method)
                : method.instructions.getFirst();
        method.instructions.insert(call("enter", slots));
        if (coveredFrom != null) {
            coverExceptionExit(owner, method, coveredFrom, slots);
        }
    }

    private static void coverExceptionExit(ClassNode owner, MethodNode method, AbstractInsnNode from, int slots) {
        LabelNode start = new LabelNode();
        LabelNode end = new LabelNode();
        LabelNode handler = new LabelNode();
        method.instructions.insertBefore(from, start);
        InsnList exit = new InsnList();
        exit.add(end);
        exit.add(handler);
        if ((owner.version & 0xFFFF) >= Opcodes.V1_6) {
            exit.add(new FrameNode(Opcodes.F_FULL, 0, new Object[0], 1, new Object[] {"java/lang/Throwable"}));
        }
        exit.add(call("leave", slots));
        exit.add(new InsnNode(Opcodes.ATHROW));
        method.instructions.add(exit);
        method.tryCatchBlocks.add(new TryCatchBlockNode(start, end, handler, null));
    }

    /**
     * The instruction after the {@code invokespecial <init>} that initializes {@code this}: the first
     * one not matched by an earlier {@code new} (javac nests each {@code new … <init>} pair).
     */
    private static AbstractInsnNode afterThisInitialized(MethodNode method) {
        int pendingNew = 0;
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof TypeInsnNode && insn.getOpcode() == Opcodes.NEW) {
                pendingNew++;
            } else if (insn instanceof MethodInsnNode call && call.getOpcode() == Opcodes.INVOKESPECIAL
                    && call.name.equals("<init>")) {
                if (pendingNew == 0) {
                    return insn.getNext();
                }
                pendingNew--;
            }
        }
        return null;
    }

    private static InsnList call(String name, int slots) {
        InsnList code = new InsnList();
        code.add(StepMetering.push(slots));
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, METER, name, "(I)V"));
        return code;
    }
}
