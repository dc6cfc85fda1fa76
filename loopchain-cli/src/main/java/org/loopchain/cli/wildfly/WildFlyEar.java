package org.loopchain.cli.wildfly;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.loopchain.cli.CliException;

/**
 * The EAR a WildFly node deploys: loopchain.ear without the admin console's WAR. On WildFly 39 the
 * console's OpenID Connect mechanism makes Soteria put its authentication bridge in front of every WAR of
 * the application, where it meets SmallRye's MP-JWT mechanism bean and refuses every request
 * (WELD-001318); the REST and audit WARs are the node, the console is not. Everything else is the EAR's
 * own bytes, entry times kept, so the same EAR always gives the same file (a node redeploys only when
 * the EAR changed).
 */
public final class WildFlyEar {

    public static final String CONSOLE_WAR = "loopchain-console.war";
    private static final String APPLICATION_XML = "META-INF/application.xml";

    private WildFlyEar() {
    }

    /** Writes {@code ear} without {@code CONSOLE_WAR} (its file and its module in application.xml) to {@code out}. */
    public static void write(Path ear, Path out) {
        Path part = out.resolveSibling(out.getFileName() + ".part");
        try (ZipFile in = new ZipFile(ear.toFile()); OutputStream file = Files.newOutputStream(part);
             ZipOutputStream zip = new ZipOutputStream(file)) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.getName().equals(CONSOLE_WAR)) {
                    continue;
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(e.getTime());
                zip.putNextEntry(copy);
                try (InputStream body = in.getInputStream(e)) {
                    if (e.getName().equals(APPLICATION_XML)) {
                        zip.write(withoutModule(new String(body.readAllBytes(), StandardCharsets.UTF_8), CONSOLE_WAR)
                                .getBytes(StandardCharsets.UTF_8));
                    } else {
                        body.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new CliException("cannot write the WildFly EAR " + out + " from " + ear + ": " + e.getMessage());
        }
        try {
            Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CliException("cannot move " + part + " to " + out + ": " + e.getMessage());
        }
    }

    /** application.xml without the {@code <module>} whose web-uri is {@code war}. */
    static String withoutModule(String applicationXml, String war) {
        return Pattern.compile("\\s*<module>\\s*<web>\\s*<web-uri>" + Pattern.quote(war) + "</web-uri>.*?</module>", Pattern.DOTALL)
                .matcher(applicationXml).replaceAll("");
    }
}
