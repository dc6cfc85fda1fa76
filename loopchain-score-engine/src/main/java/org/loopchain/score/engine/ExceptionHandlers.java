package org.loopchain.score.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * What the engine does to a contract's exception handlers.
 *
 * <p>javac compiles {@code finally} to a catch-any handler that stores the exception, runs the
 * finally code and rethrows, and adds an entry in which that handler covers its own first
 * instruction, the {@code astore} (only an asynchronous exception could be thrown there). Metered,
 * that entry would catch the out-of-steps error thrown by the charge at the handler's start, again
 * and again. The check accepts exactly that entry and the instrumenter drops it, which changes
 * nothing for code that throws synchronously.
 *
 * <p>A catch-any handler is the one place a contract can see an {@link Error}. The engine's own
 * are sticky (the handler's first charge throws them again); {@link #reportCaught} makes the JVM's
 * ({@code StackOverflowError}, {@code OutOfMemoryError}, whose timing differs between JVMs) sticky
 * too, so no {@code finally} can turn them into a success, and hides the JVM's wording of its own
 * exceptions from every handler ({@link CaughtExceptions}).
 */
final class ExceptionHandlers {

    private ExceptionHandlers() {
    }

    /** True if {@code entry} is catch-any and covers nothing but the {@code astore} its handler starts with. */
    static boolean javacSelfCover(MethodNode method, TryCatchBlockNode entry) {
        if (entry.type != null) {
            return false;
        }
        AbstractInsnNode first = real(entry.handler);
        if (first == null || first.getOpcode() != Opcodes.ASTORE || real(entry.start) != first) {
            return false;
        }
        return real(first.getNext()) == real(entry.end);
    }

    /**
     * True if {@code entry} is one of javac's try-with-resources handlers: it catches
     * {@code Throwable} and, read straight on, only stores and loads what it caught, closes the
     * resource, adds a suppressed exception and rethrows. Such a handler cannot end a failure.
     */
    static boolean javacResourceHandler(TryCatchBlockNode entry) {
        if (!"java/lang/Throwable".equals(entry.type)) {
            return false;
        }
        AbstractInsnNode at = real(entry.handler);
        if (at == null || at.getOpcode() != Opcodes.ASTORE) {
            return false;
        }
        for (int seen = 0; at != null && seen < 16; at = real(at.getNext()), seen++) {
            switch (at.getOpcode()) {
                case Opcodes.ATHROW -> {
                    return true;
                }
                case Opcodes.ASTORE, Opcodes.ALOAD, Opcodes.IFNULL, Opcodes.IFNONNULL, Opcodes.GOTO -> {
                    // moving what was caught, or skipping a null resource
                }
                case Opcodes.INVOKEVIRTUAL, Opcodes.INVOKEINTERFACE -> {
                    MethodInsnNode call = (MethodInsnNode) at;
                    boolean close = call.name.equals("close") && call.desc.equals("()V");
                    boolean suppress = call.owner.equals("java/lang/Throwable") && call.name.equals("addSuppressed");
                    if (!close && !suppress) {
                        return false;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        return false;
    }

    /** Removes javac's self-covering entries from {@code method}; call before metering. */
    static void dropSelfCovers(MethodNode method) {
        List<TryCatchBlockNode> selfCovers = method.tryCatchBlocks.stream()
                .filter(entry -> javacSelfCover(method, entry)).toList();
        method.tryCatchBlocks.removeAll(selfCovers);
    }

    /**
     * At the start of every handler, replaces the caught throwable with what
     * {@code CaughtExceptions.caught} returns, cast back to the type the handler's frame declares
     * (a handler of a class file without frames is left as it is).
     */
    static void reportCaught(MethodNode method) {
        Set<LabelNode> reported = new HashSet<>();
        for (TryCatchBlockNode entry : method.tryCatchBlocks) {
            if (reported.add(entry.handler)) {
                String caughtType = frameStackType(entry.handler);
                if (caughtType == null) {
                    continue;
                }
                InsnList report = new InsnList();
                report.add(new MethodInsnNode(Opcodes.INVOKESTATIC, Type.getInternalName(CaughtExceptions.class),
                        "caught", "(Ljava/lang/Throwable;)Ljava/lang/Throwable;"));
                if (!caughtType.equals("java/lang/Throwable")) {
                    report.add(new TypeInsnNode(Opcodes.CHECKCAST, caughtType));
                }
                method.instructions.insertBefore(real(entry.handler), report);
            }
        }
    }

    /** The type on the stack in the frame at {@code handler}, or {@code null} if there is no such frame. */
    private static String frameStackType(LabelNode handler) {
        for (AbstractInsnNode at = handler; at != null && at.getOpcode() < 0; at = at.getNext()) {
            if (at instanceof FrameNode frame && frame.stack != null && frame.stack.size() == 1
                    && frame.stack.get(0) instanceof String type) {
                return type;
            }
        }
        return null;
    }

    /** The first real instruction at or after {@code insn}, or {@code null}. */
    private static AbstractInsnNode real(AbstractInsnNode insn) {
        AbstractInsnNode at = insn;
        while (at != null && at.getOpcode() < 0) {
            at = at.getNext();
        }
        return at;
    }
}
