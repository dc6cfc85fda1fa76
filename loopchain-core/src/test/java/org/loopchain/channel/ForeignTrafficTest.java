package org.loopchain.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ForeignTrafficTest {

    @Test
    void countsEachChannelApart() {
        ForeignTraffic traffic = new ForeignTraffic();
        traffic.count("kofia_1");
        traffic.count("kofia_1");
        traffic.count("other_2");
        assertEquals(Map.of("kofia_1", 2L, "other_2", 1L), traffic.counts());
    }

    @Test
    void keepsAtMostMaxNamesApartAndCountsTheRestAsOther() {
        ForeignTraffic traffic = new ForeignTraffic();
        for (int i = 0; i < ForeignTraffic.MAX_NAMES + 10; i++) {
            traffic.count("c" + i);
        }
        traffic.count(null);
        traffic.count("not a channel name {}");
        traffic.count("c0");
        Map<String, Long> counts = traffic.counts();
        assertEquals(ForeignTraffic.MAX_NAMES + 1, counts.size());
        assertEquals(12L, counts.get(ForeignTraffic.OTHER));
        assertEquals(2L, counts.get("c0"));
    }
}
