package org.loopchain.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLayersTest {

    @TempDir
    Path dir;

    @Test
    void eachLayerOverridesTheOnesBelowIt() throws IOException {
        Path user = write("user.json", "{\"PORT_PEER\": 7200, \"VOTING_RATIO\": 0.5, \"MAX_BLOCK_TX_NUM\": \"300\"}");
        Path override = write("peer.json", "{\"PORT_PEER\": 7400, \"ALLOW_MAKE_EMPTY_BLOCK\": true}");
        Map<String, String> env = Map.of("PORT_PEER", "7300", "VOTING_RATIO", "0.75", "PATH", "/usr/bin", "HOME", "/root");

        LoopchainConfig config = LoopchainConfig.load(ConfigLayers.builder()
                .userFile(user).environment(env).overrideFile(override).build());

        assertEquals(7400, config.get(ConfigKeys.Node.PORT_PEER));
        assertEquals("-o file " + override, config.sourceOf("PORT_PEER"));
        assertEquals(0.75, config.get(ConfigKeys.Consensus.VOTING_RATIO));
        assertEquals("environment", config.sourceOf("VOTING_RATIO"));
        assertEquals(300, config.get(ConfigKeys.Blocks.MAX_BLOCK_TX_NUM));
        assertEquals("user file " + user, config.sourceOf("MAX_BLOCK_TX_NUM"));
        assertEquals(true, config.get(ConfigKeys.Blocks.ALLOW_MAKE_EMPTY_BLOCK));
        assertEquals(10, config.get(ConfigKeys.Consensus.MAX_MADE_BLOCK_COUNT));
        assertEquals("default", config.sourceOf("MAX_MADE_BLOCK_COUNT"));
        assertEquals(9300, config.restPort());
    }

    @Test
    void theEnvironmentIgnoresVariablesThatAreNotKeys() {
        LoopchainConfig config = LoopchainConfig.load(ConfigLayers.builder()
                .environment(Map.of("PATH", "/usr/bin", "port_peer", "1", "LOOPCHAIN_UNKNOWN", "x")).build());
        assertEquals(LoopchainConfig.defaults().effective(), config.effective());
    }

    @Test
    void effectiveListsEveryKeyAsText() {
        Map<String, String> effective = LoopchainConfig.load(ConfigLayers.builder()
                .environment(Map.of("TIMEOUT_FOR_LEADER_COMPLAIN", "3", "ENABLE_CHANNEL_AUTH", "TRUE")).build()).effective();
        assertEquals(ConfigKeys.all().keySet(), effective.keySet());
        assertEquals("3.0", effective.get("TIMEOUT_FOR_LEADER_COMPLAIN"));
        assertEquals("true", effective.get("ENABLE_CHANNEL_AUTH"));
        assertEquals("0.67", effective.get("VOTING_RATIO"));
        assertEquals("7100", effective.get("PORT_PEER"));
    }

    @Test
    void aMissingUserFileIsSkipped() {
        LoopchainConfig config = LoopchainConfig.load(ConfigLayers.builder().userFile(dir.resolve("absent.json")).build());
        assertEquals("default", config.sourceOf("PORT_PEER"));
    }

    @Test
    void aMissingOverrideFileIsAnError() {
        Path absent = dir.resolve("absent.json");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLayers.builder().overrideFile(absent).build());
        assertEquals("-o file " + absent + " does not exist", e.getMessage());
    }

    @Test
    void anUnknownKeyInAFileNamesTheKeyAndTheFile() throws IOException {
        Path file = write("peer.json", "{\"PORT_PEER\": 7100, \"PORT_PER\": 7200}");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLayers.builder().overrideFile(file).build());
        assertEquals("unknown key PORT_PER in -o file " + file, e.getMessage());
    }

    @Test
    void aBadIntInAFileNamesTheKeyAndTheFile() throws IOException {
        Path file = write("user.json", "{\"MAX_BLOCK_TX_NUM\": 12.5}");
        ConfigLayers layers = ConfigLayers.builder().userFile(file).build();
        ConfigException e = assertThrows(ConfigException.class, () -> LoopchainConfig.load(layers));
        assertEquals("MAX_BLOCK_TX_NUM='12.5': expected a whole number in int range (from user file " + file + ")", e.getMessage());
    }

    @Test
    void aBadValueInTheEnvironmentNamesTheKeyAndTheEnvironment() {
        ConfigLayers layers = ConfigLayers.builder().environment(Map.of("VOTING_RATIO", "1.5")).build();
        ConfigException e = assertThrows(ConfigException.class, () -> LoopchainConfig.load(layers));
        assertEquals("VOTING_RATIO='1.5': must be > 0 and <= 1 (from environment)", e.getMessage());
    }

    @Test
    void aBadChannelNameNamesTheKey() throws IOException {
        Path file = write("peer.json", "{\"LOOPCHAIN_DEFAULT_CHANNEL\": \"no spaces please\"}");
        ConfigLayers layers = ConfigLayers.builder().overrideFile(file).build();
        ConfigException e = assertThrows(ConfigException.class, () -> LoopchainConfig.load(layers));
        assertTrue(e.getMessage().startsWith("LOOPCHAIN_DEFAULT_CHANNEL='no spaces please': must be 1..64 characters"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(from -o file " + file + ")"), e.getMessage());
    }

    @Test
    void aBadBooleanNamesTheKey() {
        ConfigLayers layers = ConfigLayers.builder().environment(Map.of("ENABLE_CHANNEL_AUTH", "1")).build();
        ConfigException e = assertThrows(ConfigException.class, () -> LoopchainConfig.load(layers));
        assertEquals("ENABLE_CHANNEL_AUTH='1': expected true or false (from environment)", e.getMessage());
    }

    @Test
    void aJsonBooleanInAFileIsABoolean() throws IOException {
        Path file = write("peer.json", "{\"ENABLE_CHANNEL_AUTH\": true, \"ALLOW_MAKE_EMPTY_BLOCK\": \"False\"}");
        LoopchainConfig config = LoopchainConfig.load(ConfigLayers.builder().overrideFile(file).build());
        assertEquals(true, config.get(ConfigKeys.Network.ENABLE_CHANNEL_AUTH));
        assertEquals(false, config.get(ConfigKeys.Blocks.ALLOW_MAKE_EMPTY_BLOCK));
    }

    @Test
    void aNestedOrNullValueInAFileNamesTheKey() throws IOException {
        Path file = write("peer.json", "{\"PORT_PEER\": {\"x\": 1}}");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLayers.builder().overrideFile(file).build());
        assertEquals("PORT_PEER in -o file " + file + ": expected a string, number or boolean, not {\"x\": 1}", e.getMessage());
        Path nullFile = write("null.json", "{\"PEER_ID\": null}");
        assertTrue(assertThrows(ConfigException.class, () -> ConfigLayers.builder().overrideFile(nullFile).build())
                .getMessage().startsWith("PEER_ID in -o file"));
    }

    @Test
    void aFileThatIsNotAJsonObjectIsAnErrorNamingTheFile() throws IOException {
        Path array = write("array.json", "[1, 2]");
        Path broken = write("broken.json", "{\"PORT_PEER\": 7100,}");
        ConfigException e1 = assertThrows(ConfigException.class, () -> ConfigLayers.builder().userFile(array).build());
        ConfigException e2 = assertThrows(ConfigException.class, () -> ConfigLayers.builder().overrideFile(broken).build());
        assertEquals("user file " + array + " must hold a JSON object of KEY: value", e1.getMessage());
        assertTrue(e2.getMessage().startsWith("-o file " + broken + " is not valid JSON: bad JSON at offset 19"), e2.getMessage());
    }

    @Test
    void anUnreadableFileIsAnErrorNamingTheFile() throws IOException {
        Path directory = Files.createDirectory(dir.resolve("conf.json"));
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLayers.builder().overrideFile(directory).build());
        assertTrue(e.getMessage().startsWith("cannot read -o file " + directory), e.getMessage());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
