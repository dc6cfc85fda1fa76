package org.loopchain.cli.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker's logins for a work dir: a user per node, no guest, a channel's addresses open to its members only. */
class BrokerSecurityTest {

    private static final String CREATED_XML = "<configuration>\n  <security-settings>\n    <security-setting match=\"#\">\n"
            + "      <permission type=\"send\" roles=\"amq\"/>\n    </security-setting>\n  </security-settings>\n</configuration>\n";
    private static final String GUEST_LOGIN = "activemq {\n org.apache.activemq.artemis.spi.core.security.jaas.GuestLoginModule sufficient;\n};\n";

    @TempDir
    Path dir;

    private Path broker() throws Exception {
        Path etc = Files.createDirectories(dir.resolve("broker/etc"));
        Files.writeString(etc.resolve("broker.xml"), CREATED_XML);
        Files.writeString(etc.resolve("login.config"), GUEST_LOGIN);
        Files.writeString(etc.resolve("artemis-users.properties"), "admin = ENC(1024:ABC)\n");
        Files.writeString(etc.resolve("artemis-roles.properties"), "amq = admin\n");
        return dir.resolve("broker");
    }

    /** rs, peer0-2 in loopchain_default, peer0-1 in kofia_1. */
    private Path conf() throws Exception {
        Path conf = Files.createDirectories(dir.resolve("conf"));
        Path channels = conf.resolve("channel_manage_data.json");
        Files.writeString(channels, """
                {"loopchain_default": {"peers": [{"peer_target": "127.0.0.1:7100"}, {"peer_target": "127.0.0.1:7200"},
                                                 {"peer_target": "127.0.0.1:7300"}]},
                 "kofia_1": {"peers": [{"peer_target": "127.0.0.1:7100"}, {"peer_target": "127.0.0.1:7200"}]}}""");
        Files.writeString(conf.resolve("rs.json"), "{\"NODE_ROLE\": \"radiostation\", \"CHANNEL_MANAGE_DATA_PATH\": \"" + channels + "\"}");
        for (int i = 0; i < 3; i++) {
            Files.writeString(conf.resolve("peer" + i + ".json"), "{\"PORT_PEER\": " + (7100 + 100 * i)
                    + ", \"CHANNEL_MANAGE_DATA_PATH\": \"" + channels + "\"}");
        }
        return conf;
    }

    @Test
    void everyNodeLogsInAndOnlyAChannelsMembersMaySendOnIt() throws Exception {
        Path broker = broker();
        Path conf = conf();
        BrokerSecurity.write(broker, conf, List.of());

        Map<String, String> users = BrokerSecurity.properties(broker.resolve("etc/artemis-users.properties"));
        assertEquals(List.of("admin", "peer0", "peer1", "peer2", "rs"), users.keySet().stream().sorted().toList());
        assertEquals("ENC(1024:ABC)", users.get("admin"), "the admin's login is kept");
        assertEquals(BrokerCredentials.of(conf.resolve("peer1.json")).password(), users.get("peer1"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(conf.resolve("peer1.broker-password"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                broker.resolve("etc/artemis-users.properties"))));

        Map<String, String> roles = BrokerSecurity.properties(broker.resolve("etc/artemis-roles.properties"));
        assertEquals("peer0,peer1,peer2,rs", roles.get("node"));
        assertEquals("peer0,peer1,rs", roles.get("ch.kofia_1"));
        assertEquals("peer0,peer1,peer2,rs", roles.get("ch.loopchain_default"));
        assertEquals("admin", roles.get("amq"));

        String login = Files.readString(broker.resolve("etc/login.config"));
        assertFalse(login.contains("GuestLoginModule"), login);
        String xml = Files.readString(broker.resolve("etc/broker.xml"));
        assertTrue(xml.contains("<security-setting match=\"loopchain.kofia_1.#\">\n"), xml);
        assertTrue(xml.contains("<permission type=\"send\" roles=\"amq,channels-all,ch.kofia_1\"/>"), xml);
        assertTrue(xml.contains("<permission type=\"consume\" roles=\"amq,node\"/>"), xml);
        assertTrue(xml.startsWith("<configuration>\n  <security-settings>") && xml.endsWith("</security-settings>\n</configuration>\n"), xml);
    }

    @Test
    void writingAgainKeepsThePasswordsAndAddsANodeStartedFromAFileOfItsOwn() throws Exception {
        Path broker = broker();
        Path conf = conf();
        BrokerSecurity.write(broker, conf, List.of());
        String before = Files.readString(broker.resolve("etc/artemis-users.properties"));
        String xml = Files.readString(broker.resolve("etc/broker.xml"));
        BrokerSecurity.write(broker, conf, List.of());
        assertEquals(before, Files.readString(broker.resolve("etc/artemis-users.properties")), "the same passwords");
        assertEquals(xml, Files.readString(broker.resolve("etc/broker.xml")), "idempotent");

        Path elsewhere = Files.createDirectories(dir.resolve("hostb"));
        Path lone = elsewhere.resolve("lone.json");
        Files.writeString(lone, "{\"PORT_PEER\": 7900, \"CHANNEL_MANAGE_DATA_PATH\": \"relative/channels.json\"}");
        BrokerSecurity.write(broker, conf, List.of(lone));
        Map<String, String> roles = BrokerSecurity.properties(broker.resolve("etc/artemis-roles.properties"));
        assertEquals("lone", roles.get("channels-all"), "its channel file cannot be read here: it may send on any channel");
        assertTrue(roles.get("node").contains("lone") && roles.get("node").contains("peer2"), roles.toString());
        assertNotEquals(BrokerCredentials.of(lone).password(), BrokerCredentials.of(conf.resolve("peer0.json")).password());
    }
}
