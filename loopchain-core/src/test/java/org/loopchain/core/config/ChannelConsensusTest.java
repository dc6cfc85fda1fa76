package org.loopchain.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.consensus.LftConfig;
import org.loopchain.core.config.ChannelManageData.ChannelDefinition;

/** Per-channel consensus settings and admins in channel_manage_data.json. */
class ChannelConsensusTest {

    private static ChannelDefinition channel(String fields) {
        return ChannelManageData.parse("{\"c1\": {\"peers\": [{\"peer_target\": \"127.0.0.1:7100\"}]" + fields + "}}").get("c1");
    }

    private static String refusal(String fields) {
        return assertThrows(IllegalArgumentException.class, () -> channel(fields)).getMessage();
    }

    @Test
    void aChannelsOwnSettingsReplaceTheNodesAndTheRestStayTheNodes() {
        LoopchainConfig node = LoopchainConfig.load(ConfigLayers.builder()
                .environment(Map.of("MAX_BLOCK_TX_NUM", "700", "TIMEOUT_FOR_LEADER_COMPLAIN", "15")).build());
        ChannelDefinition c = channel(", \"consensus\": {\"VOTING_RATIO\": 0.75, \"INTERVAL_BLOCKGENERATION\": 1.5,"
                + " \"MAX_MADE_BLOCK_COUNT\": \"3\"}");
        LftConfig lft = LftConfig.of("c1", node, c.consensus());
        assertEquals(Duration.ofMillis(1500), lft.blockInterval());
        assertEquals(3, lft.maxMadeBlockCount());
        assertEquals(700, lft.maxBlockTxNum(), "the node's value where the channel sets none");
        assertEquals(Duration.ofSeconds(15), lft.leaderComplainTimeout());
        assertEquals(0.75, c.consensus().get(ConfigKeys.Consensus.VOTING_RATIO, node));
        assertEquals(0.67, ChannelConsensus.NONE.get(ConfigKeys.Consensus.VOTING_RATIO, LoopchainConfig.defaults()));
        assertEquals(Map.of("VOTING_RATIO", "0.75", "INTERVAL_BLOCKGENERATION", "1.5", "MAX_MADE_BLOCK_COUNT", "3"),
                c.toJson().get("consensus"));
    }

    @Test
    void aBadValueIsRefusedNamingTheChannelTheFieldAndTheRule() {
        String m = refusal(", \"consensus\": {\"MAX_BLOCK_TX_NUM\": 0}");
        assertTrue(m.startsWith("channel c1: consensus.MAX_BLOCK_TX_NUM='0'"), m);
        m = refusal(", \"consensus\": {\"VOTING_RATIO\": 1.5}");
        assertTrue(m.contains("channel c1: consensus.VOTING_RATIO") && m.contains("must be > 0 and <= 1"), m);
        m = refusal(", \"consensus\": {\"TIMEOUT_FOR_LEADER_COMPLAIN\": true}");
        assertTrue(m.contains("consensus.TIMEOUT_FOR_LEADER_COMPLAIN must be a number"), m);
    }

    @Test
    void onlyTheConsensusSettingsMayBeSetPerChannel() {
        String m = refusal(", \"consensus\": {\"PORT_PEER\": 7200}");
        assertTrue(m.contains("channel c1: consensus.PORT_PEER is not a per-channel setting"), m);
        assertTrue(refusal(", \"consensus\": [1]").contains("channel c1: consensus must be a JSON object"));
    }

    @Test
    void theAdminsAreListedOrElseTheOperators() {
        assertEquals(List.of("hx" + "1".repeat(40)), channel(", \"admins\": [\"hx" + "1".repeat(40) + "\"], \"operators\":"
                + " [\"hx" + "2".repeat(40) + "\"]").admins());
        assertEquals(List.of("hx" + "2".repeat(40)), channel(", \"operators\": [\"hx" + "2".repeat(40) + "\"]").admins());
        assertEquals(List.of(), channel("").admins());
        assertTrue(refusal(", \"admins\": \"x\"").contains("channel c1: admins must be a JSON array"));
    }
}
