package org.loopchain.cli.score;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import org.loopchain.cli.CliException;
import org.loopchain.cli.domain.DeployPlan;

/**
 * A SCORE archive's Score-Id, Score-Version and SHA-256, or a refusal naming what is missing.
 *
 * @param id      Score-Id (names the application)
 * @param version Score-Version
 * @param sha256  the archive's bytes
 */
public record ScoreManifest(String id, String version, String sha256) {
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    public static ScoreManifest read(Path archive) {
        Attributes a;
        try (JarFile jar = new JarFile(archive.toFile())) {
            Manifest m = jar.getManifest();
            if (m == null) {
                throw new CliException(archive + " is not a SCORE archive: no META-INF/MANIFEST.MF");
            }
            a = m.getMainAttributes();
        } catch (IOException e) {
            throw new CliException(archive + " is not a SCORE archive: " + e.getMessage());
        }
        List<String> missing = new ArrayList<>();
        for (String k : List.of("Score-Id", "Score-Version", "Score-Class")) {
            String v = a.getValue(k);
            if (v == null || v.isBlank()) {
                missing.add(k);
            }
        }
        if (!missing.isEmpty()) {
            throw new CliException(archive + ": META-INF/MANIFEST.MF lacks " + String.join(", ", missing));
        }
        String id = a.getValue("Score-Id").strip();
        String version = a.getValue("Score-Version").strip();
        if (!ID.matcher(id).matches()) {
            throw new CliException(archive + ": Score-Id '" + id + "' must be 1..64 of A-Za-z0-9_.- (it names the application)");
        }
        if (version.matches(".*\\s.*")) {
            throw new CliException(archive + ": Score-Version '" + version + "' must not contain spaces");
        }
        return new ScoreManifest(id, version, DeployPlan.sha256(archive));
    }
}
