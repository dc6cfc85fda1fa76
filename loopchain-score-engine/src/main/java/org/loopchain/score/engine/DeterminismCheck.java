package org.loopchain.score.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * Finds everything in a SCORE's classes that could make two peers disagree, or let a contract
 * escape metering. The calls a contract may make are those of {@link JdkAllowlist} (see there),
 * the SDK's and its own; besides, it may not have:
 * <ul>
 *   <li>mutable static state: a static field that is not final, a static final field of another
 *       type than a primitive, a box, {@code String}, {@code BigInteger} or {@code score.Address}
 *       (enum constants and the compiler's {@code $VALUES}, {@code $assertionsDisabled} and
 *       {@code $SwitchMap$…} excepted), a {@code putstatic} outside the class's own static
 *       initializer, or a non-final field in an enum;</li>
 *   <li>{@code synchronized} methods or blocks, native methods, {@code finalize} overrides;</li>
 *   <li>an exception handler that covers itself (it could swallow running out of steps forever), but
 *       for javac's {@code finally} entry that covers only the handler's own {@code astore}
 *       ({@link ExceptionHandlers});</li>
 *   <li>a handler that catches {@code Throwable}, {@code Error} or any JDK error: a stack overflow or
 *       running out of memory happens at a different point on each JVM, and the engine's own
 *       out-of-steps and call-depth errors must end the call ({@code finally}, a catch-any handler,
 *       stays allowed: the engine's errors are sticky, so it rethrows them at its first step, and a
 *       JVM error fails the call for good as any handler receives it ({@link CaughtExceptions}); so
 *       do javac's {@code Throwable} handlers of try-with-resources, which close and rethrow
 *       ({@link ExceptionHandlers#javacResourceHandler}), and its {@code NoSuchFieldError} handler in
 *       an enum switch table's static initializer);</li>
 *   <li>{@code float} and {@code double} ({@link FloatingPoint});</li>
 *   <li>a class implementing {@code CharSequence} without its own {@code toString()};</li>
 *   <li>a class file older than Java 7 (without the stack map frames the instrumentation relies on);</li>
 *   <li>a class in a platform package ({@code java}, {@code javax}, {@code jdk}, {@code sun},
 *       {@code score}, {@code org.loopchain.score.spi} and {@code sdk}, {@code org.loopchain.score.engine} itself),
 *       which the archive's class loader would let shadow the platform's, or a class extending a
 *       type outside the allowlist.</li>
 * </ul>
 * Each problem is one sentence naming the class, the method and the call.
 */
public final class DeterminismCheck {

    private static final Set<String> STATIC_TYPES = Set.of("Z", "B", "C", "S", "I", "J",
            "Ljava/lang/String;", "Ljava/math/BigInteger;", "Lscore/Address;", "Ljava/lang/Boolean;",
            "Ljava/lang/Byte;", "Ljava/lang/Character;", "Ljava/lang/Short;", "Ljava/lang/Integer;",
            "Ljava/lang/Long;");
    private static final List<String> RESERVED_PACKAGES = List.of("java/", "javax/", "jdk/", "sun/", "score/",
            "org/loopchain/score/spi/", "org/loopchain/score/sdk/");
    /** The engine's own package, whose classes instrumented code calls: an archive may not shadow them. */
    private static final String ENGINE_PACKAGE = "org/loopchain/score/engine/";
    /** Errors a SCORE may see thrown but never catch. */
    private static final Set<String> ERRORS = Set.of("java/lang/Throwable", "java/lang/Error",
            "java/lang/AssertionError");

    private final Map<String, ClassNode> classes;
    private final InstructionCheck instructions;
    private final IdentityHashes identity;
    private final List<String> problems = new ArrayList<>();

    private DeterminismCheck(Map<String, ClassNode> classes) {
        this.classes = classes;
        this.instructions = new InstructionCheck(classes, problems);
        this.identity = new IdentityHashes(classes);
    }

    /** All problems of the archive's classes; empty if it may run. */
    public static List<String> check(ScoreArchive archive) {
        return check(ScoreClasses.parse(archive));
    }

    static List<String> check(Map<String, ClassNode> classes) {
        DeterminismCheck check = new DeterminismCheck(classes);
        classes.values().forEach(check::checkClass);
        return List.copyOf(check.problems);
    }

    private void checkClass(ClassNode node) {
        String name = Names.type(node.name);
        boolean inEngine = node.name.startsWith(ENGINE_PACKAGE)
                && node.name.indexOf('/', ENGINE_PACKAGE.length()) < 0;
        if (inEngine || RESERVED_PACKAGES.stream().anyMatch(node.name::startsWith)) {
            problems.add(name + " is in a package reserved for the platform");
        }
        if ((node.version & 0xFFFF) < Opcodes.V1_7) {
            problems.add(name + " is compiled for a Java release before 7: the engine needs the stack map frames"
                    + " of Java 7 class files or later");
        }
        if (node.superName != null && !usable(node.superName)) {
            problems.add(name + " extends " + Names.type(node.superName) + ", which a SCORE may not use");
        }
        for (String type : node.interfaces) {
            if (!usable(type)) {
                problems.add(name + " implements " + Names.type(type) + ", which a SCORE may not use");
            }
        }
        if (node.interfaces.contains("java/lang/CharSequence")
                && identity.text(node.name) == IdentityHashes.Verdict.IDENTITY) {
            problems.add(name + " implements java.lang.CharSequence without declaring toString()");
        }
        node.fields.forEach(field -> checkField(node, field));
        node.methods.forEach(method -> checkMethod(node, method));
    }

    private boolean usable(String type) {
        return classes.containsKey(type) || JdkAllowlist.allowsType(type);
    }

    private void checkField(ClassNode owner, FieldNode field) {
        String name = Names.type(owner.name) + "." + field.name;
        if (FloatingPoint.inDescriptor(field.desc)) {
            problems.add(name + " is a floating-point field (float and double are not allowed)");
        }
        boolean isStatic = (field.access & Opcodes.ACC_STATIC) != 0;
        boolean isFinal = (field.access & Opcodes.ACC_FINAL) != 0;
        if (!isStatic) {
            if (!isFinal && (owner.access & Opcodes.ACC_ENUM) != 0) {
                problems.add(name + " is a mutable field of an enum, which is static state");
            }
        } else if (!isFinal) {
            problems.add(name + " is a mutable static field");
        } else if (!STATIC_TYPES.contains(field.desc) && !compilerConstant(owner, field)) {
            problems.add(name + " is a static field of type " + Type.getType(field.desc).getClassName()
                    + " (static fields may hold only primitives, boxes, String, BigInteger and Address)");
        }
    }

    private static boolean compilerConstant(ClassNode owner, FieldNode field) {
        if ((field.access & Opcodes.ACC_ENUM) != 0) {
            return field.desc.equals("L" + owner.name + ";");
        }
        boolean synthetic = (field.access & Opcodes.ACC_SYNTHETIC) != 0;
        return synthetic && (field.name.equals("$VALUES") || field.name.equals("$assertionsDisabled")
                || field.name.startsWith("$SwitchMap$"));
    }

    /** {@code type} is {@code null} for a catch-any handler ({@code finally}), which is allowed. */
    private void checkCaught(String where, String type) {
        if (type == null) {
            return;
        }
        if (ERRORS.contains(type)) {
            problems.add(where + " catches " + Names.type(type) + ", which includes errors a SCORE may not catch"
                    + " (a stack overflow or running out of memory happens at a different point on each JVM;"
                    + " running out of steps must end the call)");
        } else if (!usable(type)) {
            problems.add(where + " catches " + Names.type(type) + ", which a SCORE may not use");
        }
    }

    private void checkMethod(ClassNode owner, MethodNode method) {
        String where = Names.method(owner.name, method.name, method.desc);
        if ((method.access & Opcodes.ACC_SYNCHRONIZED) != 0) {
            problems.add(where + " is synchronized");
        }
        if ((method.access & Opcodes.ACC_NATIVE) != 0) {
            problems.add(where + " is native");
        }
        if (method.name.equals("finalize") && method.desc.equals("()V")) {
            problems.add(where + " overrides finalize()");
        }
        if (FloatingPoint.usedBy(method)) {
            problems.add(where + " uses floating point (float and double are not allowed)");
        }
        for (TryCatchBlockNode handler : method.tryCatchBlocks) {
            int at = method.instructions.indexOf(handler.handler);
            if (at >= method.instructions.indexOf(handler.start) && at < method.instructions.indexOf(handler.end)
                    && !ExceptionHandlers.javacSelfCover(method, handler)) {
                problems.add(where + " has an exception handler that covers itself");
            }
            boolean switchTable = method.name.equals("<clinit>") && "java/lang/NoSuchFieldError".equals(handler.type);
            if (!switchTable && !ExceptionHandlers.javacResourceHandler(handler)) {
                checkCaught(where, handler.type);
            }
        }
        for (AbstractInsnNode insn : method.instructions) {
            instructions.check(owner, method, where, insn);
        }
    }
}
