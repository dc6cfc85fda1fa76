package org.loopchain.core.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text-to-value parsers for {@link ConfigKey}s. Each throws {@link IllegalArgumentException} with
 * what was expected; surrounding whitespace is ignored for numbers and booleans.
 */
public final class ConfigValues {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private ConfigValues() {
    }

    /** A whole number in int range; {@code 7100} and {@code 7100.0} are both 7100, {@code 7100.5} is refused. */
    public static Integer integer(String raw) {
        String s = raw.strip();
        if (!DECIMAL.matcher(s).matches() || s.length() > 40) {
            throw new IllegalArgumentException("expected a whole number");
        }
        try {
            return new BigDecimal(s).intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("expected a whole number in int range");
        }
    }

    /** A finite decimal number. */
    public static Double decimal(String raw) {
        String s = raw.strip();
        if (!DECIMAL.matcher(s).matches()) {
            throw new IllegalArgumentException("expected a number");
        }
        double d = Double.parseDouble(s);
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("expected a finite number");
        }
        return d;
    }

    /** {@code true} or {@code false}, in any case. */
    public static Boolean bool(String raw) {
        String s = raw.strip().toLowerCase(Locale.ROOT);
        if (s.equals("true")) {
            return Boolean.TRUE;
        }
        if (s.equals("false")) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("expected true or false");
    }

    /** {@code seconds} as a duration, to the nanosecond. */
    public static Duration seconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1_000_000_000d));
    }

    public static String text(String raw) {
        return raw;
    }
}
