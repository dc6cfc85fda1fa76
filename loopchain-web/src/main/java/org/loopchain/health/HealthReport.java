package org.loopchain.health;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.loopchain.core.json.Json;

/**
 * The answer of a health endpoint in MicroProfile Health's wire format: {@code {"status": "UP"|"DOWN",
 * "checks": [{"name", "status", "data"?}]}}, UP only when every check is (and when there is none).
 */
record HealthReport(boolean up, String json) {

    static HealthReport of(List<HealthCheckResponse> responses) {
        boolean up = true;
        List<Object> checks = new ArrayList<>();
        for (HealthCheckResponse r : responses) {
            up &= r.getStatus() == HealthCheckResponse.Status.UP;
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("name", r.getName());
            check.put("status", r.getStatus().name());
            r.getData().filter(d -> !d.isEmpty()).ifPresent(d -> check.put("data", new LinkedHashMap<>(d)));
            checks.add(check);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("status", up ? "UP" : "DOWN");
        report.put("checks", checks);
        return new HealthReport(up, Json.pyDumps(report));
    }
}
