package org.loopchain.api.rs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProxyResourceTest {

    @Test
    void aSubmissionsChannelIsTheBodysTopLevelChannelStringAsAPeerReadsIt() {
        assertEquals("kofia_1", ProxyResource.bodyChannel(bytes("{\"data\": 1, \"channel\": \"kofia_1\"}")));
        assertNull(ProxyResource.bodyChannel(bytes("{\"data\": {\"channel\": \"kofia_1\"}}")));
        assertNull(ProxyResource.bodyChannel(bytes("{\"channel\": 7}")));
        assertNull(ProxyResource.bodyChannel(bytes("[\"channel\"]")));
        assertNull(ProxyResource.bodyChannel(bytes("{not json")));
        assertNull(ProxyResource.bodyChannel(new byte[0]));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
