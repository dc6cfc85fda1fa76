package org.loopchain.cli.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopchain.cli.Main;

/** The broker filter's channels, as the node decides what it serves (NodeRuntime.channelNames). */
class ChannelFilterTest {
    private static final String PEER3 = "127.0.0.7:7400";
    /** The filter off, and every slot set all the same (WildFly refuses an unset one). */
    private static final List<String> OFF = List.of("-Dloopchain.channel-filter=off", "-Dloopchain.channel.0=/unused",
            "-Dloopchain.channel.1=/unused", "-Dloopchain.channel.2=/unused", "-Dloopchain.channel.3=/unused",
            "-Dloopchain.channel.4=/unused", "-Dloopchain.channel.5=/unused", "-Dloopchain.channel.6=/unused",
            "-Dloopchain.channel.7=/unused");
    @TempDir
    Path dir;

    /** Two channels as ./loopchain up makes them, and a third that leaves peer3 out. */
    private Path channels() throws IOException {
        return Files.writeString(dir.resolve("channel_manage_data.json"), """
                {"loopchain_default": {"peers": [{"peer_target": "127.0.0.4:7100"}, {"peer_target": "127.0.0.7:7400"}]},
                 "kofia_1": {"peers": [{"peer_target": "127.0.0.4:7100"}, {"peer_target": "127.0.0.7:7400", "role": "audit"}]},
                 "host_a_only": {"peers": [{"peer_target": "127.0.0.4:7100"}]},
                 "open_to_all": {"score_package": "x/y"}}
                """);
    }

    private Path config(String extra) throws IOException {
        return Files.writeString(dir.resolve("peer.json"), "{\"PORT_PEER\": 7400, \"NODE_HOST\": \"127.0.0.7\"" + extra + "}");
    }

    @Test
    void aPeerServesTheChannelsListingItAndThoseListingNoPeers() throws IOException {
        Path config = config(", \"CHANNEL_MANAGE_DATA_PATH\": \"" + channels() + "\"");
        assertEquals(List.of("loopchain_default", "kofia_1", "open_to_all"), ChannelFilter.served(config, PEER3));
        assertEquals(List.of("loopchain_default", "kofia_1", "host_a_only", "open_to_all"),
                ChannelFilter.served(config, "127.0.0.4:7100"));
        assertEquals(List.of("-Dloopchain.channel-filter=on", "-Dloopchain.channel.0=loopchain_default", "-Dloopchain.channel.1=kofia_1",
                "-Dloopchain.channel.2=open_to_all", "-Dloopchain.channel.3=/unused", "-Dloopchain.channel.4=/unused",
                "-Dloopchain.channel.5=/unused", "-Dloopchain.channel.6=/unused", "-Dloopchain.channel.7=/unused"),
                ChannelFilter.systemProperties(config, PEER3, true));
        assertEquals(OFF, ChannelFilter.systemProperties(config, "127.0.0.3:7102", false), "a Radio Station: every slot set, the filter off");
    }

    @Test
    void theDefaultChannelIsServedWhenTheFileDoesNotDefineIt() throws IOException {
        Path config = config(", \"LOOPCHAIN_DEFAULT_CHANNEL\": \"mine\", \"CHANNEL_MANAGE_DATA_PATH\": \"" + channels() + "\"");
        assertEquals(List.of("mine", "loopchain_default", "kofia_1", "open_to_all"), ChannelFilter.served(config, PEER3));
        assertEquals(List.of("loopchain_default"), ChannelFilter.served(config(""), PEER3), "no channel file: the default channel");
    }

    @Test
    void noFilterWhereTheNodeMightReadAnotherFileOrServesMoreThanTheSlots() throws IOException {
        channels();
        assertEquals(OFF, ChannelFilter.systemProperties(config(", \"CHANNEL_MANAGE_DATA_PATH\": \"channel_manage_data.json\""), PEER3, true),
                "a relative path: the node resolves it from its server's working directory");
        assertEquals(OFF, ChannelFilter.systemProperties(config(", \"CHANNEL_MANAGE_DATA_PATH\": \"/nowhere/c.json\""), PEER3, true));
        StringBuilder many = new StringBuilder("{");
        for (int i = 0; i <= ChannelFilter.SLOTS; i++) {
            many.append(i == 0 ? "" : ", ").append("\"c").append(i).append("\": {}");
        }
        Path file = Files.writeString(dir.resolve("many.json"), many.append('}'));
        assertEquals(OFF, ChannelFilter.systemProperties(config(", \"CHANNEL_MANAGE_DATA_PATH\": \"" + file + "\""), PEER3, true));
    }

    /** node-prepare writes the filter into a peer's domain.xml, and the filter off into the Radio Station's. */
    @Test
    void nodePrepareGivesAPeerItsFilterAndTheRadioStationTheFilterOff() throws IOException {
        Path config = config(", \"CHANNEL_MANAGE_DATA_PATH\": \"" + channels() + "\"");
        assertTrue(prepare("peer3", "peer", config).contains("<jvm-options>-Dloopchain.channel.1=kofia_1</jvm-options>"));
        Path rs = Files.writeString(dir.resolve("rs.json"), "{\"PORT_RADIOSTATION\": 7102, \"CHANNEL_MANAGE_DATA_PATH\": \"" + channels() + "\"}");
        String rsDomain = prepare("rs", "rs", rs);
        assertTrue(rsDomain.contains("-Dloopchain.node=rs") && rsDomain.contains("<jvm-options>-Dloopchain.channel-filter=off</jvm-options>")
                && rsDomain.contains("<jvm-options>-Dloopchain.channel.0=/unused</jvm-options>"), rsDomain);
    }

    private String prepare(String name, String role, Path config) throws IOException {
        Path domain = dir.resolve(name);
        Files.createDirectories(domain.resolve("config"));
        try (InputStream in = getClass().getResourceAsStream("/template-domain.xml")) {
            Files.copy(in, domain.resolve("config/domain.xml"));
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"node-prepare", "--domain", domain.toString(), "--name", name, "--role", role,
            "--config", config.toString(), "--data", dir.resolve("data").toString(), "--broker-port", "61616",
            "--rar", dir.resolve("a.rar").toString(), "--ear", dir.resolve("a.ear").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return Files.readString(domain.resolve("config/domain.xml"));
    }
}
