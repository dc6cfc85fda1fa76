package org.loopchain.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopchain.core.json.Json;

class ScorePackageTest {

    private static final String SHA = "ab".repeat(32);

    @Test
    void aPlainStringNamesNoDeployableScore() {
        ScorePackage p = ScorePackage.parse("channel c", "loopchain/default");
        assertEquals("loopchain/default", p.id());
        assertFalse(p.pinned());
        assertEquals("loopchain/default", p.toJson());
    }

    @Test
    void theObjectFormPinsAnArchiveWithParamsAndOwner() {
        Object json = Json.parse("{\"id\": \"token\", \"version\": \"1.0.0\", \"sha256\": \"" + SHA
                + "\", \"params\": {\"_name\": \"T\"}, \"owner\": \"hx" + "0".repeat(40) + "\"}");
        ScorePackage p = ScorePackage.parse("channel c", json);
        assertTrue(p.pinned());
        assertEquals("token", p.id());
        assertEquals("1.0.0", p.version());
        assertEquals(SHA, p.sha256());
        assertEquals(Map.of("_name", "T"), p.params());
        assertEquals(json, p.toJson());
    }

    @Test
    void badPinsAreRefusedNamingTheField() {
        assertThrows(IllegalArgumentException.class, () -> ScorePackage.parse("c", ""));
        assertThrows(IllegalArgumentException.class, () -> ScorePackage.parse("c", 5));
        String sha = "\"sha256\": \"" + SHA + "\"";
        var e = assertThrows(IllegalArgumentException.class,
                () -> ScorePackage.parse("c", Json.parse("{\"id\": \"t\", \"version\": \"1\", \"sha256\": \"XYZ\"}")));
        assertTrue(e.getMessage().contains("sha256"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ScorePackage.parse("c", Json.parse("{\"id\": \"t\", \"version\": \"1\", " + sha + ", \"x\": 1}")));
        assertTrue(e.getMessage().contains("score_package.x"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ScorePackage.parse("c", Json.parse("{\"version\": \"1\", " + sha + "}")));
        assertTrue(e.getMessage().contains("score_package.id"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ScorePackage.parse("c", Json.parse("{\"id\": \"t\", \"version\": \"1\", " + sha + ", \"owner\": \"bob\"}")));
        assertTrue(e.getMessage().contains("owner"), e.getMessage());
    }

    @Test
    void channelManageDataReadsBothForms() {
        var channels = ChannelManageData.parse("{\"a\": {\"score_package\": \"loopchain/default\"}, \"b\": {\"score_package\": "
                + "{\"id\": \"token\", \"version\": \"1\", \"sha256\": \"" + SHA + "\"}}}");
        assertFalse(channels.get("a").score().pinned());
        assertTrue(channels.get("b").score().pinned());
        assertEquals("token", channels.get("b").scorePackage());
        assertEquals(channels.get("b").score().toJson(), channels.get("b").toJson().get("score_package"));
    }
}
