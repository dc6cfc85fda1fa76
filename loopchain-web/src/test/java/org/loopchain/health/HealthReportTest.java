package org.loopchain.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

class HealthReportTest {

    @Test
    void everyCheckUpIsUpWithEachChecksNameStatusAndData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("database", true);
        data.put("channel loopchain_default", "validator at height 7");
        HealthReport report = HealthReport.of(List.of(new HealthCheckResponse("loopchain-ready", Status.UP, Optional.of(data)),
                new HealthCheckResponse("loopchain-threads", Status.UP, Optional.empty())));

        assertTrue(report.up());
        assertEquals("{\"status\": \"UP\", \"checks\": [{\"name\": \"loopchain-ready\", \"status\": \"UP\", \"data\": {\"database\": true,"
                + " \"channel loopchain_default\": \"validator at height 7\"}}, {\"name\": \"loopchain-threads\", \"status\": \"UP\"}]}",
                report.json());
    }

    @Test
    void oneCheckDownMakesTheWholeDown() {
        HealthReport report = HealthReport.of(List.of(new HealthCheckResponse("loopchain-node", Status.UP, Optional.empty()),
                new HealthCheckResponse("loopchain-ready", Status.DOWN, Optional.of(Map.of("broker", false)))));

        assertFalse(report.up());
        assertTrue(report.json().startsWith("{\"status\": \"DOWN\""), report.json());
    }

    @Test
    void noCheckIsUp() {
        assertEquals(new HealthReport(true, "{\"status\": \"UP\", \"checks\": []}"), HealthReport.of(List.of()));
    }
}
