package org.loopchain.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigKeysTest {

    @Test
    void allKnownKeysAreListedInOrder() {
        assertEquals(List.of(
                "NODE_ROLE", "PORT_PEER", "NODE_HOST", "PEER_ID", "LOOPCHAIN_DATA_PATH", "LOOPCHAIN_DEFAULT_CHANNEL",
                "CHANNEL_MANAGE_DATA_PATH", "PEER_CERTIFICATE_PATH",
                "BROKER_HOST", "BROKER_PORT", "RADIOSTATION_HOST", "PORT_RADIOSTATION", "HEARTBEAT_INTERVAL",
                "ENABLE_CHANNEL_AUTH",
                "VOTING_RATIO", "ALLOW_UNSAFE_VOTING_RATIO", "MAX_MADE_BLOCK_COUNT", "TIMEOUT_FOR_LEADER_COMPLAIN",
                "INTERVAL_BLOCKGENERATION", "MAX_BLOCK_TX_NUM", "ALLOW_MAKE_EMPTY_BLOCK",
                "SCORE_PACKAGE", "SCORE_STEP_LIMIT", "SCORE_DEPLOY_DIR",
                "MAX_TX_BODY_BYTES", "TIMESTAMP_BOUNDARY_SECOND", "PROXY_TIMEOUT",
                "LOG_SHIP_LEVEL", "LOG_STORE_RECORDS", "AUDIT_OIDC_ISSUER", "AUDIT_OIDC_JWKS",
                "CONSOLE_OIDC_CLIENT_ID", "CONSOLE_OIDC_CLIENT_SECRET", "CONSOLE_ADMIN_KEY_PATH",
                "TEST_FAULTS_ALLOWED", "TEST_BYZANTINE", "TEST_CLOCK_OFFSET_MS"), List.copyOf(ConfigKeys.all().keySet()));
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        LoopchainConfig config = LoopchainConfig.defaults();
        assertEquals(7100, config.get(ConfigKeys.Node.PORT_PEER));
        assertEquals(9000, config.restPort());
        assertEquals("loopchain_default", config.get(ConfigKeys.Node.LOOPCHAIN_DEFAULT_CHANNEL));
        assertEquals("", config.get(ConfigKeys.Node.CHANNEL_MANAGE_DATA_PATH));
        assertEquals(false, config.get(ConfigKeys.Network.ENABLE_CHANNEL_AUTH));
        assertEquals(0.67, config.get(ConfigKeys.Consensus.VOTING_RATIO));
        assertEquals(10, config.get(ConfigKeys.Consensus.MAX_MADE_BLOCK_COUNT));
        assertEquals(Duration.ofMillis(500), config.get(ConfigKeys.Blocks.INTERVAL_BLOCKGENERATION));
        assertEquals(2000, config.get(ConfigKeys.Blocks.MAX_BLOCK_TX_NUM));
        assertEquals(Duration.ofSeconds(10), config.get(ConfigKeys.Consensus.TIMEOUT_FOR_LEADER_COMPLAIN));
        assertEquals(false, config.get(ConfigKeys.Blocks.ALLOW_MAKE_EMPTY_BLOCK));
        assertEquals("", config.get(ConfigKeys.Node.PEER_ID));
        assertEquals("loopchain/default", config.get(ConfigKeys.Score.SCORE_PACKAGE));
        assertEquals(262144, config.get(ConfigKeys.Http.MAX_TX_BODY_BYTES));
        assertEquals(Duration.ofSeconds(10), config.get(ConfigKeys.Http.PROXY_TIMEOUT));
        assertEquals("127.0.0.1", config.get(ConfigKeys.Network.BROKER_HOST));
        assertEquals(61616, config.get(ConfigKeys.Network.BROKER_PORT));
        assertEquals("", config.get(ConfigKeys.Node.LOOPCHAIN_DATA_PATH));
        assertEquals("peer", config.get(ConfigKeys.Node.NODE_ROLE));
        assertEquals(false, config.isRadioStation());
        assertEquals("", config.get(ConfigKeys.Network.RADIOSTATION_HOST));
        assertEquals(7102, config.get(ConfigKeys.Network.PORT_RADIOSTATION));
        assertEquals(Duration.ofSeconds(2), config.get(ConfigKeys.Network.HEARTBEAT_INTERVAL));
        assertEquals(false, config.get(ConfigKeys.Consensus.ALLOW_UNSAFE_VOTING_RATIO));
        assertEquals("INFO", config.get(ConfigKeys.Logs.LOG_SHIP_LEVEL));
        assertEquals(200_000, config.get(ConfigKeys.Logs.LOG_STORE_RECORDS));
    }

    @Test
    void theRoleIsPeerOrRadiostation() {
        assertEquals("127.0.0.4", ConfigKeys.Node.NODE_HOST.parse("127.0.0.4"));
        assertEquals("NODE_HOST='http://x': must be a host name or IP address",
                assertThrows(ConfigException.class, () -> ConfigKeys.Node.NODE_HOST.parse("http://x")).getMessage());
        assertEquals("http://127.0.0.4:9100", LoopchainConfig.load(ConfigLayers.builder()
                .environment(Map.of("NODE_HOST", "127.0.0.4", "PORT_PEER", "7200")).build()).restUrl());
        assertEquals("radiostation", ConfigKeys.Node.NODE_ROLE.parse("radiostation"));
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigKeys.Node.NODE_ROLE.parse("leader"));
        assertEquals("NODE_ROLE='leader': must be peer or radiostation", e.getMessage());
        assertTrue(LoopchainConfig.load(ConfigLayers.builder().environment(Map.of("NODE_ROLE", "radiostation")).build())
                .isRadioStation());
    }

    @Test
    void theShipLevelIsAJavaUtilLoggingLevelNameAndTheStoreKeepsAtLeastAThousand() {
        assertEquals("WARNING", ConfigKeys.Logs.LOG_SHIP_LEVEL.parse("WARNING"));
        assertEquals("OFF", ConfigKeys.Logs.LOG_SHIP_LEVEL.parse("OFF"));
        assertThrows(ConfigException.class, () -> ConfigKeys.Logs.LOG_SHIP_LEVEL.parse("warn"));
        assertThrows(ConfigException.class, () -> ConfigKeys.Logs.LOG_STORE_RECORDS.parse("999"));
        assertEquals(1_000, ConfigKeys.Logs.LOG_STORE_RECORDS.parse("1000"));
    }

    @Test
    void theRadioStationHostIsEmptyOrAHost() {
        assertEquals("127.0.0.1", ConfigKeys.Network.RADIOSTATION_HOST.parse("127.0.0.1"));
        assertEquals("rs.example.org", ConfigKeys.Network.RADIOSTATION_HOST.parse("rs.example.org"));
        assertEquals("[::1]", ConfigKeys.Network.RADIOSTATION_HOST.parse("[::1]"));
        assertThrows(ConfigException.class, () -> ConfigKeys.Network.RADIOSTATION_HOST.parse("http://rs"));
        assertThrows(ConfigException.class, () -> ConfigKeys.Network.RADIOSTATION_HOST.parse("rs:9002"));
        assertThrows(ConfigException.class, () -> ConfigKeys.Network.RADIOSTATION_HOST.parse("r s"));
    }

    @Test
    void radioStationPortAndHeartbeatAreBounded() {
        assertEquals(63635, ConfigKeys.Network.PORT_RADIOSTATION.parse("63635"));
        assertThrows(ConfigException.class, () -> ConfigKeys.Network.PORT_RADIOSTATION.parse("63636"));
        assertThrows(ConfigException.class, () -> ConfigKeys.Network.PORT_RADIOSTATION.parse("80"));
        assertEquals(Duration.ofMillis(500), ConfigKeys.Network.HEARTBEAT_INTERVAL.parse("0.5"));
        assertThrows(ConfigException.class, () -> ConfigKeys.Network.HEARTBEAT_INTERVAL.parse("0.05"));
        assertThrows(ConfigException.class, () -> ConfigKeys.Network.HEARTBEAT_INTERVAL.parse("3601"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.5", "0.66", "0.6666"})
    void aVotingRatioBelowTwoThirdsIsRefusedUnlessAllowed(String ratio) {
        ConfigException e = assertThrows(ConfigException.class, () -> LoopchainConfig.load(
                ConfigLayers.builder().environment(Map.of("VOTING_RATIO", ratio)).build()));
        assertTrue(e.getMessage().startsWith("VOTING_RATIO=" + ratio + ": below 2/3"), e.getMessage());
        assertTrue(e.getMessage().contains("ALLOW_UNSAFE_VOTING_RATIO=true"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(from environment)"), e.getMessage());

        LoopchainConfig unsafe = LoopchainConfig.load(ConfigLayers.builder()
                .environment(Map.of("VOTING_RATIO", ratio, "ALLOW_UNSAFE_VOTING_RATIO", "true")).build());
        assertEquals(Double.parseDouble(ratio), unsafe.get(ConfigKeys.Consensus.VOTING_RATIO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.6667", "0.67", "0.75", "1"})
    void aVotingRatioOfTwoThirdsOrMoreIsAccepted(String ratio) {
        LoopchainConfig config = LoopchainConfig.load(ConfigLayers.builder().environment(Map.of("VOTING_RATIO", ratio)).build());
        assertEquals(Double.parseDouble(ratio), config.get(ConfigKeys.Consensus.VOTING_RATIO));
    }

    @Test
    void intsAreWholeNumbers() {
        assertEquals(7200, ConfigKeys.Node.PORT_PEER.parse("7200"));
        assertEquals(7200, ConfigKeys.Node.PORT_PEER.parse(" 7200.0 "));
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigKeys.Node.PORT_PEER.parse("7200.5"));
        assertEquals("PORT_PEER='7200.5': expected a whole number in int range", e.getMessage());
        assertThrows(ConfigException.class, () -> ConfigKeys.Node.PORT_PEER.parse("seven"));
        assertThrows(ConfigException.class, () -> ConfigKeys.Node.PORT_PEER.parse("99999999999999999999"));
    }

    @Test
    void aPortPeerWhoseRestPortWouldPass65535IsRefused() {
        assertEquals(63635, ConfigKeys.Node.PORT_PEER.parse("63635"));
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigKeys.Node.PORT_PEER.parse("63636"));
        assertEquals("PORT_PEER='63636': must be 1024..63635", e.getMessage());
        assertThrows(ConfigException.class, () -> ConfigKeys.Node.PORT_PEER.parse("1023"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.1", "1.5", "NaN", "Infinity", "", "abc", "0x1p-1", "1d"})
    void votingRatioOutsideZeroToOneOrNotANumberIsRefused(String raw) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigKeys.Consensus.VOTING_RATIO.parse(raw));
        assertTrue(e.getMessage().startsWith("VOTING_RATIO="), e.getMessage());
    }

    @Test
    void votingRatioOfOneIsAccepted() {
        assertEquals(1.0, ConfigKeys.Consensus.VOTING_RATIO.parse("1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "slash/name", "é", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void aBadChannelNameIsRefused(String raw) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigKeys.Node.LOOPCHAIN_DEFAULT_CHANNEL.parse(raw));
        assertTrue(e.getMessage().startsWith("LOOPCHAIN_DEFAULT_CHANNEL="), e.getMessage());
    }

    @Test
    void aGoodChannelNameIsAccepted() {
        assertEquals("kofia_certificate-2.x", ConfigKeys.Node.LOOPCHAIN_DEFAULT_CHANNEL.parse("kofia_certificate-2.x"));
        assertEquals("x".repeat(64), ConfigKeys.Node.LOOPCHAIN_DEFAULT_CHANNEL.parse("x".repeat(64)));
    }

    @Test
    void booleansAreTrueOrFalseInAnyCase() {
        assertEquals(true, ConfigKeys.Network.ENABLE_CHANNEL_AUTH.parse("TRUE"));
        assertEquals(false, ConfigKeys.Network.ENABLE_CHANNEL_AUTH.parse("False"));
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigKeys.Network.ENABLE_CHANNEL_AUTH.parse("yes"));
        assertEquals("ENABLE_CHANNEL_AUTH='yes': expected true or false", e.getMessage());
    }

    @Test
    void intervalsAreBoundedSeconds() {
        assertEquals(Duration.ofMillis(10), ConfigKeys.Blocks.INTERVAL_BLOCKGENERATION.parse("0.01"));
        assertThrows(ConfigException.class, () -> ConfigKeys.Blocks.INTERVAL_BLOCKGENERATION.parse("0.001"));
        assertThrows(ConfigException.class, () -> ConfigKeys.Blocks.INTERVAL_BLOCKGENERATION.parse("61"));
        assertThrows(ConfigException.class, () -> ConfigKeys.Consensus.TIMEOUT_FOR_LEADER_COMPLAIN.parse("0"));
        assertThrows(ConfigException.class, () -> ConfigKeys.Http.MAX_TX_BODY_BYTES.parse("63"));
        assertThrows(ConfigException.class, () -> ConfigKeys.Blocks.MAX_BLOCK_TX_NUM.parse("100001"));
        assertThrows(ConfigException.class, () -> ConfigKeys.Consensus.MAX_MADE_BLOCK_COUNT.parse("0"));
    }

    @Test
    void aDurationIsSetAndShownInSecondsAndItsRuleNamesTheKey() {
        LoopchainConfig config = LoopchainConfig.load(ConfigLayers.builder()
                .environment(Map.of("INTERVAL_BLOCKGENERATION", "0.25")).build());
        assertEquals(Duration.ofMillis(250), config.get(ConfigKeys.Blocks.INTERVAL_BLOCKGENERATION));
        assertEquals("0.25", config.effective().get("INTERVAL_BLOCKGENERATION"));
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigKeys.Blocks.INTERVAL_BLOCKGENERATION.parse("61"));
        assertEquals("INTERVAL_BLOCKGENERATION='61': must be 0.01..60 (seconds)", e.getMessage());
    }
}
