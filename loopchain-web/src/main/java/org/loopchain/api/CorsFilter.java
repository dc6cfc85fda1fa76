package org.loopchain.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/** The original's CORS headers on every response. */
@Provider
public class CorsFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> h = response.getHeaders();
        h.putSingle("Access-Control-Allow-Origin", "*");
        String path = request.getUriInfo().getPath();
        boolean txs = path.startsWith("transactions") || path.startsWith("peer/join");
        h.putSingle("Access-Control-Allow-Methods", txs ? "HEAD, POST, GET" : "HEAD, GET");
        h.putSingle("Access-Control-Allow-Headers", "ACCEPT, CONTENT-TYPE");
    }
}
