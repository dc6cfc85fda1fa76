package org.loopchain.score.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * An {@code @EventLog(indexed = n)} method: a void method whose (empty) body becomes
 * {@code EventLogs.emit("Name(T1,T2,…)", n, new Object[] {args…})}. The signature uses ICON's type
 * names: {@code Address}; {@code int} for every integer type and {@code BigInteger}; {@code bool};
 * {@code str}; {@code bytes} for {@code byte[]}. The annotation is read from the class file, as its
 * retention may be {@code CLASS}.
 */
final class EventLogMethod {

    static final String ANNOTATION = "Lscore/annotation/EventLog;";
    private static final int MAX_INDEXED = 3;
    private static final Map<String, String> ICON_TYPES = Map.ofEntries(
            Map.entry("Lscore/Address;", "Address"), Map.entry("I", "int"), Map.entry("J", "int"),
            Map.entry("S", "int"), Map.entry("B", "int"), Map.entry("C", "int"),
            Map.entry("Ljava/math/BigInteger;", "int"), Map.entry("Ljava/lang/Integer;", "int"),
            Map.entry("Ljava/lang/Long;", "int"), Map.entry("Ljava/lang/Short;", "int"),
            Map.entry("Ljava/lang/Byte;", "int"), Map.entry("Ljava/lang/Character;", "int"),
            Map.entry("Z", "bool"), Map.entry("Ljava/lang/Boolean;", "bool"), Map.entry("Ljava/lang/String;", "str"),
            Map.entry("[B", "bytes"));

    /** An event log of the contract as its API lists it: ICON type names, the first {@code indexed} indexed. */
    record Declaration(String name, List<String> parameterNames, List<String> types, int indexed) {
    }

    private EventLogMethod() {
    }

    /** The ICON type name of {@code type} (an event log parameter type), or null. */
    static String iconType(Class<?> type) {
        return ICON_TYPES.get(Type.getDescriptor(type));
    }

    /** The API entry of an {@code @EventLog} method; parameters whose names are not recorded are {@code argN}. */
    static Declaration declaration(MethodNode method) {
        List<String> types = types(method);
        List<String> names = ParameterNames.of(method);
        if (names == null) {
            names = new ArrayList<>();
            for (int i = 0; i < types.size(); i++) {
                names.add("arg" + i);
            }
        }
        return new Declaration(method.name, List.copyOf(names), types, indexed(annotation(method)));
    }

    /** The {@code @EventLog} annotation of {@code method}, or null. */
    static AnnotationNode annotation(MethodNode method) {
        return Annotations.find(method, ANNOTATION);
    }

    /** Problems of an {@code @EventLog} method: not void, abstract, too many indexed, a bad type. */
    static List<String> problems(ClassNode owner, MethodNode method) {
        String where = Names.method(owner.name, method.name, method.desc);
        Type[] parameters = Type.getArgumentTypes(method.desc);
        int indexed = indexed(annotation(method));
        List<String> problems = new ArrayList<>();
        if (Type.getReturnType(method.desc) != Type.VOID_TYPE) {
            problems.add("@EventLog " + where + " must return void");
        }
        if ((method.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
            problems.add("@EventLog " + where + " must have a body");
        }
        if (indexed < 0 || indexed > MAX_INDEXED || indexed > parameters.length) {
            problems.add("@EventLog " + where + " has indexed=" + indexed + ", more than " + MAX_INDEXED
                    + " or than its parameters");
        }
        for (Type parameter : parameters) {
            if (!ICON_TYPES.containsKey(parameter.getDescriptor())) {
                problems.add("@EventLog " + where + " has a parameter of type " + parameter.getClassName()
                        + " (allowed: Address, integers, BigInteger, boolean, String, byte[])");
            }
        }
        return problems;
    }

    /** {@code Transfer(Address,Address,int,bytes)}. */
    static String signature(MethodNode method) {
        return method.name + "(" + String.join(",", types(method)) + ")";
    }

    private static List<String> types(MethodNode method) {
        return Arrays.stream(Type.getArgumentTypes(method.desc)).map(t -> ICON_TYPES.get(t.getDescriptor())).toList();
    }

    /** Replaces the body with the call to {@link EventLogs#emit}; {@link #problems} must be empty. */
    static void rewrite(MethodNode method) {
        Type[] parameters = Type.getArgumentTypes(method.desc);
        InsnList body = new InsnList();
        body.add(new LdcInsnNode(signature(method)));
        body.add(StepMetering.push(indexed(annotation(method))));
        body.add(StepMetering.push(parameters.length));
        body.add(new TypeInsnNode(Opcodes.ANEWARRAY, "java/lang/Object"));
        int slot = (method.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
        for (int i = 0; i < parameters.length; i++) {
            body.add(new InsnNode(Opcodes.DUP));
            body.add(StepMetering.push(i));
            body.add(new VarInsnNode(parameters[i].getOpcode(Opcodes.ILOAD), slot));
            body.add(Boxing.box(parameters[i]));
            body.add(new InsnNode(Opcodes.AASTORE));
            slot += parameters[i].getSize();
        }
        body.add(new MethodInsnNode(Opcodes.INVOKESTATIC, Type.getInternalName(EventLogs.class), "emit",
                "(Ljava/lang/String;I[Ljava/lang/Object;)V"));
        body.add(new InsnNode(Opcodes.RETURN));
        method.instructions = body;
        method.tryCatchBlocks = new ArrayList<>();
        method.localVariables = null;
        method.visibleLocalVariableAnnotations = null;
        method.invisibleLocalVariableAnnotations = null;
        method.visibleTypeAnnotations = null;
        method.invisibleTypeAnnotations = null;
    }

    private static int indexed(AnnotationNode annotation) {
        Object value = Annotations.value(annotation, "indexed");
        return value == null ? 0 : (Integer) value;
    }
}
