package org.loopchain.cli.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopchain.cli.json.Json;

class NetworkConfigsTest {
    @TempDir
    Path conf;

    final ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    final PrintStream err = new PrintStream(warnings, true);

    @Test
    void aFourPeerNetworkGetsAChannelFileAnRsAndFourPeers() throws IOException {
        new NetworkConfigs(conf, "ch", 7300, 4, 61700, 7302, "OPKEY").writeAll(err);
        String channel = Files.readString(conf.resolve("channel_manage_data.json"));
        assertTrue(channel.startsWith("{\n  \"ch\": {\n    \"score_package\": \"loopchain/default\",\n    \"peers\": [\n      {\n"
                + "        \"peer_target\": \"127.0.0.1:7300\",\n        \"weight\": 1\n      },\n"), channel);
        assertTrue(Files.readString(conf.resolve("channel_manage_data.json")).contains("\"operators\": [\n      \"OPKEY\"\n    ]"));
        assertEquals("{\n  \"PORT_PEER\": 7600,\n  \"NODE_HOST\": \"127.0.0.1\",\n  \"LOOPCHAIN_DEFAULT_CHANNEL\": \"ch\",\n"
                + "  \"BROKER_HOST\": \"127.0.0.1\",\n  \"BROKER_PORT\": 61700,\n"
                + "  \"RADIOSTATION_HOST\": \"127.0.0.1\",\n  \"PORT_RADIOSTATION\": 7302,\n  \"CHANNEL_MANAGE_DATA_PATH\": \""
                + conf.resolve("channel_manage_data.json").toAbsolutePath() + "\"\n}\n", Files.readString(conf.resolve("peer3.json")));
        assertTrue(Files.exists(conf.resolve("rs.json")));
        assertEquals("", warnings.toString());
    }

    @Test
    void eachNodeBindsAndAdvertisesItsOwnAddressAndKnowsTheOthers() {
        Hosts hosts = new Hosts("127.0.0.2", "127.0.0.3", List.of("127.0.0.4", "127.0.0.5"));
        new NetworkConfigs(conf, "ch", 7300, 3, 61700, 7302, "", null, "demo", "", "", "", hosts).writeAll(err);
        Map<?, ?> rs = (Map<?, ?>) Json.read(conf.resolve("rs.json"));
        assertEquals("127.0.0.3", rs.get("NODE_HOST"));
        assertEquals("127.0.0.2", rs.get("BROKER_HOST"));
        Map<?, ?> peer1 = (Map<?, ?>) Json.read(conf.resolve("peer1.json"));
        assertEquals("127.0.0.5", peer1.get("NODE_HOST"));
        assertEquals("127.0.0.3", peer1.get("RADIOSTATION_HOST"));
        assertEquals("127.0.0.2", peer1.get("BROKER_HOST"));
        assertEquals("127.0.0.1", ((Map<?, ?>) Json.read(conf.resolve("peer2.json"))).get("NODE_HOST"), "past the list: loopback");
        List<?> peers = (List<?>) ((Map<?, ?>) ((Map<?, ?>) Json.read(conf.resolve("channel_manage_data.json"))).get("ch")).get("peers");
        assertEquals(List.of("127.0.0.4:7300", "127.0.0.5:7400", "127.0.0.1:7500"),
                peers.stream().map(p -> ((Map<?, ?>) p).get("peer_target")).toList());
        assertEquals("", warnings.toString());

        new NetworkConfigs(conf, "ch", 7300, 3, 61700, 7302, "", null, "demo", "", "", "", Hosts.LOCAL).writeAll(err);
        assertTrue(warnings.toString().contains("peer1.json says NODE_HOST 127.0.0.5, LOOPCHAIN_PEER_HOSTS asks for 127.0.0.1"),
                warnings.toString());
        assertTrue(warnings.toString().contains("rs.json says NODE_HOST 127.0.0.3, LOOPCHAIN_RS_HOST asks for 127.0.0.1"),
                warnings.toString());
        assertTrue(warnings.toString().contains("peer1.json says RADIOSTATION_HOST 127.0.0.3, the Radio Station runs on 127.0.0.1"),
                warnings.toString());
    }

    @Test
    void theSecondChannelIsValidatedByAllButTheLastPeerWhichAuditsIt() {
        new NetworkConfigs(conf, "ch", 7300, 4, 61700, 7302, "OPKEY").writeAll(err);
        Map<?, ?> channels = (Map<?, ?>) Json.read(conf.resolve("channel_manage_data.json"));
        assertEquals(List.of("ch", "kofia_1"), List.copyOf(channels.keySet()));
        Map<?, ?> kofia = (Map<?, ?>) channels.get("kofia_1");
        assertEquals("kofia/default", kofia.get("score_package"));
        List<?> peers = (List<?>) kofia.get("peers");
        assertEquals(Map.of("peer_target", "127.0.0.1:7300", "weight", 1L), peers.get(0));
        assertEquals(Map.of("peer_target", "127.0.0.1:7600", "role", "audit"), peers.get(3));
        assertEquals(List.of("OPKEY"), kofia.get("operators"));
    }

    @Test
    void aNetworkWithAPkiTrustsItsCasAdmitsByCertificateAndGivesEachPeerItsChain() throws IOException {
        Path pki = conf.resolve("../pki");
        new NetworkConfigs(conf, "ch", 7300, 2, 61700, 7302, "", pki, "demo").writeAll(err);
        Map<?, ?> channel = (Map<?, ?>) ((Map<?, ?>) Json.read(conf.resolve("channel_manage_data.json"))).get("ch");
        String abs = pki.toAbsolutePath().normalize().toString();
        assertEquals(List.of(abs + "/ca/ca.crt", abs + "/orgs/demo/ca.crt"), channel.get("trusted_cas"));
        assertEquals(List.of(abs + "/ca/crl.pem", abs + "/orgs/demo/crl.pem"), channel.get("crls"));
        assertEquals(true, ((Map<?, ?>) Json.read(conf.resolve("rs.json"))).get("ENABLE_CHANNEL_AUTH"));
        assertEquals(abs + "/nodes/peer1/chain.pem", ((Map<?, ?>) Json.read(conf.resolve("peer1.json"))).get("PEER_CERTIFICATE_PATH"));
        Files.createDirectories(conf.resolve("alone"));
        new NetworkConfigs(conf.resolve("alone"), "ch", 7300, 1, 61700, 7302, "", pki, "demo").writeAll(err);
        assertFalse(Files.readString(conf.resolve("alone/peer0.json")).contains("PEER_CERTIFICATE_PATH"), "a standalone peer joins nothing");
        assertEquals("", warnings.toString());
    }

    @Test
    void aKeptFileThatDisagreesIsKeptWithAWarning() throws IOException {
        new NetworkConfigs(conf, "ch", 7300, 1, 61700, 7302, "").writeAll(err);
        String before = Files.readString(conf.resolve("peer0.json"));
        new NetworkConfigs(conf, "ch", 7400, 1, 61700, 7402, "").writeAll(err);
        assertEquals(before, Files.readString(conf.resolve("peer0.json")));
        assertTrue(warnings.toString().contains("keeps PORT_PEER 7300 (LOOPCHAIN_PORT_PEER asks for 7400"), warnings.toString());
        assertFalse(Files.exists(conf.resolve("rs.json")), "a standalone peer has no Radio Station");
    }

    @Test
    void aKeptChannelFileWithoutOperatorsGetsThisWorkDirsOperator() throws IOException {
        new NetworkConfigs(conf, "ch", 7300, 2, 61700, 7302, "").writeAll(err);
        new NetworkConfigs(conf, "ch", 7300, 2, 61700, 7302, "OP").writeAll(err);
        assertTrue(Files.readString(conf.resolve("channel_manage_data.json")).contains("\"OP\""));
        assertTrue(warnings.toString().contains("added this work dir's SCORE operator"));
    }

    @Test
    void anIssuerGoesIntoEveryNodeFileAndNoneLeavesTheNodesDefault() throws IOException {
        new NetworkConfigs(conf, "ch", 7300, 2, 61700, 7302, "", null, "demo", "http://127.0.0.1:8280/realms/loopchain")
                .writeAll(err);
        for (String f : new String[] {"rs.json", "peer0.json", "peer1.json"}) {
            assertEquals("http://127.0.0.1:8280/realms/loopchain", ((Map<?, ?>) Json.read(conf.resolve(f))).get("AUDIT_OIDC_ISSUER"), f);
        }
        Files.createDirectories(conf.resolve("plain"));
        new NetworkConfigs(conf.resolve("plain"), "ch", 7300, 2, 61700, 7302, "").writeAll(err);
        assertFalse(Files.readString(conf.resolve("plain/peer0.json")).contains("AUDIT_OIDC_ISSUER"));
    }

    @Test
    void theConsoleSecretGoesToEveryNodeTheAdminKeyToPeersAndAKeptFileGetsThemWhenItHasNone() throws IOException {
        new NetworkConfigs(conf, "ch", 7300, 2, 61700, 7302, "").writeAll(err);
        assertFalse(Files.readString(conf.resolve("peer0.json")).contains("CONSOLE_"));
        new NetworkConfigs(conf, "ch", 7300, 2, 61700, 7302, "", null, "demo", "http://127.0.0.1:8280/realms/loopchain",
                "s3cret", "/w/operator.key", Hosts.LOCAL).writeAll(err);
        for (String f : new String[] {"rs.json", "peer0.json", "peer1.json"}) {
            Map<?, ?> m = (Map<?, ?>) Json.read(conf.resolve(f));
            assertEquals("s3cret", m.get("CONSOLE_OIDC_CLIENT_SECRET"), f);
            assertEquals(f.equals("rs.json") ? null : "/w/operator.key", m.get("CONSOLE_ADMIN_KEY_PATH"), f);
            assertEquals("7300", String.valueOf(((Map<?, ?>) Json.read(conf.resolve("peer0.json"))).get("PORT_PEER")), f);
        }
        new NetworkConfigs(conf, "ch", 7300, 2, 61700, 7302, "", null, "demo", "", "other", "/x.key", Hosts.LOCAL).writeAll(err);
        assertEquals("s3cret", ((Map<?, ?>) Json.read(conf.resolve("peer0.json"))).get("CONSOLE_OIDC_CLIENT_SECRET"),
                "a file's own setting stays");
    }

    @Test
    void everyFileNamesTheBrokerHostAndAKeptFileOfAnotherIsWarnedAbout() throws IOException {
        new NetworkConfigs(conf, "ch", 7300, 2, 61700, 7302, "", null, "demo", "", "", "", new Hosts("127.0.0.2", "127.0.0.1", List.of()))
                .writeAll(err);
        for (String f : new String[] {"rs.json", "peer0.json", "peer1.json"}) {
            assertEquals("127.0.0.2", ((Map<?, ?>) Json.read(conf.resolve(f))).get("BROKER_HOST"), f);
        }
        new NetworkConfigs(conf, "ch", 7300, 2, 61700, 7302, "").writeAll(err);
        assertTrue(warnings.toString().contains("peer0.json says BROKER_HOST 127.0.0.2, the broker runs on 127.0.0.1"), warnings.toString());
    }
}
