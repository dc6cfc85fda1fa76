package org.loopchain.cli.domain;

import java.util.ArrayList;
import java.util.List;
import org.loopchain.cli.CliException;

/** Splits LOOPCHAIN_JAVA_OPTS as a shell would: blanks separate, quotes and backslashes group. */
final class ShellWords {
    private ShellWords() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < text.length()) {
                    word.append(text.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    out.add(word.toString());
                    word = null;
                }
            } else {
                if (word == null) {
                    word = new StringBuilder();
                }
                if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '\\' && i + 1 < text.length()) {
                    word.append(text.charAt(++i));
                } else {
                    word.append(c);
                }
            }
        }
        if (quote != 0) {
            throw new CliException("unbalanced quote in '" + text + "'");
        }
        if (word != null) {
            out.add(word.toString());
        }
        return out;
    }
}
