package org.loopchain.score.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Runs one external method on a restored instance: finds the method (3 if unknown, or if a query
 * names a method that is not read-only), refuses value for a method that is not payable (4), moves
 * the value from the caller to the SCORE (11 if the caller holds less), binds its parameters (6),
 * restores the instance from the install record, invokes it and converts the returned value to
 * JSON. Writes and coin go to the overlays given, which the caller keeps only on success.
 */
final class CallRunner {

    private final ScoreCode code;
    private final long stepLimit;
    private final Predicate<Class<?>> archiveClasses;

    CallRunner(ScoreCode code, long stepLimit) {
        this.code = code;
        this.stepLimit = stepLimit;
        this.archiveClasses = FieldSnapshot.classesOf(code.archive());
    }

    /** Runs {@code method} with writes going to {@code overlay}; a query allows read-only methods only. */
    Invocation.Result run(CallContext context, String method, Map<String, Object> params, InstallRecord installed,
            StateOverlay overlay, CoinOverlay coin, boolean query) {
        return run(context, method, params, installed, overlay, coin, query, stepLimit, null);
    }

    /** {@link #run} within {@code budget} steps; the method may call the contracts {@code world} finds (null: none). */
    Invocation.Result run(CallContext context, String method, Map<String, Object> params, InstallRecord installed,
            StateOverlay overlay, CoinOverlay coin, boolean query, long budget, CallWorld world) {
        return invoke(context, method, installed, coin, query, m -> ParameterBinding.bind(m, params), CallRunner::toJson,
                (bound, body) -> Invocation.run(bound, overlay, coin, world, budget, body));
    }

    /**
     * Runs {@code method} called by another contract with {@code args} in order, inside the caller's
     * steps; the value it returns as the caller receives it ({@link CallReturns}), not as JSON.
     */
    Invocation.Result runCalled(CallContext context, String method, Object[] args, InstallRecord installed,
            StateOverlay overlay, CoinOverlay coin, CallWorld world) {
        return invoke(context, method, installed, coin, context.readOnly(), m -> ParameterBinding.bind(m, named(m, args)),
                CallReturns::copy, (bound, body) -> Invocation.runNested(bound, overlay, coin, world, body));
    }

    private Invocation.Result invoke(CallContext context, String method, InstallRecord installed, CoinOverlay coin, boolean query,
            Function<ExternalMethod, Object[]> binding, UnaryOperator<Object> returned,
            BiFunction<CallContext, Invocation.Body, Invocation.Result> runner) {
        ExternalMethod external = find(method);
        if (external == null) {
            return failure(ResultCodes.METHOD_NOT_FOUND, "method '" + method + "' not found");
        }
        if (query && !external.readonly()) {
            return failure(ResultCodes.METHOD_NOT_FOUND, "'" + method + "' is not a read-only method");
        }
        if (context.value().signum() > 0 && !external.payable()) {
            return failure(ResultCodes.METHOD_NOT_PAYABLE, "'" + method + "' is not payable");
        }
        String from = context.caller().toString();
        if (!coin.transfer(from, context.scoreAddress().toString(), context.value())) {
            return failure(ResultCodes.OUT_OF_BALANCE, "Out of balance: " + from + " holds " + coin.balance(from)
                    + " < value " + context.value());
        }
        CallContext bound = external.readonly() ? context.asReadOnly() : context;
        return runner.apply(bound, () -> {
            Object[] args = binding.apply(external);
            Object instance = code.newRestoredInstance();
            FieldSnapshot.restore(instance, installed.fields(), archiveClasses);
            return returned.apply(external.method().invoke(instance, args));
        });
    }

    /** Positional arguments by the method's parameter names, in the JSON form the binding reads. */
    private static Map<String, Object> named(ExternalMethod method, Object[] args) {
        List<String> names = method.parameterNames();
        if (args.length > names.size()) {
            throw new CallFailure(ResultCodes.INVALID_PARAMETER, "'" + method.name() + "' takes " + names.size() + " parameters, not "
                    + args.length);
        }
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            try {
                params.put(names.get(i), JsonValues.toJson(args[i]));
            } catch (IllegalArgumentException e) {
                throw new CallFailure(ResultCodes.INVALID_PARAMETER, e.getMessage());
            }
        }
        return params;
    }

    private ExternalMethod find(String name) {
        for (ExternalMethod method : code.externalMethods()) {
            if (method.name().equals(name)) {
                return method;
            }
        }
        return null;
    }

    private static Object toJson(Object returned) {
        try {
            return JsonValues.toJson(returned);
        } catch (IllegalArgumentException e) {
            throw new CallFailure(ResultCodes.UNKNOWN_FAILURE, e.getMessage());
        }
    }

    private static Invocation.Result failure(int code, String message) {
        return new Invocation.Result(code, message, null, List.of(), 0);
    }
}
