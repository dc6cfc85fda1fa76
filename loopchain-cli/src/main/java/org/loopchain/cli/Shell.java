package org.loopchain.cli;

import java.util.Map;
import java.util.stream.Collectors;

/** Output for bash's {@code eval}: single-quoted words and {@code NAME='value'} assignments. */
public final class Shell {
    private Shell() {
    }

    public static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** One line of {@code NAME='value'} pairs, in the map's order. */
    public static String assignments(Map<String, String> values) {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + quote(e.getValue()))
                .collect(Collectors.joining(" "));
    }
}
