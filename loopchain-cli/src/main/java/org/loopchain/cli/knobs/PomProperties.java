package org.loopchain.cli.knobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.loopchain.cli.CliException;

/** The versions the launcher downloads and runs: the parent pom's properties, the project's one list. */
public final class PomProperties {
    private PomProperties() {
    }

    /** For each property of {@link Knobs#VERSIONS}, its shell variable and value in POM. */
    public static Map<String, String> versions(Path pom) {
        String text;
        try {
            text = Files.readString(pom);
        } catch (IOException e) {
            throw new CliException("cannot read " + pom + ": " + e.getMessage());
        }
        Map<String, String> out = new LinkedHashMap<>();
        Knobs.VERSIONS.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
            Matcher m = Pattern.compile("<" + Pattern.quote(e.getKey()) + ">([^<]*)</").matcher(text);
            if (!m.find()) {
                throw new CliException(pom + " has no <" + e.getKey() + ">");
            }
            out.put(e.getValue(), m.group(1).trim());
        });
        return out;
    }
}
