package org.loopchain.api;

import static org.loopchain.api.Replies.map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.loopchain.channel.Channel;
import org.loopchain.channel.ChannelStatus;
import org.loopchain.node.NodeRuntime;

/** {@code /api/v1/status/peer}: this peer's state in one channel, in the original's shape plus our fields. */
@Path("status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

    @Inject
    private Channels channels;
    @EJB
    private NodeRuntime node;

    @GET
    @Path("peer")
    public Response peer(@QueryParam("channel") String channelParam) {
        Channel channel = channels.resolve(channelParam, m -> Replies.error(404, ResponseCodes.UNKNOWN_CHANNEL, m));
        ChannelStatus s = channel.status();
        return Replies.ok(map(
                "made_block_count", s.madeBlockCount(),
                "status", "Service is online: 1",
                "peer_type", "1",
                "audience_count", "0",
                "consensus", "none",
                "peer_id", node.peerId(),
                "block_height", s.height(),
                "total_tx", s.totalTx(),
                "peer_target", node.peerTarget(),
                "leader_complaint", 1,
                "channel", channel.name(),
                "block_hash", s.lastBlockHash(),
                "pending_tx", s.pendingTx(),
                "last_commit_time", s.lastCommitMicros()));
    }
}
