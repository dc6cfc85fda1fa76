package org.loopchain.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loopchain.core.config.ConfigKeys;

class ChannelFilterCheckTest {

    @Test
    void withoutTheFilterEveryChannelArrives() {
        assertEquals(Optional.empty(), ChannelFilterCheck.problem(List.of("a", "b"), Map.<String, String>of()::get));
        assertEquals(Optional.empty(), ChannelFilterCheck.problem(List.of("a"),
                Map.of(Topics.CHANNEL_FILTER, "off", Topics.CHANNEL_SLOT + 0, "b")::get));
    }

    @Test
    void aFilterNamingEveryServedChannelIsRight() {
        Map<String, String> props = Map.of(Topics.CHANNEL_FILTER, "on", Topics.CHANNEL_SLOT + 0, "loopchain_default",
                Topics.CHANNEL_SLOT + 1, "kofia_1");
        assertEquals(Optional.empty(), ChannelFilterCheck.problem(List.of("kofia_1", "loopchain_default"), props::get));
        assertEquals(Optional.empty(), ChannelFilterCheck.problem(List.of("kofia_1"), props::get), "one more is harmless");
    }

    @Test
    void aServedChannelTheFilterLeavesOutIsNamed() {
        Map<String, String> props = Map.of(Topics.CHANNEL_FILTER, "on", Topics.CHANNEL_SLOT + 0, "loopchain_default",
                Topics.CHANNEL_SLOT + 1, "/unused");
        Optional<String> problem = ChannelFilterCheck.problem(List.of("loopchain_default", "kofia_1"), props::get);
        assertTrue(problem.isPresent() && problem.get().contains("channels [loopchain_default]) leaves out channels it serves: [kofia_1]"),
                problem.toString());
    }

    @Test
    void theSelectorNamesEverySlotAndTheSwitch() {
        for (int i = 0; i < Topics.CHANNEL_SLOTS; i++) {
            assertTrue(Topics.ON_NODE_CHANNELS.contains("'${" + Topics.CHANNEL_SLOT + i + "}'"), Topics.ON_NODE_CHANNELS);
        }
        assertTrue(Topics.ON_NODE_CHANNELS.endsWith(" OR '${" + Topics.CHANNEL_FILTER + "}' <> 'on')"), Topics.ON_NODE_CHANNELS);
    }

    /** The launcher's side (loopchain-cli, which has no core on its class path) names the same properties, slots and default. */
    @Test
    void theLauncherSetsTheseProperties() throws IOException {
        String cli = Files.readString(Path.of("../loopchain-cli/src/main/java/org/loopchain/cli/node/ChannelFilter.java"));
        assertTrue(cli.contains("SLOTS = " + Topics.CHANNEL_SLOTS + ";"), "slots");
        assertTrue(cli.contains("\"-D" + Topics.CHANNEL_FILTER + "=\" + (on ? \"on\""), "the switch");
        assertTrue(cli.contains("\"-D" + Topics.CHANNEL_SLOT + "\" + i + \"="), "the slots' names");
        assertTrue(cli.contains("DEFAULT_CHANNEL = \"" + ConfigKeys.Node.LOOPCHAIN_DEFAULT_CHANNEL.defaultValue() + "\";"), "the default channel");
    }
}
