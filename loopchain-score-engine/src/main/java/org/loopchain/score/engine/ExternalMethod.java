package org.loopchain.score.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.List;

/**
 * A method a transaction or query may call: an {@code @External} method of the contract class or
 * of one of its archive superclasses. {@code parameterTypes} are the generic types (so
 * {@code List<Address>} is known), {@code optional} marks the {@code @Optional} parameters.
 */
public record ExternalMethod(String name, boolean readonly, boolean payable, List<String> parameterNames,
        List<Type> parameterTypes, List<Boolean> optional, Class<?> returnType, Method method) {

    public ExternalMethod {
        parameterNames = List.copyOf(parameterNames);
        parameterTypes = List.copyOf(parameterTypes);
        optional = List.copyOf(optional);
    }
}
