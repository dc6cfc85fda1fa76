package org.loopchain.cli.top;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopScreenTest {
    static final long SECOND = 1_000_000_000L;

    static NodeReading peer(String name, String peerId, long nanos, Map<String, ChannelReading> channels) {
        return new NodeReading(name, "peer", true, "", peerId, channels, nanos);
    }

    static Map<String, ChannelReading> channels(long defaultTx, long kofiaTx) {
        Map<String, ChannelReading> m = new LinkedHashMap<>();
        m.put("loopchain_default", new ChannelReading(12, defaultTx, 7, 0, 6, 0, 2, "leader", "hx0"));
        m.put("kofia_1", new ChannelReading(3, kofiaTx, 0, 2, 1, 3, 0, "validator", "hxffffffffffffffffffff"));
        return m;
    }

    final List<NodeReading> before = List.of(
            peer("peer0", "hx0", 1 * SECOND, channels(3000, 10)),
            NodeReading.down("peer1", "peer", "nothing listens on 127.0.0.1:9100", 1 * SECOND),
            new NodeReading("rs", "rs", true, "", "", Map.of(), 1 * SECOND));
    final List<NodeReading> now = List.of(
            peer("peer0", "hx0", 3 * SECOND, channels(3400, 5)),
            NodeReading.down("peer1", "peer", "nothing listens on 127.0.0.1:9100", 3 * SECOND),
            new NodeReading("rs", "rs", true, "", "", Map.of(), 3 * SECOND));

    @Test
    void aRowPerNodeAndChannelWithTxPerSecondFromTheTwoPolls() {
        assertEquals("""
                loopchain top
                NODE   CHANNEL            ROLE           STATE  HEIGHT    TX   TX/S  PENDING  ROUND  LEADER         COMPLAINTS  LEADER_CHG  DROPPED
                peer0  loopchain_default  leader         up         12  3400  200.0        7      0  peer0                   0           6        2
                peer0  kofia_1            validator      up          3     5      -        0      2  hxffffffffff…           3           1        0
                peer1  -                  -              down        -     -      -        -      -  -                       -           -        -
                rs     -                  radio station  up          -     -      -        -      -  -                       -           -        -
                2 of 3 nodes up; tx/s over the last 2.0 s
                  peer1: nothing listens on 127.0.0.1:9100
                """, TopScreen.render("loopchain top", before, now));
    }

    @Test
    void theFirstScreenHasNoRateYet() {
        String screen = TopScreen.render("t", List.of(), now);
        assertTrue(screen.matches("(?s).*\npeer0 +loopchain_default +leader +up +12 +3400 +- +7 .*"), screen);
        assertTrue(screen.endsWith("2 of 3 nodes up\n  peer1: nothing listens on 127.0.0.1:9100\n"), screen);
    }

    @Test
    void aNodeThatCameBackHasNoRateUntilItsSecondPoll() {
        List<NodeReading> wasDown = List.of(NodeReading.down("peer0", "peer", "no answer", 0));
        String screen = TopScreen.render("t", wasDown, List.of(peer("peer0", "hx0", SECOND, channels(3400, 5))));
        assertTrue(screen.matches("(?s).*\npeer0 +loopchain_default +leader +up +12 +3400 +- +7 .*"), screen);
        assertTrue(screen.contains("1 of 1 nodes up"), screen);
    }
}
