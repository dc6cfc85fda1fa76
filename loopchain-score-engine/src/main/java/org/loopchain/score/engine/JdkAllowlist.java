package org.loopchain.score.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JDK types and members a SCORE may use; everything not listed is rejected by
 * {@link DeterminismCheck}. The SDK ({@code score/**}) and the archive's own classes are always
 * allowed. Each rule names an owner and either {@code *} (every member), or member names, optionally
 * followed by exclusions {@code -name} or {@code -name(desc)}. A member is a method, constructor
 * ({@code <init>}) or field, matched by name.
 *
 * <p>In short: {@code Object} (constructor, {@code equals}, {@code getClass}; its {@code hashCode} and
 * {@code toString} are judged by {@link IdentityHashes});
 * strings, boxes, {@code Math}/{@code StrictMath} without {@code random}; {@code BigInteger},
 * {@code BigDecimal}; the common collections but those iterated in hash order ({@code HashMap},
 * {@code HashSet}) or in a per-JVM random order ({@code Set.of}, {@code Map.of}, {@code copyOf}),
 * {@code Arrays} without the parallel methods,
 * {@code Collections} without {@code shuffle}; {@code java.util.function}; the common unchecked
 * exceptions (construct, message, cause); {@code System.arraycopy}; {@code Class.getName} and
 * {@code getSimpleName}; the lambda, string-concatenation and record bootstraps; the
 * {@code StandardCharsets} constants. Left out, among others: I/O, networking, reflection, threads
 * and {@code java.util.concurrent}, {@code java.time}, {@code Random}, streams (parallel streams are
 * threads), {@code System.identityHashCode} and {@code Enum.hashCode}, {@code wait}/{@code notify},
 * regular expressions and {@code BigInteger}'s prime tests, members that read the default
 * locale, charset or system properties ({@code String.format}, {@code toLowerCase()},
 * {@code getBytes()}, {@code Integer.getInteger}). {@link #reason} words why, where it is not plain.
 */
final class JdkAllowlist {

    private static final String EXCEPTION_MEMBERS =
            "<init> getMessage getLocalizedMessage getCause initCause addSuppressed getSuppressed toString";

    private static final List<String> RULES = List.of(
            "java/lang/Object: <init> equals getClass",
            "java/lang/String: * -format -formatted -toLowerCase -toUpperCase -getBytes()[B -<init>([B)V"
                    + " -<init>([BII)V -matches -replaceAll -replaceFirst",
            "java/lang/StringBuilder: *",
            "java/lang/CharSequence: *",
            "java/lang/Integer: * -getInteger",
            "java/lang/Long: * -getLong",
            "java/lang/Short: *",
            "java/lang/Byte: *",
            "java/lang/Character: *",
            "java/lang/Boolean: * -getBoolean",
            "java/lang/Number: *",
            "java/lang/Math: * -random",
            "java/lang/StrictMath: * -random",
            "java/lang/Comparable: *",
            "java/lang/Iterable: *",
            "java/lang/Enum: * -hashCode",
            "java/lang/Record: <init>",
            "java/lang/AutoCloseable: *",
            "java/lang/Runnable: *",
            "java/lang/Void: *",
            "java/lang/Class: getName getSimpleName desiredAssertionStatus",
            "java/lang/System: arraycopy",
            "java/lang/invoke/LambdaMetafactory: metafactory altMetafactory",
            "java/lang/invoke/StringConcatFactory: makeConcatWithConstants makeConcat",
            "java/lang/runtime/ObjectMethods: bootstrap",
            "java/nio/charset/StandardCharsets: UTF_8 US_ASCII ISO_8859_1",
            "java/math/BigInteger: * -isProbablePrime -nextProbablePrime -probablePrime"
                    + " -<init>(ILjava/util/Random;)V -<init>(IILjava/util/Random;)V",
            "java/math/BigDecimal: *",
            "java/math/MathContext: *",
            "java/math/RoundingMode: *",
            "java/util/List: *",
            "java/util/Map: * -of -ofEntries -copyOf",
            "java/util/Set: * -of -copyOf",
            "java/util/Collection: *",
            "java/util/Iterator: *",
            "java/util/ListIterator: *",
            "java/util/Map$Entry: *",
            "java/util/ArrayList: *",
            "java/util/LinkedList: *",
            "java/util/LinkedHashMap: *",
            "java/util/TreeMap: *",
            "java/util/LinkedHashSet: *",
            "java/util/TreeSet: *",
            "java/util/ArrayDeque: *",
            "java/util/Deque: *",
            "java/util/Queue: *",
            "java/util/Arrays: * -parallelSort -parallelPrefix -parallelSetAll -stream -spliterator",
            "java/util/Collections: * -shuffle",
            "java/util/Objects: *",
            "java/util/Optional: *",
            "java/util/Comparator: *",
            "java/util/StringJoiner: *",
            "java/util/NoSuchElementException: " + EXCEPTION_MEMBERS,
            "java/util/ConcurrentModificationException: " + EXCEPTION_MEMBERS,
            "java/lang/Throwable: " + EXCEPTION_MEMBERS,
            "java/lang/Exception: " + EXCEPTION_MEMBERS,
            "java/lang/Error: " + EXCEPTION_MEMBERS,
            "java/lang/AssertionError: " + EXCEPTION_MEMBERS,
            "java/lang/RuntimeException: " + EXCEPTION_MEMBERS,
            "java/lang/IllegalArgumentException: " + EXCEPTION_MEMBERS,
            "java/lang/IllegalStateException: " + EXCEPTION_MEMBERS,
            "java/lang/ArithmeticException: " + EXCEPTION_MEMBERS,
            "java/lang/NullPointerException: " + EXCEPTION_MEMBERS,
            "java/lang/ClassCastException: " + EXCEPTION_MEMBERS,
            "java/lang/NumberFormatException: " + EXCEPTION_MEMBERS,
            "java/lang/NegativeArraySizeException: " + EXCEPTION_MEMBERS,
            "java/lang/IndexOutOfBoundsException: " + EXCEPTION_MEMBERS,
            "java/lang/ArrayIndexOutOfBoundsException: " + EXCEPTION_MEMBERS,
            "java/lang/StringIndexOutOfBoundsException: " + EXCEPTION_MEMBERS,
            "java/lang/UnsupportedOperationException: " + EXCEPTION_MEMBERS);

    /** Members no owner may offer, whatever its rule: they block or expose the identity hash. */
    private static final Set<String> NEVER = Set.of("wait", "notify", "notifyAll", "finalize");

    private static final Map<String, Rule> BY_OWNER = parse();
    private static final Set<String> THROWABLES = RULES.stream().filter(line -> line.endsWith(EXCEPTION_MEMBERS))
            .map(line -> line.substring(0, line.indexOf(": "))).collect(Collectors.toUnmodifiableSet());

    /** Why some members are left out, by owner or {@code owner.name}: the end of a problem's sentence. */
    private static final Map<String, String> REASONS = Map.of(
            "java/util/HashMap", "whose iteration order follows hash codes (use LinkedHashMap or TreeMap)",
            "java/util/HashSet", "whose iteration order follows hash codes (use LinkedHashSet or TreeSet)",
            "java/util/Hashtable", "whose iteration order follows hash codes (use LinkedHashMap or TreeMap)",
            "java/util/Map.of", "whose iteration order is randomized per JVM (use LinkedHashMap or TreeMap)",
            "java/util/Map.ofEntries", "whose iteration order is randomized per JVM (use LinkedHashMap or TreeMap)",
            "java/util/Map.copyOf", "whose iteration order is randomized per JVM (use LinkedHashMap or TreeMap)",
            "java/util/Set.of", "whose iteration order is randomized per JVM (use LinkedHashSet or TreeSet)",
            "java/util/Set.copyOf", "whose iteration order is randomized per JVM (use LinkedHashSet or TreeSet)",
            "java/lang/System.identityHashCode", "an identity hash code that differs between JVMs",
            "java/lang/Enum.hashCode", "an identity hash code that differs between JVMs");

    private JdkAllowlist() {
    }

    /** True if {@code owner} is one of the allowed JDK exceptions and errors. */
    static boolean isThrowable(String owner) {
        return THROWABLES.contains(owner);
    }

    /** True if {@code owner} (an internal name outside the archive) may be used as a type. */
    static boolean allowsType(String owner) {
        return owner.startsWith("score/") || owner.startsWith("java/util/function/") || BY_OWNER.containsKey(owner);
    }

    /** True if the member {@code name} with descriptor {@code desc} of {@code owner} may be used. */
    static boolean allowsMember(String owner, String name, String desc) {
        if (NEVER.contains(name)) {
            return false;
        }
        if (owner.startsWith("score/") || owner.startsWith("java/util/function/")) {
            return true;
        }
        if (owner.startsWith("[")) {
            return name.equals("clone") || name.equals("getClass") || name.equals("equals");
        }
        Rule rule = BY_OWNER.get(owner);
        return rule != null && rule.allows(name, desc);
    }

    /** Why {@code owner.name} is not allowed, as the end of a sentence, or {@code null} if nothing more is known. */
    static String reason(String owner, String name) {
        String reason = REASONS.get(owner + "." + name);
        if (reason == null && (name.equals("matches") || name.equals("replaceAll") || name.equals("replaceFirst"))
                && owner.equals("java/lang/String")) {
            return "a regular expression, whose backtracking steps cannot bound";
        }
        return reason != null ? reason : REASONS.get(owner);
    }

    private static Map<String, Rule> parse() {
        Map<String, Rule> rules = new HashMap<>();
        for (String line : RULES) {
            int colon = line.indexOf(": ");
            Set<String> allowed = new HashSet<>();
            Set<String> excluded = new HashSet<>();
            for (String word : line.substring(colon + 2).split(" ")) {
                (word.startsWith("-") ? excluded : allowed).add(word.startsWith("-") ? word.substring(1) : word);
            }
            rules.put(line.substring(0, colon), new Rule(Set.copyOf(allowed), Set.copyOf(excluded)));
        }
        return Map.copyOf(rules);
    }

    private record Rule(Set<String> allowed, Set<String> excluded) {
        boolean allows(String name, String desc) {
            if (excluded.contains(name) || excluded.contains(name + desc)) {
                return false;
            }
            return allowed.contains("*") || allowed.contains(name);
        }
    }
}
