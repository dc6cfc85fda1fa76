package org.loopchain.score.engine;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;

/**
 * A checked, instrumented and loaded SCORE: {@link #prepare} runs the {@link DeterminismCheck}
 * and the contract's shape checks (reporting every problem at once), instruments the classes
 * ({@link ScoreInstrumenter}), defines them in a fresh {@link ScoreClassLoader} and runs their
 * static initializers under a step budget of {@value #STATIC_INIT_STEPS}, so that no call pays
 * for them and every peer's calls cost the same.
 */
public final class ScoreCode {

    static final long STATIC_INIT_STEPS = 1_000_000;

    private final ScoreArchive archive;
    private final Class<?> mainClass;
    private final Constructor<?> constructor;
    private final List<String> constructorParameterNames;
    private final List<Boolean> constructorOptional;
    private final List<ExternalMethod> externalMethods;
    private final List<EventLogMethod.Declaration> eventLogs;
    private final MethodHandle restore;

    private ScoreCode(ScoreArchive archive, Class<?> mainClass, ContractShape shape)
            throws ReflectiveOperationException {
        this.archive = archive;
        this.mainClass = mainClass;
        this.constructor = mainClass.getConstructors()[0];
        this.constructorParameterNames = List.copyOf(shape.constructorParameterNames());
        this.constructorOptional = shape.constructorOptional();
        List<ExternalMethod> externals = new ArrayList<>();
        for (ContractShape.Declaration declaration : shape.externals()) {
            externals.add(external(mainClass.getClassLoader(), declaration));
        }
        this.externalMethods = List.copyOf(externals);
        this.eventLogs = shape.eventLogs();
        this.restore = MethodHandles.privateLookupIn(mainClass, MethodHandles.lookup())
                .findConstructor(mainClass, MethodType.methodType(void.class, Restore.class));
    }

    /** Checks, instruments and loads the archive's classes. */
    public static ScoreCode prepare(ScoreArchive archive) throws ScoreRejectedException {
        Map<String, ClassNode> classes = ScoreClasses.parse(archive);
        List<String> problems = new ArrayList<>(DeterminismCheck.check(classes));
        ContractShape shape = ContractShape.of(classes, archive.mainClass());
        problems.addAll(shape.problems());
        if (!problems.isEmpty()) {
            throw new ScoreRejectedException(problems);
        }
        SortedMap<String, byte[]> instrumented = ScoreInstrumenter.instrument(archive);
        ScoreClassLoader loader = new ScoreClassLoader(archive.id(), instrumented, ScoreCode.class.getClassLoader());
        initialize(loader, instrumented.keySet());
        try {
            return new ScoreCode(archive, Class.forName(archive.mainClass(), true, loader), shape);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new ScoreRejectedException("contract class " + archive.mainClass() + " cannot be loaded: " + e);
        }
    }

    private static void initialize(ClassLoader loader, Iterable<String> names) throws ScoreRejectedException {
        StepMeter.Session session = StepMeter.start(STATIC_INIT_STEPS);
        try {
            for (String name : names) {
                String binaryName = name.replace('/', '.');
                try {
                    Class.forName(binaryName, true, loader);
                } catch (ClassNotFoundException | Error e) { // an Error thrown by <clinit> is not wrapped
                    Throwable cause = e instanceof ExceptionInInitializerError init ? init.getCause() : e;
                    throw new ScoreRejectedException("class " + binaryName + " cannot be initialized: " + cause);
                }
            }
        } finally {
            session.close();
        }
    }

    private static ExternalMethod external(ClassLoader loader, ContractShape.Declaration declaration)
            throws ReflectiveOperationException {
        Class<?> owner = Class.forName(declaration.owner().replace('/', '.'), false, loader);
        Method method = Arrays.stream(owner.getDeclaredMethods())
                .filter(m -> m.getName().equals(declaration.name())
                        && Type.getMethodDescriptor(m).equals(declaration.desc()))
                .findFirst().orElseThrow(() -> new NoSuchMethodException(declaration.name()));
        return new ExternalMethod(declaration.name(), declaration.readonly(), declaration.payable(),
                declaration.parameterNames(), List.of(method.getGenericParameterTypes()), declaration.optional(),
                method.getReturnType(), method);
    }

    public ScoreArchive archive() {
        return archive;
    }

    /** The contract class, loaded by the archive's own {@link ScoreClassLoader}. */
    public Class<?> mainClass() {
        return mainClass;
    }

    /** The contract's one public constructor, run once at install. */
    public Constructor<?> constructor() {
        return constructor;
    }

    /** The names of {@link #constructor()}'s parameters, which install parameters bind to. */
    public List<String> constructorParameterNames() {
        return constructorParameterNames;
    }

    /** Which of {@link #constructor()}'s parameters are {@code @Optional}. */
    public List<Boolean> constructorOptional() {
        return constructorOptional;
    }

    /** The {@code @External} methods, in declaration order, subclass first. */
    public List<ExternalMethod> externalMethods() {
        return externalMethods;
    }

    /** The {@code @EventLog} methods of the contract class and its archive superclasses, for {@link ScoreApi}. */
    List<EventLogMethod.Declaration> eventLogs() {
        return eventLogs;
    }

    /**
     * A new instance of the contract class built by its restore constructor: no contract code runs,
     * every field is at its default, for the engine to fill from state. Needs no step session.
     */
    public Object newRestoredInstance() {
        try {
            return restore.invoke(Restore.INSTANCE);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("restore constructor of " + mainClass.getName() + " failed", e);
        }
    }
}
