package org.loopchain.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unknown paths, wrong methods and the like: the JAX-RS status, with a loopchain JSON body. */
@Provider
public class WebExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        int code = status == 404 || status == 405 ? ResponseCodes.FAIL : ResponseCodes.FAIL_VALIDATE_PARAMS;
        return Replies.json(status, Replies.map("response_code", code, "message", reason == null ? "error" : reason));
    }
}
