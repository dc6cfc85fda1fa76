package org.loopchain.auditapi;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the audit API as JSON {@code {"code", "message"}}: its own refusals with their
 * status, the server's (unknown path 404, wrong method 405, ...) with theirs, anything else 503 and
 * logged. No stack trace reaches the caller.
 */
@Provider
public class AuditExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(AuditExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof AuditError e) {
            return Answers.status(e.status(), e.body());
        }
        if (failure instanceof WebApplicationException e && e.getResponse().getStatus() < 500) {
            int status = e.getResponse().getStatus();
            return Answers.status(status, AuditError.body(AuditErrorServlet.code(status), AuditErrorServlet.message(status)));
        }
        LOG.log(Level.WARNING, "an audit request failed", failure);
        return Answers.status(503, AuditError.body("unavailable", "the node could not serve this request now"));
    }
}
