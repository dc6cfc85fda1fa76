package org.loopchain.api;

import static org.loopchain.api.Replies.map;
import static org.loopchain.api.SignedConfigSubmission.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.loopchain.channel.Channel;

/**
 * {@code GET /api/v1/contracts?channel=}: the contracts users deployed on a channel with ICON v3
 * {@code deploy} transactions, in deploy order: address, owner, the jar's SHA-256, the deploy
 * transaction and the height of its block (what this peer committed).
 */
@Path("contracts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContractResource {

    @Inject
    private Channels channels;

    @GET
    public Response list(@QueryParam("channel") String channelParam) {
        Channel channel = channels.resolve(channelParam, m -> error(404, ResponseCodes.UNKNOWN_CHANNEL, m));
        return Replies.ok(map("response_code", 0, "channel", channel.name(),
                "contracts", channels.manager().contracts().list(channel.name())));
    }
}
