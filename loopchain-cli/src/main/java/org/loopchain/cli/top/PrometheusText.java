package org.loopchain.cli.top;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader of the Prometheus text exposition format (0.0.4), as much of it as a node serves: comment
 * lines ({@code # HELP}, {@code # TYPE}, others) are skipped; a sample is
 * {@code name[{label="value",...}] value [timestamp]}, label values with {@code \\}, {@code \"} and
 * {@code \n} escaped. A line that is none of these is refused with its number.
 */
public final class PrometheusText {

    /** One sample line. */
    public record Sample(String name, Map<String, String> labels, double value) {
        public String label(String key) {
            return labels.getOrDefault(key, "");
        }
    }

    private PrometheusText() {
    }

    public static List<Sample> parse(String text) {
        List<Sample> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                out.add(sample(line));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new IllegalArgumentException("metrics line " + (i + 1) + ": " + e.getMessage() + ": " + line);
            }
        }
        return out;
    }

    private static Sample sample(String line) {
        int i = 0;
        while (i < line.length() && nameChar(line.charAt(i), i == 0)) {
            i++;
        }
        if (i == 0) {
            throw new IllegalArgumentException("no metric name");
        }
        String name = line.substring(0, i);
        Map<String, String> labels = new LinkedHashMap<>();
        if (i < line.length() && line.charAt(i) == '{') {
            i = labels(line, i + 1, labels);
        }
        String[] rest = line.substring(i).strip().split("[ \t]+");
        if (rest.length < 1 || rest.length > 2 || rest[0].isEmpty()) {
            throw new IllegalArgumentException("expected a value (and an optional timestamp)");
        }
        return new Sample(name, Collections.unmodifiableMap(labels), number(rest[0]));
    }

    /** Reads {@code label="value",...}} from {@code i}; answers the index after the closing brace. */
    private static int labels(String line, int i, Map<String, String> labels) {
        while (true) {
            while (line.charAt(i) == ' ' || line.charAt(i) == ',') {
                i++;
            }
            if (line.charAt(i) == '}') {
                return i + 1;
            }
            int start = i;
            while (nameChar(line.charAt(i), i == start)) {
                i++;
            }
            if (i == start || line.charAt(i) != '=' || line.charAt(i + 1) != '"') {
                throw new IllegalArgumentException("bad label at column " + (i + 1));
            }
            String key = line.substring(start, i);
            StringBuilder value = new StringBuilder();
            i += 2;
            for (char c = line.charAt(i); c != '"'; c = line.charAt(++i)) {
                if (c == '\\') {
                    char e = line.charAt(++i);
                    value.append(e == 'n' ? '\n' : e);
                } else {
                    value.append(c);
                }
            }
            labels.put(key, value.toString());
            i++;
        }
    }

    private static boolean nameChar(char c, boolean first) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':' || !first && c >= '0' && c <= '9';
    }

    private static double number(String s) {
        return switch (s) {
            case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> {
                try {
                    yield Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + s + "' is not a number");
                }
            }
        };
    }
}
