package org.loopchain.score.engine;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.objectweb.asm.Type;

/** How problems name classes and methods: Java source names, e.g. {@code com.example.Bad.run(int)}. */
final class Names {

    private Names() {
    }

    static String type(String internalName) {
        return internalName.startsWith("[") ? Type.getType(internalName).getClassName()
                : internalName.replace('/', '.');
    }

    /** {@code com.example.Bad.run(int, java.lang.String)}. */
    static String method(String owner, String name, String desc) {
        return type(owner) + "." + name + arguments(desc);
    }

    /** A called member: a method as {@link #method}, a constructor as {@code new java.util.Random()}. */
    static String callee(String owner, String name, String desc) {
        return name.equals("<init>") ? "new " + type(owner) + arguments(desc) : method(owner, name, desc);
    }

    private static String arguments(String desc) {
        return Arrays.stream(Type.getArgumentTypes(desc)).map(Type::getClassName)
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
