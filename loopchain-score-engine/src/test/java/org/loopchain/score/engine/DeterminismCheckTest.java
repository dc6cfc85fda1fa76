package org.loopchain.score.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

class DeterminismCheckTest {

    private static final String F = "com.example.Forbidden$";

    static Stream<Arguments> forbiddenContracts() {
        return Stream.of(
                Arguments.of("Clock", F + "Clock.run() calls java.lang.System.currentTimeMillis()"),
                Arguments.of("Dice", F + "Dice.run() calls new java.util.Random()"),
                Arguments.of("Threads", F + "Threads.run() calls new java.lang.Thread(java.lang.Runnable)"),
                Arguments.of("Threads", F + "Threads.run() calls java.lang.Thread.start()"),
                Arguments.of("Files", F + "Files.run() calls new java.io.File(java.lang.String)"),
                Arguments.of("Reflection", F + "Reflection.run() calls java.lang.Class.getDeclaredMethods()"),
                Arguments.of("Network", F + "Network.run() calls new java.net.Socket(java.lang.String, int)"),
                Arguments.of("Counter", F + "Counter.count is a mutable static field"),
                Arguments.of("Counter", F + "Counter.run() writes static field " + F
                        + "Counter.count outside its class's static initializer"),
                Arguments.of("Locked", F + "Locked.run() is synchronized"),
                Arguments.of("Chance", F + "Chance.run() calls java.lang.Math.random()"),
                Arguments.of("Now", F + "Now.run() calls java.time.Instant.now()"),
                Arguments.of("Table", F + "Table.PRIMES is a static field of type int[] (static fields may hold"
                        + " only primitives, boxes, String, BigInteger and Address)"),
                Arguments.of("ClockReference", F + "ClockReference.run() calls java.lang.System.currentTimeMillis()"),
                Arguments.of("Streams", F + "Streams.run() calls java.util.stream.Stream.count()"),
                Arguments.of("IdentityHash", F + "IdentityHash.run() calls java.lang.Object.hashCode() on a"
                        + " java.lang.Object, an identity hash code that differs between JVMs"),
                Arguments.of("CatchThrowable", F + "CatchThrowable.run() catches java.lang.Throwable, which includes"
                        + " errors a SCORE may not catch (a stack overflow or running out of memory happens at a"
                        + " different point on each JVM; running out of steps must end the call)"),
                Arguments.of("CatchError", F + "CatchError.run() catches java.lang.Error, which includes errors a SCORE"
                        + " may not catch (a stack overflow or running out of memory happens at a different point on"
                        + " each JVM; running out of steps must end the call)"),
                Arguments.of("CatchStackOverflow", F + "CatchStackOverflow.run() catches java.lang.StackOverflowError,"
                        + " which a SCORE may not use"),
                Arguments.of("PlainText", F + "PlainText.run() calls java.lang.Object.toString() on a " + F + "Plain,"
                        + " whose text shows an identity hash code that differs between JVMs (declare toString())"),
                Arguments.of("PlainConcatenation", F + "PlainConcatenation.run() converts a " + F + "Plain to text"
                        + " with java.lang.String.valueOf(java.lang.Object), which gives an identity hash code that"
                        + " differs between JVMs"),
                Arguments.of("EnumHash", F + "EnumHash.run() calls java.lang.Enum.hashCode(), an identity hash code"
                        + " that differs between JVMs"),
                Arguments.of("SystemIdentityHash", F + "SystemIdentityHash.run() calls"
                        + " java.lang.System.identityHashCode(java.lang.Object), an identity hash code that differs"
                        + " between JVMs"),
                Arguments.of("HashIteration", F + "HashIteration.run() calls new java.util.HashMap(), whose iteration"
                        + " order follows hash codes (use LinkedHashMap or TreeMap)"),
                Arguments.of("HashSetIteration", F + "HashSetIteration.run() calls new java.util.HashSet(), whose"
                        + " iteration order follows hash codes (use LinkedHashSet or TreeSet)"),
                Arguments.of("SaltedSet", F + "SaltedSet.run() calls java.util.Set.of(java.lang.Object,"
                        + " java.lang.Object, java.lang.Object), whose iteration order is randomized per JVM (use"
                        + " LinkedHashSet or TreeSet)"),
                Arguments.of("Floating", F + "Floating.run(long) uses floating point (float and double are not"
                        + " allowed)"),
                Arguments.of("FloatingField", F + "FloatingField.rate is a floating-point field (float and double are"
                        + " not allowed)"),
                Arguments.of("Regex", F + "Regex.run(java.lang.String) calls java.lang.String.matches(java.lang.String),"
                        + " a regular expression, whose backtracking steps cannot bound"),
                Arguments.of("RegexSplit", F + "RegexSplit.run(java.lang.String) calls"
                        + " java.lang.String.split(java.lang.String) with a pattern other than one constant plain"
                        + " character (a regular expression could backtrack beyond what steps bound)"),
                Arguments.of("Prime", F + "Prime.run() calls java.math.BigInteger.isProbablePrime(int)"),
                Arguments.of("Pair", F + "Pair.hashCode() is a record hashCode() over component left of type"
                        + " java.lang.Object, which may be an identity hash code that differs between JVMs"),
                Arguments.of("Letters", F + "Letters implements java.lang.CharSequence without declaring toString()"));
    }

    @ParameterizedTest(name = "{0} is rejected: {1}")
    @MethodSource("forbiddenContracts")
    void aForbiddenCallIsRejectedNamingClassMethodAndCall(String contract, String problem) throws Exception {
        ScoreArchive archive = ArchiveBuilder.archive(F + contract, F + "Plain", F + "Shade");

        ScoreRejectedException e = assertThrows(ScoreRejectedException.class, () -> ScoreCode.prepare(archive));

        assertTrue(e.problems().contains(problem), () -> "expected <" + problem + "> in " + e.problems());
    }

    @Test
    void aForbiddenCallIsTheOnlyProblemOfAnOtherwiseCleanClass() throws Exception {
        assertEquals(List.of(F + "Clock.run() calls java.lang.System.currentTimeMillis()"),
                DeterminismCheck.check(ArchiveBuilder.archive(F + "Clock")));
    }

    @Test
    void aContractUsingOnlyAllowedApiPasses() throws Exception {
        ScoreArchive archive = ArchiveBuilder.archive("com.example.AllowedScore", "com.example.AllowedScore$Color",
                "com.example.AllowedScore$1");

        assertEquals(List.of(), DeterminismCheck.check(archive));
    }

    @Test
    void aClassFileOlderThanJava7IsRejectedForItsMissingFrames() throws Exception {
        ClassWriter writer = new ClassWriter(0);
        writer.visit(Opcodes.V1_5, Opcodes.ACC_PUBLIC, "com/example/Old", null, "java/lang/Object", null);
        writer.visitEnd();
        ScoreArchive archive = ScoreArchive.read(ArchiveBuilder.jar("com.example.AllowedScore")
                .classes("", "com.example.AllowedScore", "com.example.AllowedScore$Color", "com.example.AllowedScore$1")
                .entry("com/example/Old.class", writer.toByteArray()).bytes());

        assertEquals(List.of("com.example.Old is compiled for a Java release before 7: the engine needs the stack map"
                + " frames of Java 7 class files or later"), DeterminismCheck.check(archive));
    }

    @Test
    void allowlistRulesExcludeSingleMembersOfAllowedTypes() {
        assertTrue(JdkAllowlist.allowsMember("java/lang/String", "length", "()I"));
        assertTrue(JdkAllowlist.allowsMember("java/lang/String", "getBytes", "(Ljava/lang/String;)[B"));
        assertEquals(false, JdkAllowlist.allowsMember("java/lang/String", "getBytes", "()[B"));
        assertEquals(false, JdkAllowlist.allowsMember("java/lang/String", "format",
                "(Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;"));
        assertEquals(false, JdkAllowlist.allowsMember("java/lang/Integer", "wait", "()V"));
        assertEquals(false, JdkAllowlist.allowsMember("java/util/Arrays", "parallelSort", "([I)V"));
        assertTrue(JdkAllowlist.allowsMember("java/util/function/Function", "apply",
                "(Ljava/lang/Object;)Ljava/lang/Object;"));
        assertTrue(JdkAllowlist.allowsMember("score/Context", "getCaller", "()Lscore/Address;"));
    }
}
