package org.loopchain.auditapi;

import jakarta.ejb.EJB;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.loopchain.audit.AuditEvent;
import org.loopchain.audit.AuditLog;
import org.loopchain.core.json.Json;

/**
 * The audit module's error page ({@code WEB-INF/web.xml}) and default servlet: what the server answers
 * itself, outside JAX-RS, in JSON. A 401 here is the server's MP-JWT refusing a token (bad signature,
 * other issuer, expired, malformed): it is recorded in the audit log like any refusal, and answered
 * 503 {@code idp_unavailable} when the issuer's keys cannot be fetched (the provider is down).
 */
@WebServlet({AuditErrorServlet.PATH, "/"})
public class AuditErrorServlet extends HttpServlet {

    static final String PATH = "/__error";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AuditErrorServlet.class.getName());

    @EJB
    private transient AuditLog log;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) != null || status >= 500) {
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String errorCode = code(status);
        String message = message(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            if (!IdpProbe.reachable(ConfigProvider.getConfig().getValue("mp.jwt.verify.publickey.location", String.class))) {
                status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
                errorCode = "idp_unavailable";
                message = "the identity provider's keys cannot be fetched now, so no token can be checked; try again later";
            }
            record(request, uri == null ? request.getRequestURI() : uri.toString(), status);
        }
        response.reset();
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"loopchain-audit\", error=\"invalid_token\"");
        }
        response.getOutputStream().write(Json.pyDumps(AuditError.body(errorCode, message)).getBytes(StandardCharsets.UTF_8));
    }

    private void record(HttpServletRequest request, String path, int status) {
        String channel = request.getParameter("channel");
        String query = request.getQueryString();
        try {
            log.record(new AuditEvent("", "", request.getMethod() + " " + path, channel == null ? "" : channel,
                    query == null ? "" : query, 0, status));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the audit log did not take a refused attempt", e);
        }
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "invalid_token";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 503 -> "unavailable";
            default -> "http_" + status;
        };
    }

    static String message(int status) {
        return switch (status) {
            case 401 -> "the Bearer token was refused: not signed by this node's issuer, expired, or malformed";
            case 403 -> "forbidden";
            case 404 -> "no such path in the audit API (see /api/audit/v1/transactions, /transactions/{hash}, /channels, /log)";
            case 405 -> "method not allowed on this path (the audit API only reads: GET)";
            case 503 -> "the node could not serve this request now";
            default -> "bad request (HTTP " + status + ")";
        };
    }
}
