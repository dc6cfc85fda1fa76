package org.loopchain.cli.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.loopchain.cli.CliException;

/**
 * Whether an application needs deploying to a domain. A stamp per application
 * (&lt;domain&gt;/loopchain-deployed/&lt;app&gt;: the archive's path and SHA-256) remembers what was
 * deployed, so a rebuild that yields the same bytes deploys nothing. Payara creates the tables when
 * it deploys the EAR, not when it loads it at start: a node whose database is gone (its data dir
 * deleted for a fresh chain) gets the EAR deployed again.
 */
public final class DeployPlan {
    public static final String EAR = "loopchain";
    public static final String RAR = "artemis-rar";

    private DeployPlan() {
    }

    public static Path stamp(Path domainDir, String app) {
        return domainDir.resolve("loopchain-deployed").resolve(app);
    }

    /** What the stamp of ARCHIVE says: "PATH SHA256". */
    public static String archiveId(Path archive) {
        return archive + " " + sha256(archive);
    }

    public static boolean needs(DomainXml domain, Path domainDir, String app, Path archive, Path dataDir) {
        if (!Applications.has(domain, app)) {
            return true;
        }
        if (EAR.equals(app) && !Files.isDirectory(dataDir.resolve("loopchain-db"))) {
            return true;
        }
        Path stamp = stamp(domainDir, app);
        try {
            return !Files.exists(stamp) || !Files.readString(stamp).strip().equals(archiveId(archive));
        } catch (IOException e) {
            return true;
        }
    }

    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new CliException("cannot read " + file + ": " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
