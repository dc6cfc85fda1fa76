package org.loopchain.auditapi;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.loopchain.core.json.Json;

/** JSON answers of the audit API, written with the node's own JSON writer. */
final class Answers {

    static final MediaType JSON = MediaType.valueOf("application/json;charset=utf-8");

    private Answers() {
    }

    static Response ok(Object body) {
        return Response.ok(Json.pyDumps(body), JSON).build();
    }

    static Response status(int status, Object body) {
        return Response.status(status).entity(Json.pyDumps(body)).type(JSON).build();
    }
}
