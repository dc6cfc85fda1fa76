package org.loopchain.score.engine;

import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Binds named JSON parameters to a method's or constructor's Java parameters. A missing
 * {@code @Optional} parameter gets its default ({@code null}, 0, false); a missing required one,
 * an unknown one or one that does not convert fails with 6 naming the parameter.
 */
final class ParameterBinding {

    private ParameterBinding() {
    }

    static Object[] bind(ExternalMethod method, Map<String, Object> params) {
        return bind(method.parameterNames(), method.parameterTypes(), method.optional(), params);
    }

    static Object[] bind(List<String> names, List<Type> types, List<Boolean> optional, Map<String, Object> params) {
        for (String given : params.keySet()) {
            if (!names.contains(given)) {
                throw invalid("unknown parameter '" + given + "'");
            }
        }
        Object[] args = new Object[names.size()];
        for (int i = 0; i < args.length; i++) {
            String name = names.get(i);
            if (!params.containsKey(name)) {
                if (!optional.get(i)) {
                    throw invalid("missing parameter '" + name + "'");
                }
                args[i] = defaultValue(types.get(i));
                continue;
            }
            try {
                args[i] = JsonValues.toJava(params.get(name), types.get(i));
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw invalid("invalid parameter '" + name + "': " + e.getMessage());
            }
        }
        return args;
    }

    private static Object defaultValue(Type type) {
        if (!(type instanceof Class<?> c) || !c.isPrimitive()) {
            return null;
        }
        if (c == boolean.class) {
            return false;
        }
        if (c == char.class) {
            return '\0';
        }
        return JsonValues.toJava(BigInteger.ZERO, c);
    }

    private static CallFailure invalid(String message) {
        return new CallFailure(ResultCodes.INVALID_PARAMETER, message);
    }
}
