package org.loopchain.cli.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopchain.cli.CliException;

/** The offline edit on a real template domain.xml (Payara 6's create-domain, portbase 40000). */
class DomainEditorTest {
    @TempDir
    Path dir;

    Path domain() throws IOException {
        Files.createDirectories(dir.resolve("config"));
        try (InputStream in = getClass().getResourceAsStream("/template-domain.xml")) {
            Files.copy(in, dir.resolve("config/domain.xml"));
        }
        return dir;
    }

    DomainXml configured(String javaOpts) throws IOException {
        return configured(javaOpts, "127.0.0.1");
    }

    DomainXml configured(String javaOpts, String host) throws IOException {
        Path d = domain();
        DomainXml xml = DomainXml.load(d);
        DomainEditor.configure(d, xml, new DomainEditor.Node("peer1", NodePorts.of("peer", 7200), host, dir.resolve("peer1.json"),
                Path.of("/data/peer1"), javaOpts, "127.0.0.1", 61700, null));
        xml.save();
        return DomainXml.load(d);
    }

    @Test
    void aConfiguredPeerGetsItsPortsFromItsPortPeer() throws IOException {
        var info = DomainInfo.of(configured(""));
        assertEquals("9100", info.get("REST_PORT"));
        assertEquals("30248", info.get("ADMIN_PORT"));
        assertEquals("30281", info.get("HTTPS_PORT"));
        assertEquals("30237,30238,30239", info.get("IIOP_PORT"));
        assertEquals("30286", info.get("JMX_PORT"));
        assertEquals(dir.resolve("peer1.json").toString(), info.get("NODE_CONFIG"));
        assertEquals("127.0.0.1", info.get("REST_HOST"));
    }

    @Test
    void aNodeOnItsOwnAddressBindsItsRestListenersThereAndKeepsAdministrationOnLoopback() throws IOException {
        DomainXml xml = configured("", "127.0.0.4");
        assertEquals("127.0.0.4", DomainInfo.of(xml).get("REST_HOST"));
        String text = Files.readString(xml.file());
        assertTrue(firstTag(text, "network-listener", "name=\"http-listener-1\"").contains(" address=\"127.0.0.4\""), text);
        assertTrue(firstTag(text, "network-listener", "name=\"http-listener-2\"").contains(" address=\"127.0.0.4\""), text);
        assertTrue(firstTag(text, "network-listener", "name=\"admin-listener\"").contains(" address=\"127.0.0.1\""), text);
    }

    @Test
    void everyListenerIsOnLoopbackAndNothingElseListens() throws IOException {
        String text = Files.readString(configured("").file());
        assertFalse(text.contains("address=\"0.0.0.0\""), "a listener left on 0.0.0.0");
        assertFalse(text.contains("AUTO_SERVER"), "H2 AUTO_SERVER left on");
        assertTrue(text.contains("<jms-service default-jms-host=\"default_JMS_host\" type=\"DISABLED\">"), text);
        assertTrue(text.contains("ConnectionParameters\" value=\"host=127.0.0.1;port=61700\""));
        String password = Files.readString(dir.resolve("peer1.broker-password")).strip();
        assertTrue(text.contains("\"UserName\" value=\"peer1\"") && text.contains("\"Password\" value=\"" + password + "\""),
                "the resource adapter logs in as the node");
        assertTrue(text.contains("<system-property name=\"loopchain.broker.password\" value=\"" + password + "\""),
                "so does the application's connection factory, from a system property of the configuration: " + text);
        assertFalse(text.contains("-Dloopchain.broker.password"), "no password on the command line");
        assertTrue(text.contains("<property name=\"administrative.domain.name\" value=\"peer1\""));
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>"), "the prolog is kept");
    }

    @Test
    void slowClientsMeetABoundedThreadPoolAndReadTimeouts() throws IOException {
        String text = Files.readString(configured("").file());
        assertTrue(firstTag(text, "thread-pool", "name=\"http-thread-pool\"").contains(" max-thread-pool-size=\"32\""), text);
        assertTrue(firstTag(text, "transport", "name=\"tcp\"").contains(" read-timeout-millis=\"10000\""), text);
        for (String listener : List.of("http-listener-1", "http-listener-2")) {
            int at = text.indexOf("<protocol name=\"" + listener + "\"");
            String http = firstTag(text.substring(at), "http", "");
            assertTrue(http.contains(" allow-payload-for-undefined-http-methods=\"true\""), http);
            assertTrue(http.contains(" connection-upload-timeout-millis=\"10000\""), http);
        }
    }

    /** The first start tag TAG holding WITH (the server-config's, which comes first). */
    private static String firstTag(String xml, String tag, String with) {
        Matcher m = Pattern.compile("<" + tag + " [^>]*>").matcher(xml);
        while (m.find()) {
            if (m.group().contains(with)) {
                return m.group();
            }
        }
        return "";
    }

    @Test
    void javaOptsReplaceOurHeapAndRunningAgainChangesNothing() throws IOException {
        DomainXml once = configured("-Xmx3g -Dfoo='a b'");
        List<String> opts = jvmOptions(once);
        assertTrue(opts.contains("-Xmx3g"));
        assertTrue(opts.contains("-Dfoo=a b"));
        assertFalse(opts.contains("-Xmx1g"));
        assertFalse(opts.contains("-Xmx512m"));
        String before = Files.readString(once.file());
        DomainXml again = DomainXml.load(dir);
        DomainEditor.configure(dir, again, new DomainEditor.Node("peer1", NodePorts.of("peer", 7200), "127.0.0.1",
                dir.resolve("peer1.json"), Path.of("/data/peer1"), "-Xmx3g -Dfoo='a b'", "127.0.0.1", 61700, null));
        again.save();
        assertEquals(before, Files.readString(again.file()));
    }

    @Test
    void outdatedApplicationsAreNotLoadedAtStart() throws IOException {
        DomainXml xml = configured("");
        assertFalse(Applications.disable(xml, "loopchain"), "the template has no application");
        assertFalse(Applications.has(xml, "loopchain"));
    }

    @Test
    void aPortBeyondTheSchemeIsRefusedWithItsBounds() {
        CliException e = assertThrows(CliException.class, () -> NodePorts.of("peer", 42450));
        assertEquals("PORT_PEER must be a port between 1024 and 42449 (REST is PORT_PEER+1900, other ports "
                + "PORT_PEER+23000..+23086), got '42450'", e.getMessage());
    }

    @Test
    void aSettingWhoseTargetIsMissingFailsInsteadOfSkipping() throws IOException {
        DomainXml xml = DomainXml.load(domain());
        var s = new DottedSet("", "configs.config.server-config.iiop-service.iiop-listener.NOPE.address", "127.0.0.1");
        assertThrows(CliException.class, () -> s.apply(xml));
    }

    static List<String> jvmOptions(DomainXml xml) {
        return DomainXml.children(DomainEditor.javaConfig(xml.config("server-config")), "jvm-options").stream()
                .map(e -> e.getTextContent()).toList();
    }
}
