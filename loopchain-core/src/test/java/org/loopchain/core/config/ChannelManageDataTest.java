package org.loopchain.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.loopchain.core.config.ChannelManageData.ChannelDefinition;
import org.loopchain.core.config.ChannelManageData.PeerEntry;
import org.loopchain.core.json.Json;

class ChannelManageDataTest {

    @TempDir
    Path dir;

    @Test
    void theSeedFormatIsReadInOrderWithDefaults() {
        Map<String, ChannelDefinition> channels = ChannelManageData.parse("""
                {"kofia": {"score_package": "loopchain/default",
                           "peers": [{"peer_target": "127.0.0.1:7100"}, {"peer_target": "10.0.0.2:7200", "weight": 3}]},
                 "b.channel": {"score_package": "x/y", "peers": []},
                 "a": {"score_package": "z", "peers": [{"peer_target": "h:1", "group": "g1", "weight": 2},
                                                       {"peer_target": "h:2", "group": "g2"}],
                       "groups": {"g1": 2, "g2": 1}}}""");

        assertEquals(List.of("kofia", "b.channel", "a"), List.copyOf(channels.keySet()));
        ChannelDefinition kofia = channels.get("kofia");
        assertEquals("loopchain/default", kofia.scorePackage());
        assertEquals(List.of(new PeerEntry("127.0.0.1:7100", 1, null), new PeerEntry("10.0.0.2:7200", 3, null)), kofia.peers());
        assertEquals(Map.of(), kofia.groupWeights());
        assertEquals(1, kofia.indexOf("10.0.0.2:7200"));
        assertEquals(-1, kofia.indexOf("10.0.0.2:7201"));
        assertNull(kofia.peer("nowhere:1"));
        assertEquals(List.of(), channels.get("b.channel").peers());
        ChannelDefinition a = channels.get("a");
        assertEquals(List.of("g1", "g2"), List.copyOf(a.groupWeights().keySet()));
        assertEquals(2L, a.groupWeights().get("g1"));
        assertEquals("g2", a.peer("h:2").group());
    }

    @Test
    void theJsonFormWritesDefaultsOut() {
        Map<String, ChannelDefinition> channels = ChannelManageData.parse(
                "{\"c\": {\"peers\": [{\"peer_target\": \"h:1\", \"group\": \"g\"}], \"groups\": {\"g\": 5}}}");
        assertEquals("{\"c\": {\"score_package\": \"loopchain/default\", \"peers\": [{\"peer_target\": \"h:1\", \"weight\": 1, "
                + "\"group\": \"g\"}], \"groups\": {\"g\": 5}}}", Json.pyDumps(ChannelManageData.toJson(channels)));
    }

    @Test
    void anAuditPeerIsListedApartFromTheValidatorsAndWrittenBackWithItsRole() {
        ChannelDefinition c = ChannelManageData.parse("{\"c\": {\"peers\": [{\"peer_target\": \"h:1\"}, "
                + "{\"peer_target\": \"h:2\", \"role\": \"audit\"}, {\"peer_target\": \"h:3\", \"role\": \"validator\"}]}}").get("c");
        assertEquals(List.of("h:1", "h:3"), c.validators().stream().map(PeerEntry::peerTarget).toList());
        assertEquals(List.of("h:2"), c.auditors().stream().map(PeerEntry::peerTarget).toList());
        assertEquals("audit", c.peer("h:2").role());
        assertEquals("{\"c\": {\"score_package\": \"loopchain/default\", \"peers\": [{\"peer_target\": \"h:1\", \"weight\": 1}, "
                + "{\"peer_target\": \"h:2\", \"role\": \"audit\"}, {\"peer_target\": \"h:3\", \"weight\": 1}]}}",
                Json.pyDumps(ChannelManageData.toJson(Map.of("c", c))));
    }

    @Test
    void theSampleFileIsValid() {
        Path sample = Path.of("../server-config/src/main/conf/channel_manage_data.json");
        Map<String, ChannelDefinition> channels = ChannelManageData.load(sample);
        assertEquals(List.of("loopchain_default", "kofia_1"), List.copyOf(channels.keySet()));
        assertEquals(List.of("127.0.0.1:7100", "127.0.0.1:7200", "127.0.0.1:7300", "127.0.0.1:7400"),
                channels.get("loopchain_default").peers().stream().map(PeerEntry::peerTarget).toList());
        assertTrue(channels.get("loopchain_default").peers().stream().allMatch(p -> p.weight() == 1));
        assertEquals(List.of("127.0.0.1:7400"), channels.get("kofia_1").auditors().stream().map(PeerEntry::peerTarget).toList());
        assertEquals(3, channels.get("kofia_1").validators().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[]                                                              | must hold a JSON object",
        "{\"bad name\": {}}                                              | channel 'bad name': the name must be",
        "{\"c\": []}                                                     | channel c: must be a JSON object",
        "{\"c\": {\"score_package\": 3}}                                 | channel c: score_package must be a non-empty string",
        "{\"c\": {\"peer\": []}}                                         | channel c: unknown field 'peer'",
        "{\"c\": {\"peers\": {}}}                                        | channel c: peers must be a JSON array",
        "{\"c\": {\"peers\": [{}]}}                                      | channel c: peers[0]: peer_target is missing",
        "{\"c\": {\"peers\": [{\"peer_target\": \"h\"}]}}                | channel c: peers[0]: peer_target 'h' is not host:port",
        "{\"c\": {\"peers\": [{\"peer_target\": \"h:70000\"}]}}          | channel c: peers[0]: peer_target 'h:70000' is not host:port",
        "{\"c\": {\"peers\": [{\"peer_target\": \"h:1\", \"weight\": 0}]}}   | channel c: peers[0]: weight must be a whole number >= 1",
        "{\"c\": {\"peers\": [{\"peer_target\": \"h:1\", \"weight\": 1.5}]}} | channel c: peers[0]: weight must be a whole number >= 1",
        "{\"c\": {\"peers\": [{\"peer_target\": \"h:1\", \"weight\": \"2\"}]}} | channel c: peers[0]: weight must be a whole number >= 1",
        "{\"c\": {\"peers\": [{\"peer_target\": \"h:1\", \"port\": 1}]}}  | channel c: peers[0]: unknown field 'port'",
        "{\"c\": {\"peers\": [{\"peer_target\": \"h:1\"}, {\"peer_target\": \"h:1\"}]}} | channel c: peers[1].peer_target h:1 is listed twice",
        "{\"c\": {\"peers\": [{\"peer_target\": \"h:1\", \"group\": \"\"}]}} | channel c: peers[0]: group must be a non-empty string",
        "{\"c\": {\"groups\": []}}                                       | channel c: groups must be a JSON object",
        "{\"c\": {\"peers\": [{\"peer_target\": \"h:1\", \"role\": \"admin\"}]}} | channel c: peers[0]: role must be \"validator\" or \"audit\"",
        "{\"c\": {\"peers\": [{\"peer_target\": \"h:1\", \"role\": \"audit\", \"weight\": 2}]}}"
            + " | channel c: peers[0]: an audit peer does not vote: weight and group do not apply",
        "{\"c\": {\"peers\": [{\"peer_target\": \"h:1\", \"role\": \"audit\"}]}} | channel c: peers lists no validator",
        "{\"c\": {\"trusted_cas\": []}}                                  | channel c: trusted_cas must be a non-empty JSON array of PEM file paths",
        "{\"c\": {\"trusted_cas\": [\"\"]}}                              | channel c: trusted_cas must be a non-empty JSON array of PEM file paths",
        "{\"c\": {\"trusted_cas\": \"ca.crt\"}}                          | channel c: trusted_cas must be a non-empty JSON array of PEM file paths",
        "{\"c\": {\"crls\": [\"crl.pem\"]}}                              | channel c: crls without trusted_cas (revocation lists belong to trusted CAs)",
        "{\"c\": {\"groups\": {\"g\": 0}}}                               | channel c: groups.g must be a whole number >= 1",
        "{\"c\": {\"groups\": {\"g\": 1}, \"peers\": [{\"peer_target\": \"h:1\"}]}} | channel c: peers[0]: group is missing",
        "{\"c\": {\"groups\": {\"g\": 1}, \"peers\": [{\"peer_target\": \"h:1\", \"group\": \"x\"}]}}"
            + " | channel c: peers[0]: group 'x' is not listed in groups",
    })
    void mistakesAreRefusedNamingTheChannelAndField(String text, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChannelManageData.parse(text));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }

    @Test
    void aFileErrorNamesTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("cmd.json"), "{\"c\": {\"peers\": 1}}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChannelManageData.load(file));
        assertEquals(file + ": channel c: peers must be a JSON array", e.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ChannelManageData.load(dir.resolve("none.json")));
        assertTrue(missing.getMessage().startsWith("cannot read " + dir.resolve("none.json")), missing.getMessage());
        Path notJson = Files.writeString(dir.resolve("bad.json"), "{");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ChannelManageData.load(notJson)).getMessage()
                .startsWith(notJson + ": not valid JSON"));
    }

    @Test
    void aChannelsCoinIsReadWithDefaults() {
        ChannelDefinition plain = ChannelManageData.parse("{\"c\": {}}").get("c");
        assertEquals(BigInteger.ONE, plain.coin().nid());
        assertEquals(BigInteger.ZERO, plain.coin().stepPrice());
        assertTrue(plain.coin().inBlockOrder(0), "a new channel runs its blocks in block order from genesis");
        ChannelDefinition coin = ChannelManageData.parse("{\"c\": {\"nid\": \"0x3\", \"step_price\": \"0xa\", "
                + "\"block_order_height\": \"0x64\", \"genesis_accounts\": "
                + "[{\"name\": \"god\", \"address\": \"hx" + "a".repeat(40) + "\", \"balance\": \"0x64\"}]}}").get("c");
        assertEquals(BigInteger.valueOf(3), coin.coin().nid());
        assertEquals(BigInteger.TEN, coin.coin().stepPrice());
        assertEquals(BigInteger.valueOf(100), coin.coin().totalSupply());
        assertFalse(coin.coin().inBlockOrder(99));
        assertTrue(coin.coin().inBlockOrder(100));
        assertEquals(coin.coin(), ChannelManageData.parse(Json.pyDumps(ChannelManageData.toJson(Map.of("c", coin)))).get("c").coin());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"c\": {\"nid\": \"1\"}}|nid",
        "{\"c\": {\"genesis_accounts\": {}}}|genesis_accounts",
        "{\"c\": {\"block_order_height\": 5}}|block_order_height",
        "{\"c\": {\"block_order_height\": \"0x10000000000000000\"}}|block_order_height",
        "{\"c\": {\"genesis_accounts\": [{\"address\": \"hx00\", \"balance\": \"0x1\"}]}}|address",
        "{\"c\": {\"genesis_accounts\": [{\"address\": \"hxaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", \"balance\": \"0x01\"}]}}|balance"})
    void aMalformedCoinFieldIsRefusedNamingIt(String text, String field) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChannelManageData.parse(text));
        assertTrue(e.getMessage().contains(field), e.getMessage());
    }
}
