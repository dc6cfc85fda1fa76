package org.loopchain.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What the server refuses itself is answered in the API's terms: 4xx or 503, never another 5xx. */
class ErrorPageServletTest {

    @Test
    void aMethodTheServerDoesNotImplementIsNotAllowed() {
        assertEquals(405, ErrorPageServlet.status(501));
        assertEquals(ResponseCodes.FAIL, ErrorPageServlet.responseCode(ErrorPageServlet.status(501)));
    }

    @Test
    void otherStatusesKeepTheirMeaning() {
        assertEquals(404, ErrorPageServlet.status(404));
        assertEquals(403, ErrorPageServlet.status(403));
        assertEquals(ResponseCodes.FAIL_VALIDATE_PARAMS, ErrorPageServlet.responseCode(403));
        assertEquals("forbidden", ErrorPageServlet.message(403));
        assertEquals(ResponseCodes.FAIL_CREATE_TX, ErrorPageServlet.responseCode(503));
    }
}
