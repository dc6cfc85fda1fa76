package org.loopchain.core.config;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.loopchain.core.json.Json;

/**
 * One typed configuration key: its name, the type and rule in words, its default, and how a raw
 * text value becomes a checked {@code T}. Values arrive as text from every layer (a JSON number
 * or boolean in a file is taken as its JSON text).
 *
 * @param <T> the value type
 */
public final class ConfigKey<T> {

    private final String name;
    private final String type;
    private final String defaultValue;
    private final Function<String, T> parser;
    private final Predicate<? super T> rule;
    private final String ruleText;
    private final String description;
    private final Function<? super T, String> format;

    /**
     * @param parser   text to value; throws {@link IllegalArgumentException} with a reason for text
     *                 that is not of the type
     * @param rule     the check on a parsed value (range, pattern)
     * @param ruleText what {@code rule} demands, for error messages and listings ({@code ""} if none)
     */
    public ConfigKey(String name, String type, String defaultValue, Function<String, T> parser,
                     Predicate<? super T> rule, String ruleText, String description) {
        this(name, type, defaultValue, parser, rule, ruleText, description,
                v -> v instanceof String text ? text : Json.pyDumps(v));
    }

    /** @param format a value as text, as a user would set it ({@link LoopchainConfig#effective()}) */
    public ConfigKey(String name, String type, String defaultValue, Function<String, T> parser,
                     Predicate<? super T> rule, String ruleText, String description, Function<? super T, String> format) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.ruleText = Objects.requireNonNull(ruleText, "ruleText");
        this.description = Objects.requireNonNull(description, "description");
        this.format = Objects.requireNonNull(format, "format");
    }

    public String name() {
        return name;
    }

    /** The type in words, e.g. {@code int} or {@code double (seconds)}. */
    public String type() {
        return type;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String ruleText() {
        return ruleText;
    }

    public String description() {
        return description;
    }

    /**
     * The checked value of {@code raw}.
     *
     * @throws ConfigException naming this key and the bad value
     */
    public T parse(String raw) {
        if (raw == null) {
            throw new ConfigException(name + ": no value (expected " + type + ")");
        }
        T value;
        try {
            value = parser.apply(raw);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(name + "=" + quoted(raw) + ": " + e.getMessage());
        }
        if (!rule.test(value)) {
            throw new ConfigException(name + "=" + quoted(raw) + ": " + ruleText);
        }
        return value;
    }

    /** {@code value} as text, in the form {@link #parse} reads. */
    public String format(T value) {
        return format.apply(value);
    }

    /** The parsed default (defaults are checked when {@link ConfigKeys} loads). */
    public T defaultParsed() {
        return parse(defaultValue);
    }

    @Override
    public String toString() {
        return name;
    }

    private static String quoted(String raw) {
        String shown = raw.length() > 80 ? raw.substring(0, 77) + "..." : raw;
        return "'" + shown + "'";
    }
}
