package org.loopchain.score.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * What the engine needs of the contract class, read from its class files: it is public and
 * concrete, has exactly one public constructor, extends only archive classes, and its
 * {@code @External} methods (its own and its archive superclasses') are public, not static, not
 * overloaded, and record their parameter names. {@code @EventLog} methods of every class are
 * checked too.
 */
final class ContractShape {

    private static final String EXTERNAL = "Lscore/annotation/External;";
    private static final String PAYABLE = "Lscore/annotation/Payable;";
    private static final String OPTIONAL = "Lscore/annotation/Optional;";
    private static final String NO_NAMES = " does not record its parameter names: compile the SCORE with -parameters";

    /** An external method as declared: where, and what the annotations say. */
    record Declaration(String owner, String name, String desc, boolean readonly, boolean payable,
            List<String> parameterNames, List<Boolean> optional) {
    }

    private final Map<String, ClassNode> classes;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Declaration> externals = new LinkedHashMap<>();
    private final Map<String, EventLogMethod.Declaration> eventLogs = new LinkedHashMap<>();
    private List<String> constructorParameterNames = List.of();
    private List<Boolean> constructorOptional = List.of();

    private ContractShape(Map<String, ClassNode> classes) {
        this.classes = classes;
    }

    static ContractShape of(Map<String, ClassNode> classes, String mainClass) {
        ContractShape shape = new ContractShape(classes);
        classes.values().forEach(node -> node.methods.stream().filter(m -> EventLogMethod.annotation(m) != null)
                .forEach(m -> shape.problems.addAll(EventLogMethod.problems(node, m))));
        shape.checkMain(classes.get(mainClass.replace('.', '/')));
        return shape;
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /** The external methods by name, subclass first, each in declaration order. */
    List<Declaration> externals() {
        return List.copyOf(externals.values());
    }

    /** The contract class's {@code @EventLog} methods and its archive superclasses', subclass first. */
    List<EventLogMethod.Declaration> eventLogs() {
        return List.copyOf(eventLogs.values());
    }

    List<String> constructorParameterNames() {
        return constructorParameterNames;
    }

    /** Which constructor parameters are {@code @Optional} (a class-retention annotation: read from the bytecode). */
    List<Boolean> constructorOptional() {
        return constructorOptional;
    }

    private void checkMain(ClassNode main) {
        String name = Names.type(main.name);
        if ((main.access & Opcodes.ACC_PUBLIC) == 0
                || (main.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE | Opcodes.ACC_ENUM)) != 0) {
            problems.add("contract class " + name + " must be a public concrete class");
            return;
        }
        if (!RestoreConstructor.possible(classes, main)) {
            problems.add("contract class " + name + " must extend Object or the archive's own classes only");
        }
        List<MethodNode> constructors = main.methods.stream()
                .filter(m -> m.name.equals("<init>") && (m.access & Opcodes.ACC_PUBLIC) != 0).toList();
        if (constructors.size() != 1) {
            problems.add("contract class " + name + " has " + constructors.size()
                    + " public constructors, not exactly one");
        } else {
            constructorParameterNames = names(main, constructors.get(0));
            constructorOptional = optional(constructors.get(0));
        }
        for (ClassNode type = main; type != null; type = classes.get(type.superName)) {
            for (MethodNode method : type.methods) {
                addExternal(type, method);
                if (EventLogMethod.annotation(method) != null) {
                    eventLogs.putIfAbsent(method.name, EventLogMethod.declaration(method));
                }
            }
        }
    }

    private void addExternal(ClassNode owner, MethodNode method) {
        AnnotationNode external = Annotations.find(method, EXTERNAL);
        if (external == null || (method.access & Opcodes.ACC_SYNTHETIC) != 0) {
            return;
        }
        String where = Names.method(owner.name, method.name, method.desc);
        if ((method.access & Opcodes.ACC_PUBLIC) == 0 || (method.access & Opcodes.ACC_STATIC) != 0) {
            problems.add("@External " + where + " must be public and not static");
        }
        Declaration known = externals.get(method.name);
        if (known != null) {
            if (!known.desc().equals(method.desc)) {
                problems.add("@External " + where + " overloads " + Names.method(known.owner(), known.name(),
                        known.desc()) + " (external names must be unique)");
            }
            return; // an override: the subclass's declaration, met first, wins
        }
        List<String> parameterNames = names(owner, method);
        externals.put(method.name, new Declaration(owner.name, method.name, method.desc,
                Boolean.TRUE.equals(Annotations.value(external, "readonly")),
                Annotations.find(method, PAYABLE) != null, parameterNames, optional(method)));
    }

    private static List<Boolean> optional(MethodNode method) {
        List<Boolean> optional = new ArrayList<>();
        for (int i = 0; i < Type.getArgumentTypes(method.desc).length; i++) {
            optional.add(Annotations.findOnParameter(method, i, OPTIONAL) != null);
        }
        return List.copyOf(optional);
    }

    private List<String> names(ClassNode owner, MethodNode method) {
        List<String> names = ParameterNames.of(method);
        if (names == null) {
            problems.add(Names.method(owner.name, method.name, method.desc) + NO_NAMES);
            return List.of();
        }
        return names;
    }
}
