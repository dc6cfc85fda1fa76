package org.loopchain.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything a resource did not expect, an {@code Error} included: logged here with its stack trace, answered 503 with a short
 * JSON body (the node could not serve the request now; nothing of it was stored). Never a trace to
 * the client.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof ApiException api) {
            return Replies.json(api.status(), api.body());
        }
        if (e instanceof WebApplicationException web) {
            return new WebExceptionMapper().toResponse(web);
        }
        LOG.log(Level.WARNING, "request failed", e);
        return Replies.json(503, body(e));
    }

    /** The body of a failure: -11, as the error page and the transaction endpoint answer one. */
    static Map<String, Object> body(Throwable e) {
        return Replies.map("response_code", ResponseCodes.FAIL_CREATE_TX,
                "message", "the node could not serve this request now: " + e.getClass().getSimpleName());
    }
}
