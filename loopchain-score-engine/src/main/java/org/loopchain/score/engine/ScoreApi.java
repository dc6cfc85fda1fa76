package org.loopchain.score.engine;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded contract's API as ICON's {@code icx_getScoreApi} answers it. Type names are ICON's, as
 * {@link EventLogMethod} uses them; a parameter of another class is a {@code struct} (without
 * {@code fields}). The engine has no {@code fallback}, so none is listed.
 */
public final class ScoreApi {

    private static final String TRUE = "0x1";

    private ScoreApi() {
    }

    /**
     * The API of {@code code} in {@code icx_getScoreApi}'s format: a {@code "function"} object per external
     * method in {@link ScoreCode#externalMethods()} order (inputs of name and type, with {@code "default": null}
     * if {@code @Optional}; outputs {@code []} for void, else one type; {@code "readonly"} and {@code "payable"}
     * as {@code "0x1"} only when set), then an {@code "eventlog"} object per {@code @EventLog} method (its first
     * {@code indexed} inputs with {@code "indexed": "0x1"}).
     */
    public static List<Map<String, Object>> of(ScoreCode code) {
        List<Map<String, Object>> api = new ArrayList<>();
        code.externalMethods().forEach(method -> api.add(function(method)));
        code.eventLogs().forEach(event -> api.add(eventLog(event)));
        return api;
    }

    private static Map<String, Object> function(ExternalMethod method) {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int i = 0; i < method.parameterNames().size(); i++) {
            Map<String, Object> input = input(method.parameterNames().get(i), type(method.parameterTypes().get(i)));
            if (method.optional().get(i)) {
                input.put("default", null);
            }
            inputs.add(input);
        }
        Map<String, Object> function = entry("function", method.name(), inputs);
        function.put("outputs", method.returnType() == void.class ? List.of()
                : List.of(Map.of("type", outputType(method.returnType()))));
        if (method.readonly()) {
            function.put("readonly", TRUE);
        }
        if (method.payable()) {
            function.put("payable", TRUE);
        }
        return function;
    }

    private static Map<String, Object> eventLog(EventLogMethod.Declaration event) {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int i = 0; i < event.types().size(); i++) {
            Map<String, Object> input = input(event.parameterNames().get(i), event.types().get(i));
            if (i < event.indexed()) {
                input.put("indexed", TRUE);
            }
            inputs.add(input);
        }
        return entry("eventlog", event.name(), inputs);
    }

    private static Map<String, Object> entry(String type, String name, List<Map<String, Object>> inputs) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("type", type);
        entry.put("name", name);
        entry.put("inputs", inputs);
        return entry;
    }

    private static Map<String, Object> input(String name, String type) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("name", name);
        input.put("type", type);
        return input;
    }

    /** A parameter's type: {@code []T} for arrays and {@code List<T>}, {@code dict} for a {@code Map}. */
    private static String type(Type type) {
        if (type instanceof ParameterizedType p) {
            return p.getRawType() == List.class ? "[]" + type(p.getActualTypeArguments()[0]) : type(p.getRawType());
        }
        if (type instanceof Class<?> c && c.isArray() && c != byte[].class) {
            return "[]" + type(c.getComponentType());
        }
        return type instanceof Class<?> c ? outputType(c) : "struct";
    }

    /** A return type: {@code list} for arrays and lists, {@code dict} for maps, else as an event log type. */
    private static String outputType(Class<?> type) {
        if (List.class.isAssignableFrom(type) || type.isArray() && type != byte[].class) {
            return "list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "dict";
        }
        String icon = EventLogMethod.iconType(type);
        return icon == null ? "struct" : icon;
    }
}
