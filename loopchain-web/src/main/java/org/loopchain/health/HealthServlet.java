package org.loopchain.health;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * The node's own checks on its REST port, {@code /health}, {@code /health/live}, {@code /health/ready},
 * {@code /health/started}, where the server's MicroProfile Health cannot list them: WildFly does not
 * read health checks from a module of an EAR (WFLY-12835), so there its management port lists only its
 * own. {@link WildFlyHealth} maps it on WildFly only; Payara serves these paths itself. 200 when UP,
 * 503 when DOWN, 404 for any other path.
 */
public class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, List<Annotation>> KINDS = Map.of(
            "/live", List.of(Liveness.Literal.INSTANCE),
            "/ready", List.of(Readiness.Literal.INSTANCE),
            "/started", List.of(Startup.Literal.INSTANCE),
            "/", List.of(Liveness.Literal.INSTANCE, Readiness.Literal.INSTANCE, Startup.Literal.INSTANCE));

    @Inject
    @Any
    private transient Instance<HealthCheck> checks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Annotation> kinds = KINDS.get(Optional.ofNullable(request.getPathInfo()).orElse("/"));
        if (kinds == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<HealthCheckResponse> responses = new ArrayList<>();
        for (Annotation kind : kinds) {
            for (HealthCheck check : checks.select(kind)) {
                responses.add(call(check));
            }
        }
        HealthReport report = HealthReport.of(responses);
        response.setStatus(report.up() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.getWriter().write(report.json());
    }

    private static HealthCheckResponse call(HealthCheck check) {
        try {
            return check.call();
        } catch (RuntimeException e) {
            return new HealthCheckResponse(check.getClass().getSimpleName(), HealthCheckResponse.Status.DOWN, Optional.empty());
        }
    }
}
