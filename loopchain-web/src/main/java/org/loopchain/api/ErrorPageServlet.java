package org.loopchain.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.loopchain.core.json.Json;

/**
 * The error page of every path on a node's port ({@code WEB-INF/web.xml}): whatever the server
 * itself refuses (a path outside the API, a method no resource has) or fails at (an {@code Error}
 * thrown past JAX-RS) is answered in JSON, {@code {"response_code": …, "message": …}}, never the
 * server's HTML page with its name and version, never a stack trace. A failure is answered 503.
 *
 * <p>It is also the web module's default servlet ({@code /}): a path outside the API answers 404 in
 * JSON whatever the method, where the server's own default servlet answered PUT and DELETE 403 and a
 * method it does not know 501, each with its HTML page. A 501 the server answers elsewhere is a 405.
 */
@WebServlet({ErrorPageServlet.PATH, "/"})
public class ErrorPageServlet extends HttpServlet {

    static final String PATH = "/__error";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = status(code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND);
        if (failure instanceof Throwable t) {
            LOG.log(Level.WARNING, "request to " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + " failed", t);
        }
        if (failure != null || status >= 500) {
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String body = Json.pyDumps(Replies.map("response_code", responseCode(status), "message", message(status)));
        response.reset();
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    /** The status answered for one the server chose: a method it does not implement is not allowed. */
    static int status(int chosen) {
        return chosen == HttpServletResponse.SC_NOT_IMPLEMENTED ? HttpServletResponse.SC_METHOD_NOT_ALLOWED : chosen;
    }

    static int responseCode(int status) {
        if (status == 404 || status == 405) {
            return ResponseCodes.FAIL;
        }
        return status >= 500 ? ResponseCodes.FAIL_CREATE_TX : ResponseCodes.FAIL_VALIDATE_PARAMS;
    }

    static String message(int status) {
        return switch (status) {
            case 404 -> "no such path on this node (the API is under /api/v1)";
            case 403 -> "forbidden";
            case 405 -> "method not allowed on this path";
            case 413 -> "request body too large";
            case 414 -> "request URI too long";
            case 431 -> "request headers too large";
            case 503 -> "the node could not serve this request now";
            default -> "bad request (HTTP " + status + ")";
        };
    }
}
