package org.loopchain.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --name value}, {@code --name=value} and positional arguments, in the order given; after a
 * lone {@code --}, the user's own arguments, untouched ({@link #passed}).
 */
public final class Args {
    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();
    private final List<String> passed = new ArrayList<>();

    public Args(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                passed.addAll(args.subList(i + 1, args.size()));
                break;
            } else if (a.startsWith("--") && a.length() > 2) {
                int eq = a.indexOf('=');
                if (eq > 0) {
                    options.put(a.substring(2, eq), a.substring(eq + 1));
                } else if (i + 1 < args.size()) {
                    options.put(a.substring(2), args.get(++i));
                } else {
                    throw new CliException("option " + a + " needs a value", 2);
                }
            } else {
                positional.add(a);
            }
        }
    }

    public String required(String name) {
        String v = options.get(name);
        if (v == null) {
            throw new CliException("missing option --" + name, 2);
        }
        return v;
    }

    public String optional(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    public int requiredInt(String name) {
        String v = required(name);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new CliException("--" + name + " must be a number, got '" + v + "'", 2);
        }
    }

    /** The names of the options given, in order. */
    public Set<String> optionNames() {
        return options.keySet();
    }

    public List<String> positional() {
        return positional;
    }

    /** The arguments after a lone {@code --}, as given (a command that parses the user's words itself). */
    public List<String> passed() {
        return passed;
    }

    public String positional(int i, String what) {
        if (i >= positional.size()) {
            throw new CliException("missing argument " + what, 2);
        }
        return positional.get(i);
    }
}
