package org.loopchain.cli.knobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.cli.CliException;

class KnobsTest {
    static Map<String, String> resolve(Map<String, String> env) {
        return Knobs.resolve(env, "/repo", Path.of("/here"));
    }

    @Test
    void unsetKnobsTakeTheirDefaults() {
        Map<String, String> v = resolve(Map.of());
        assertEquals("/repo/.work", v.get("WORK"));
        assertEquals("7100", v.get("PORT_PEER0"));
        assertEquals("7102", v.get("PORT_RS"));
        assertEquals("4", v.get("PEERS"));
    }

    @Test
    void relativePathsAreTakenFromTheCurrentDirectory() {
        assertEquals("/here/w", resolve(Map.of("LOOPCHAIN_WORK", "w")).get("WORK"));
    }

    @Test
    void badValuesAreRefusedNamingTheVariable() {
        assertEquals("LOOPCHAIN_PEERS must be 1..50, got '51'",
                assertThrows(CliException.class, () -> resolve(Map.of("LOOPCHAIN_PEERS", "51"))).getMessage());
        assertEquals("LOOPCHAIN_PORT_PEER must be a port number 1..65535, got '7x'",
                assertThrows(CliException.class, () -> resolve(Map.of("LOOPCHAIN_PORT_PEER", "7x"))).getMessage());
        assertEquals("LOOPCHAIN_PARALLEL must be a number >= 1, got '0'",
                assertThrows(CliException.class, () -> resolve(Map.of("LOOPCHAIN_PARALLEL", "0"))).getMessage());
        assertEquals("LOOPCHAIN_SYNC_TIMEOUT must be a number of seconds, got '-1'",
                assertThrows(CliException.class, () -> resolve(Map.of("LOOPCHAIN_SYNC_TIMEOUT", "-1"))).getMessage());
        assertEquals("LOOPCHAIN_KEYCLOAK must be on or off, got 'yes'",
                assertThrows(CliException.class, () -> resolve(Map.of("LOOPCHAIN_KEYCLOAK", "yes"))).getMessage());
    }

    @Test
    void keycloakIsOnAtPort8180UnlessTurnedOff() {
        assertEquals("on", resolve(Map.of()).get("KEYCLOAK"));
        assertEquals("8180", resolve(Map.of()).get("KEYCLOAK_PORT"));
        assertEquals("off", resolve(Map.of("LOOPCHAIN_KEYCLOAK", "off")).get("KEYCLOAK"));
    }
}
