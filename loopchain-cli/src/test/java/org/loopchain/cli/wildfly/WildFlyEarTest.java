package org.loopchain.cli.wildfly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WildFlyEarTest {

    private static final String APPLICATION = """
            <?xml version="1.0" encoding="UTF-8"?>
            <application version="10">
              <module>
                <ejb>loopchain-ejb.jar</ejb>
              </module>
              <module>
                <web>
                  <web-uri>loopchain-web.war</web-uri>
                  <context-root>/</context-root>
                </web>
              </module>
              <module>
                <web>
                  <web-uri>loopchain-console.war</web-uri>
                  <context-root>/console</context-root>
                </web>
              </module>
              <library-directory>lib</library-directory>
            </application>""";

    @TempDir
    Path dir;

    @Test
    void theConsoleWarAndItsModuleAreLeftOutEverythingElseIsKeptByteForByte() throws IOException {
        Path ear = ear(Map.of("META-INF/application.xml", APPLICATION, "loopchain-web.war", "web", "loopchain-console.war", "console",
                "lib/core.jar", "core"));
        Path out = dir.resolve("wildfly.ear");
        WildFlyEar.write(ear, out);
        try (ZipFile zip = new ZipFile(out.toFile())) {
            assertNull(zip.getEntry("loopchain-console.war"));
            assertArrayEquals("web".getBytes(StandardCharsets.UTF_8), zip.getInputStream(zip.getEntry("loopchain-web.war")).readAllBytes());
            assertArrayEquals("core".getBytes(StandardCharsets.UTF_8), zip.getInputStream(zip.getEntry("lib/core.jar")).readAllBytes());
            String application = new String(zip.getInputStream(zip.getEntry("META-INF/application.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(application.contains("console"), application);
            assertTrue(application.contains("<web-uri>loopchain-web.war</web-uri>") && application.contains("<ejb>loopchain-ejb.jar</ejb>")
                    && application.contains("<library-directory>lib</library-directory>"), application);
        }
    }

    @Test
    void theSameEarGivesTheSameBytesSoANodeRedeploysOnlyWhenTheEarChanged() throws IOException {
        Path ear = ear(Map.of("META-INF/application.xml", APPLICATION, "loopchain-console.war", "console", "a.txt", "a"));
        Path first = dir.resolve("first.ear");
        Path second = dir.resolve("second.ear");
        WildFlyEar.write(ear, first);
        WildFlyEar.write(ear, second);
        assertEquals(-1L, Files.mismatch(first, second));
    }

    private Path ear(Map<String, String> entries) throws IOException {
        Path ear = dir.resolve("loopchain.ear");
        try (OutputStream file = Files.newOutputStream(ear); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (String name : entries.keySet().stream().sorted().toList()) {
                ZipEntry e = new ZipEntry(name);
                e.setTime(1_000_000_000_000L);
                zip.putNextEntry(e);
                zip.write(entries.get(name).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return ear;
    }
}
