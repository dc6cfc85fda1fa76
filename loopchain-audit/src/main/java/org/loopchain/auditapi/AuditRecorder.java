package org.loopchain.auditapi;

import jakarta.ejb.EJB;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.loopchain.audit.AuditEvent;
import org.loopchain.audit.AuditLog;
import org.loopchain.core.json.Json;

/**
 * Records every answer of the audit API, granted or refused, in the node's audit log before the
 * answer leaves: who (the token's subject and name), what (method, path, channel, query), how many
 * records, which status. When the log cannot take the entry, the caller gets 503 instead of the data.
 */
@Provider
public class AuditRecorder implements ContainerResponseFilter {

    /** The request property a resource sets to the number of records it answers with. */
    static final String RECORDS = "org.loopchain.audit.records";

    private static final Logger LOG = Logger.getLogger(AuditRecorder.class.getName());

    @EJB
    private AuditLog log;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String channel = request.getUriInfo().getQueryParameters().getFirst("channel");
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        Object records = request.getProperty(RECORDS);
        Caller caller = Caller.of(request.getSecurityContext().getUserPrincipal());
        AuditEvent event = new AuditEvent(caller.subject(), caller.name(),
                request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath(),
                channel == null ? "" : channel, query == null ? "" : query,
                records instanceof Integer n ? n : 0, response.getStatus());
        try {
            log.record(event);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the audit log did not take an entry; the answer is withheld", e);
            response.setStatus(503);
            response.setEntity(Json.pyDumps(AuditError.body("audit_log_unavailable",
                    "the audit log could not record this read, so nothing is answered; try again")), new Annotation[0], Answers.JSON);
        }
    }
}
