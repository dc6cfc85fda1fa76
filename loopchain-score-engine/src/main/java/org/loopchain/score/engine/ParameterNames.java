package org.loopchain.score.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.ParameterNode;

/**
 * A method's parameter names, which bind JSON parameters by name: from the {@code MethodParameters}
 * attribute ({@code javac -parameters}), else from the {@code LocalVariableTable} ({@code -g}).
 */
final class ParameterNames {

    private ParameterNames() {
    }

    /** The names, or null if the class file does not record them. */
    static List<String> of(MethodNode method) {
        int count = Type.getArgumentTypes(method.desc).length;
        if (method.parameters != null && method.parameters.size() == count
                && method.parameters.stream().allMatch(p -> p.name != null)) {
            return method.parameters.stream().map((ParameterNode p) -> p.name).toList();
        }
        return fromLocalVariables(method, count);
    }

    private static List<String> fromLocalVariables(MethodNode method, int count) {
        if (method.localVariables == null) {
            return count == 0 ? List.of() : null;
        }
        List<String> names = new ArrayList<>();
        int slot = (method.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
        for (Type type : Type.getArgumentTypes(method.desc)) {
            int index = slot;
            LocalVariableNode variable = method.localVariables.stream().filter(v -> v.index == index)
                    .min(Comparator.comparingInt(v -> method.instructions.indexOf(v.start))).orElse(null);
            if (variable == null) {
                return null;
            }
            names.add(variable.name);
            slot += type.getSize();
        }
        return List.copyOf(names);
    }
}
