package org.loopchain.score.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import score.Address;

class ScoreCodeTest {

    @Test
    void externalMethodsCarryTheirAnnotationsNamesAndGenericTypes() throws Exception {
        ScoreCode code = ScoreCode.prepare(ArchiveBuilder.archive("com.example.AllowedScore",
                "com.example.AllowedScore$Color", "com.example.AllowedScore$1"));

        Map<String, ExternalMethod> byName = code.externalMethods().stream()
                .collect(Collectors.toMap(ExternalMethod::name, m -> m));
        assertEquals(List.of("name", "deposit", "sorted", "shade", "describe"),
                code.externalMethods().stream().map(ExternalMethod::name).toList());
        ExternalMethod deposit = byName.get("deposit");
        assertEquals(false, deposit.readonly());
        assertTrue(deposit.payable());
        assertEquals(List.of("to", "amount", "memo"), deposit.parameterNames());
        assertEquals(List.of(Address.class, BigInteger.class, byte[].class), deposit.parameterTypes());
        assertEquals(List.of(false, false, true), deposit.optional());
        assertEquals(void.class, deposit.returnType());
        ExternalMethod sorted = byName.get("sorted");
        assertTrue(sorted.readonly());
        assertEquals(List.class, ((ParameterizedType) sorted.method().getGenericReturnType()).getRawType());
        assertEquals(List.of("greeting", "supply"), code.constructorParameterNames());
        assertEquals(2, code.constructor().getParameterCount());
    }

    @Test
    void theContractClassIsLoadedInstrumentedByItsOwnLoader() throws Exception {
        ScoreCode code = ScoreCode.prepare(ArchiveBuilder.archive("com.example.LoopScore"));

        assertTrue(code.mainClass().getClassLoader() instanceof ScoreClassLoader);
        assertNotSame(com.example.LoopScore.class, code.mainClass());
        assertSame(StepMeter.class, Class.forName(StepMeter.class.getName(), false, code.mainClass().getClassLoader()));
    }

    @Test
    void aRestoredInstanceSkipsConstructorsAndFieldInitializers() throws Throwable {
        ScoreCode code = ScoreCode.prepare(ArchiveBuilder.archive("com.example.RestorableScore",
                "com.example.RestorableBase"));

        Object restored = code.newRestoredInstance();

        assertSame(code.mainClass(), restored.getClass());
        try (StepMeter.Session session = StepMeter.start(10_000)) {
            assertEquals("null:0:null", StepMeteringTest.invoke(code, "describe"));
            assertTrue(session.used() > 0);
        }
        try (StepMeter.Session session = StepMeter.start(10_000)) {
            Object constructed = code.constructor().newInstance(5);
            assertEquals("initialized:5:base", code.externalMethods().get(0).method().invoke(constructed));
            assertTrue(session.used() > session.limit() / 1000, "the constructor is metered");
        }
    }

    @Test
    void overloadedAndNonPublicExternalMethodsAreRejected() throws Exception {
        ScoreArchive archive = ArchiveBuilder.archive("com.example.OverloadedScore");

        ScoreRejectedException e = assertThrows(ScoreRejectedException.class, () -> ScoreCode.prepare(archive));

        assertEquals(List.of("@External com.example.OverloadedScore.set(java.lang.String) overloads "
                + "com.example.OverloadedScore.set(int) (external names must be unique)",
                "@External com.example.OverloadedScore.helper() must be public and not static"), e.problems());
    }

    @Test
    void parameterNamesFallBackToTheLocalVariableTable() throws Exception {
        ScoreArchive archive = rewritten("com.example.LoopScore", method -> method.parameters = null);

        ScoreCode code = ScoreCode.prepare(archive);

        ExternalMethod work = code.externalMethods().stream().filter(m -> m.name().equals("work")).findFirst()
                .orElseThrow();
        assertEquals(List.of("n"), work.parameterNames());
    }

    @Test
    void aClassWithoutParameterNamesIsRejectedWithTheCompilerFlagToUse() throws Exception {
        ScoreArchive archive = rewritten("com.example.LoopScore", method -> {
            method.parameters = null;
            method.localVariables = null;
        });

        ScoreRejectedException e = assertThrows(ScoreRejectedException.class, () -> ScoreCode.prepare(archive));

        assertTrue(e.problems().contains("com.example.LoopScore.work(int) does not record its parameter names: "
                + "compile the SCORE with -parameters"), e.getMessage());
    }

    @Test
    void aContractClassExtendingAJdkClassIsRejected() throws Exception {
        ScoreArchive archive = ArchiveBuilder.archive("com.example.Forbidden$Threads");
        ScoreArchive subclass = rewrittenClass(archive, node -> node.superName = "java/lang/RuntimeException");

        ScoreRejectedException e = assertThrows(ScoreRejectedException.class, () -> ScoreCode.prepare(subclass));

        assertTrue(e.problems().contains("contract class com.example.Forbidden$Threads must extend Object or the "
                + "archive's own classes only"), e.getMessage());
    }

    private static ScoreArchive rewritten(String main, Consumer<MethodNode> change)
            throws ScoreRejectedException {
        return rewrittenClass(ArchiveBuilder.archive(main), node -> node.methods.forEach(change));
    }

    private static ScoreArchive rewrittenClass(ScoreArchive archive, Consumer<ClassNode> change)
            throws ScoreRejectedException {
        String name = archive.mainClass().replace('.', '/');
        ClassNode node = new ClassNode();
        new ClassReader(archive.classFiles().get(name)).accept(node, 0);
        change.accept(node);
        ClassWriter writer = new ClassWriter(0);
        node.accept(writer);
        return ScoreArchive.read(ArchiveBuilder.jar(archive.mainClass()).entry(name + ".class", writer.toByteArray())
                .bytes());
    }
}
