package org.loopchain.api.rs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /api/v1/conf}: the Radio Station's {@code channel_manage_data} as loaded. */
@Path("conf")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConfResource {

    @Inject
    private RadioStations stations;

    @GET
    public Response conf() {
        return RsReplies.ok(stations.active().conf());
    }
}
