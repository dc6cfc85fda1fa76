package org.loopchain.consensus.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loopchain.consensus.MessageSigner;
import org.loopchain.consensus.Network;
import org.loopchain.consensus.SignedMessage;
import org.loopchain.core.config.ConfigException;
import org.loopchain.core.config.ConfigKeys;
import org.loopchain.core.config.ConfigLayers;
import org.loopchain.core.config.LoopchainConfig;

class TestFaultsTest {

    private static final Clock BASE = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Network HONEST = new Network() {
        @Override
        public void broadcast(SignedMessage message) {
        }

        @Override
        public void send(String peerId, SignedMessage message) {
        }
    };
    private static final MessageSigner SIGNER = MessageSigner.of("hx1", null);

    private static LoopchainConfig config(String... keyValues) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            env.put(keyValues[i], keyValues[i + 1]);
        }
        return LoopchainConfig.load(ConfigLayers.builder().environment(env).build());
    }

    @Test
    void theFaultKeysAloneChangeNothing() {
        TestFaults faults = TestFaults.of(config("TEST_BYZANTINE", "equivocate,forge", "TEST_CLOCK_OFFSET_MS", "5000"));
        assertEquals(TestFaults.NONE, faults);
        assertSame(HONEST, faults.network(HONEST, SIGNER, List::of, 1));
        assertSame(BASE, faults.clock(BASE));
        assertEquals(Optional.empty(), faults.warning());
    }

    @Test
    void withFaultsAllowedTheNodeIsByzantineAndItsClockRunsAhead() {
        TestFaults faults = TestFaults.of(config("TEST_FAULTS_ALLOWED", "true", "TEST_BYZANTINE", "equivocate,replay",
                "TEST_CLOCK_OFFSET_MS", "5000"));
        assertEquals(EnumSet.of(ByzantineFault.EQUIVOCATE, ByzantineFault.REPLAY), faults.byzantine());
        ByzantineNetwork network = assertInstanceOf(ByzantineNetwork.class, faults.network(HONEST, SIGNER, List::of, 1));
        assertEquals(faults.byzantine(), network.faults());
        assertEquals(BASE.instant().plusSeconds(5), faults.clock(BASE).instant());
        String warning = faults.warning().orElseThrow();
        assertTrue(warning.contains("BYZANTINE (equivocate,replay)") && warning.contains("5000 ms"), warning);
    }

    @Test
    void aClockOffsetAloneLeavesTheNetworkHonest() {
        TestFaults faults = TestFaults.of(config("TEST_FAULTS_ALLOWED", "true", "TEST_CLOCK_OFFSET_MS", "-3000"));
        assertSame(HONEST, faults.network(HONEST, SIGNER, List::of, 1));
        assertEquals(BASE.instant().minus(Duration.ofSeconds(3)), faults.clock(BASE).instant());
    }

    @Test
    void anUnknownMisbehaviourIsAConfigurationError() {
        assertThrows(ConfigException.class, () -> ConfigKeys.Test.TEST_BYZANTINE.parse("equivocate,lie"));
        assertThrows(ConfigException.class, () -> ConfigKeys.Test.TEST_CLOCK_OFFSET_MS.parse("7200000"));
        assertEquals(EnumSet.allOf(ByzantineFault.class), ByzantineFault.parse(ConfigKeys.Test.TEST_BYZANTINE
                .parse("equivocate,forge,replay,flood")));
    }
}
