package org.loopchain.score.engine;

import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;

/**
 * Which static types have a {@code hashCode()} or a {@code toString()} that is the same on every
 * JVM. {@code Object}'s are not: {@code hashCode()} is an identity hash and {@code toString()}
 * shows it ({@code Foo@1b6d3586}); {@code Enum.hashCode()} is final and an identity hash too.
 *
 * <p>A type's verdict is {@link Verdict#VALUE} when its method is known to depend only on the
 * value (strings, boxes, big numbers, {@code Address}, an archive class that declares the method),
 * {@link Verdict#IDENTITY} when it is known to be the identity one (arrays, enums' hash codes, an
 * archive class that inherits {@code Object}'s), and {@link Verdict#DEPENDS} when it depends on the
 * elements or the runtime class (collections, {@code Optional}, interfaces, {@code Object} as a
 * static type): those calls are checked at run time by {@link IdentityGuard}.
 */
final class IdentityHashes {

    enum Verdict { VALUE, DEPENDS, IDENTITY }

    static final String HASH_CODE = "hashCode()I";
    static final String TO_STRING = "toString()Ljava/lang/String;";

    private static final Set<String> VALUES = Set.of("java/lang/String", "java/lang/Integer", "java/lang/Long",
            "java/lang/Short", "java/lang/Byte", "java/lang/Character", "java/lang/Boolean", "java/math/BigInteger",
            "java/math/BigDecimal", "java/math/MathContext", "score/Address");
    /** Types whose text is their content but whose hash code is an identity hash. */
    private static final Set<String> TEXT_ONLY = Set.of("java/lang/StringBuilder", "java/util/StringJoiner",
            "java/lang/CharSequence", "java/lang/Enum", "java/math/RoundingMode");
    private static final Set<String> CONTAINERS = Set.of("java/util/List", "java/util/Set", "java/util/Map",
            "java/util/Collection", "java/util/Map$Entry", "java/util/ArrayList", "java/util/LinkedList",
            "java/util/LinkedHashMap", "java/util/TreeMap", "java/util/LinkedHashSet", "java/util/TreeSet",
            "java/util/Optional", "java/util/Deque", "java/util/Queue", "java/util/ArrayDeque",
            "java/lang/Iterable", "java/lang/Comparable", "java/lang/Number");

    /**
     * JDK helpers that hash or show any object, or name any class (a lambda's class name carries a
     * JVM-dependent number): {@link IdentityGuard} checks their arguments at run time.
     */
    static final Set<String> GUARDED = Set.of(
            "java/lang/String.valueOf(Ljava/lang/Object;)Ljava/lang/String;",
            "java/lang/StringBuilder.append(Ljava/lang/Object;)Ljava/lang/StringBuilder;",
            "java/lang/StringBuilder.insert(ILjava/lang/Object;)Ljava/lang/StringBuilder;",
            "java/util/Objects.toString(Ljava/lang/Object;)Ljava/lang/String;",
            "java/util/Objects.toString(Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/String;",
            "java/util/Objects.hashCode(Ljava/lang/Object;)I",
            "java/util/Objects.hash([Ljava/lang/Object;)I",
            "java/util/Arrays.hashCode([Ljava/lang/Object;)I",
            "java/util/Arrays.deepHashCode([Ljava/lang/Object;)I",
            "java/util/Arrays.toString([Ljava/lang/Object;)Ljava/lang/String;",
            "java/util/Arrays.deepToString([Ljava/lang/Object;)Ljava/lang/String;",
            "java/lang/Class.getName()Ljava/lang/String;",
            "java/lang/Class.getSimpleName()Ljava/lang/String;");

    private final Map<String, ClassNode> classes;

    IdentityHashes(Map<String, ClassNode> classes) {
        this.classes = classes;
    }

    /** True if a call of this member is checked at run time: a guarded helper, or hashCode/toString that depends. */
    boolean checkedAtRunTime(String owner, String name, String desc) {
        String member = name + desc;
        return GUARDED.contains(owner + "." + member)
                || member.equals(HASH_CODE) && hash(owner) == Verdict.DEPENDS
                || member.equals(TO_STRING) && text(owner) == Verdict.DEPENDS;
    }

    /** The verdict on {@code hashCode()} of a value of static type {@code descriptor} (a field or argument type). */
    Verdict hashOfDescriptor(String descriptor) {
        Type type = Type.getType(descriptor);
        return type.getSort() == Type.OBJECT ? hash(type.getInternalName())
                : type.getSort() == Type.ARRAY ? Verdict.IDENTITY : Verdict.VALUE;
    }

    Verdict textOfDescriptor(String descriptor) {
        Type type = Type.getType(descriptor);
        return type.getSort() == Type.OBJECT ? text(type.getInternalName())
                : type.getSort() == Type.ARRAY ? Verdict.IDENTITY : Verdict.VALUE;
    }

    /** The verdict on {@code hashCode()} called on a value of static type {@code owner} (an internal name). */
    Verdict hash(String owner) {
        return verdict(owner, HASH_CODE);
    }

    Verdict text(String owner) {
        return verdict(owner, TO_STRING);
    }

    private Verdict verdict(String owner, String method) {
        boolean hash = method.equals(HASH_CODE);
        if (owner.startsWith("[")) {
            return Verdict.IDENTITY;
        }
        if (owner.equals("java/lang/Object")) {
            return Verdict.DEPENDS; // javac names Object as the owner of every hashCode()/toString() not redeclared
        }
        if (classes.containsKey(owner)) {
            return archiveVerdict(owner, method, hash);
        }
        if (VALUES.contains(owner)) {
            return Verdict.VALUE;
        }
        if (TEXT_ONLY.contains(owner) || JdkAllowlist.isThrowable(owner)) {
            return hash ? Verdict.IDENTITY : Verdict.VALUE;
        }
        if (CONTAINERS.contains(owner) || owner.startsWith("java/util/function/") || owner.equals("java/lang/Class")) {
            return Verdict.DEPENDS;
        }
        return Verdict.IDENTITY;
    }

    /** An archive type: declared in its archive hierarchy, or judged by the JDK type it extends. */
    private Verdict archiveVerdict(String owner, String method, boolean hash) {
        String type = owner;
        while (classes.containsKey(type)) {
            ClassNode node = classes.get(type);
            if (node.methods.stream().anyMatch(m -> (m.name + m.desc).equals(method)
                    && (m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_ABSTRACT)) == 0)) {
                return Verdict.VALUE;
            }
            if ((node.access & Opcodes.ACC_INTERFACE) != 0) {
                return Verdict.DEPENDS; // any archive class may implement it
            }
            type = node.superName;
        }
        return type.equals("java/lang/Object") ? Verdict.IDENTITY : verdict(type, hash ? HASH_CODE : TO_STRING);
    }
}
