package org.loopchain.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.core.config.ConfigLayers;
import org.loopchain.core.config.LoopchainConfig;

class LftConfigTest {

    @Test
    void aNodeWithTheDefaultConfigurationRunsTheKeysDefaults() {
        assertEquals(new LftConfig("c", 10, Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofMillis(500), 2000,
                8, Duration.ofSeconds(1), 16), LftConfig.defaults("c"));
    }

    @Test
    void theConfiguredKeysReachTheConsensus() {
        LoopchainConfig config = LoopchainConfig.load(ConfigLayers.builder().environment(Map.of(
                "MAX_MADE_BLOCK_COUNT", "3", "TIMEOUT_FOR_LEADER_COMPLAIN", "2.5", "INTERVAL_BLOCKGENERATION", "1",
                "MAX_BLOCK_TX_NUM", "50")).build());

        LftConfig lft = LftConfig.of("c", config);

        assertEquals(3, lft.maxMadeBlockCount());
        assertEquals(Duration.ofMillis(2500), lft.leaderComplainTimeout());
        assertEquals(Duration.ofSeconds(1), lft.blockInterval());
        assertEquals(50, lft.maxBlockTxNum());
    }

    @Test
    void theRoundTimeoutDoublesPerRoundUpToItsCap() {
        LftConfig lft = LftConfig.defaults("c");

        assertEquals(Duration.ofSeconds(10), lft.roundTimeout(0));
        assertEquals(Duration.ofSeconds(40), lft.roundTimeout(2));
        assertEquals(Duration.ofSeconds(60), lft.roundTimeout(3));
    }
}
