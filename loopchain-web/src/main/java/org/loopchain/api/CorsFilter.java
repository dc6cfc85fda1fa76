package org.loopchain.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;

/** The original's CORS headers on every response. */
@Provider
public class CorsFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> h = response.getHeaders();
        String path = request.getUriInfo().getPath();
        headers(path.startsWith("transactions") || path.startsWith("peer/join") || path.startsWith("proxy/")).forEach(h::putSingle);
    }

    /** The headers, in order; {@code posts} for the paths that take a POST. */
    public static Map<String, String> headers(boolean posts) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Access-Control-Allow-Origin", "*");
        h.put("Access-Control-Allow-Methods", posts ? "HEAD, POST, GET" : "HEAD, GET");
        h.put("Access-Control-Allow-Headers", "ACCEPT, CONTENT-TYPE");
        return h;
    }
}
