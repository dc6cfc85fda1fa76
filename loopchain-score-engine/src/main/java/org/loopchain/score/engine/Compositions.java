package org.loopchain.score.engine;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * The functions and comparators the JDK hands a contract ({@code thenComparing},
 * {@code andThen}, {@code reversed}, {@code Predicate.not}, …) come wrapped, so that calling one
 * counts a level of {@link JdkNesting} in the call depth: a chain of a hundred thousand composed
 * comparators then fails with the call depth error on every JVM, instead of overflowing the stack
 * of some. The wrapper runs the interface's default methods on itself, so what they compose holds
 * the wrapper; it has no hash code or text (a function's are its identity) and equals only itself.
 */
public final class Compositions {

    private Compositions() {
    }

    /** Called by instrumented code on what a JDK method returned as a function or comparator of {@code type}. */
    public static Object track(Object function, Class<?> type) {
        if (function == null || Proxy.isProxyClass(function.getClass()) || !type.isInterface()) {
            return function;
        }
        return Proxy.newProxyInstance(Compositions.class.getClassLoader(), new Class<?>[] {type},
                new Level(function));
    }

    /** True for the internal names of the types {@link #track} wraps. */
    static boolean tracked(String internalName) {
        return internalName.startsWith("java/util/function/") || internalName.equals("java/util/Comparator");
    }

    private record Level(Object target) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    default -> throw new CallFailure(ResultCodes.UNKNOWN_FAILURE, "a composed function has no "
                            + method.getName() + "() of its own: its identity differs between JVMs");
                };
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            StepMeter.enterJdk(JdkNesting.LEVEL_SLOTS);
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                StepMeter.leaveJdk();
            }
        }
    }
}
