package org.loopchain.api.rs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loopchain.api.RequestBodies;
import org.loopchain.api.ResponseCodes;
import org.loopchain.radiostation.JoinRequest;
import org.loopchain.radiostation.PeerListJson;
import org.loopchain.radiostation.RadioStation;
import org.loopchain.radiostation.Refusal;
import org.loopchain.radiostation.RegisteredPeer;
import org.loopchain.radiostation.RegistryException;

/** {@code /api/v1/peer/*} of the Radio Station: join, the peer list, the leader, peer statuses. */
@Path("peer")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PeerResource {

    @Inject
    private RadioStations stations;
    @Inject
    private RequestBodies bodies;

    /**
     * A signed join request {@code {"channel", "peer_id", "peer_target", "public_key", "rest_url",
     * "time_stamp", "signature"}}; answers the admitted peer's entry.
     */
    @POST
    @Path("join")
    @Consumes(MediaType.WILDCARD)
    public Response join(InputStream body) {
        RadioStation rs = stations.active();
        Map<String, Object> json = bodies.jsonObject(body, (status, m) -> RsReplies.error(status, ResponseCodes.FAIL_VALIDATE_PARAMS, m));
        JoinRequest request;
        try {
            request = JoinRequest.fromJson(json);
        } catch (RegistryException e) {
            throw RsReplies.error(e.refusal(), e.getMessage());
        }
        stations.channel(request.channel());
        RadioStation.JoinOutcome outcome = rs.join(request);
        if (outcome.refusal() != null) {
            throw RsReplies.error(outcome.refusal(), outcome.message());
        }
        RegisteredPeer peer = outcome.peer();
        String leaderId = rs.leader(request.channel()).map(RegisteredPeer::peerId).orElse("");
        return RsReplies.data(PeerListJson.entry(peer, peer.peerId().equals(leaderId) ? 1 : 0, rs.zone()));
    }

    @GET
    @Path("list")
    public Response list(@QueryParam("channel") String channelParam) {
        String channel = stations.channel(channelParam);
        RadioStation rs = stations.active();
        String leaderId = rs.leader(channel).map(RegisteredPeer::peerId).orElse("");
        return RsReplies.data(PeerListJson.list(rs.peers(channel), leaderId, rs.zone()));
    }

    @GET
    @Path("leader")
    public Response leader(@QueryParam("channel") String channelParam) {
        String channel = stations.channel(channelParam);
        RadioStation rs = stations.active();
        RegisteredPeer leader = rs.leader(channel).orElseThrow(() -> RsReplies.error(404, ResponseCodes.FAIL,
                "no peer has joined channel " + channel + " yet"));
        return RsReplies.data(PeerListJson.entry(leader, null, rs.zone()));
    }

    /** The peer's last heartbeat status (the original's answer is that body itself). */
    @GET
    @Path("status")
    public Response status(@QueryParam("peer_id") String peerId, @QueryParam("group_id") String groupId,
                           @QueryParam("channel") String channelParam) {
        String channel = stations.channel(channelParam);
        RadioStation rs = stations.active();
        if (peerId == null || peerId.isEmpty()) {
            throw RsReplies.error(Refusal.BAD_REQUEST, "the parameter 'peer_id' is required");
        }
        RegisteredPeer peer = rs.peer(channel, peerId).filter(p -> groupId == null || groupId.isEmpty() || groupId.equals(p.groupId()))
                .orElseThrow(() -> RsReplies.error(Refusal.UNKNOWN_PEER, "no peer " + RsReplies.clip(peerId)
                        + (groupId == null || groupId.isEmpty() ? "" : " in group " + RsReplies.clip(groupId)) + " in channel " + channel));
        Map<String, Object> status = rs.lastStatus(channel, peer.peerId()).orElseThrow(() -> RsReplies.error(Refusal.UNKNOWN_PEER,
                "peer " + peer.peerId() + " has not answered a heartbeat yet"));
        return RsReplies.ok(status);
    }

    @GET
    @Path("status-list")
    public Response statusList(@QueryParam("channel") String channelParam) {
        String channel = stations.channel(channelParam);
        RadioStation rs = stations.active();
        List<RegisteredPeer> peers = rs.peers(channel);
        List<Object> statuses = new ArrayList<>();
        for (RegisteredPeer p : peers) {
            Map<String, Object> s = new LinkedHashMap<>(rs.lastStatus(channel, p.peerId())
                    .orElseGet(() -> RsReplies.map("status", "no heartbeat answer yet", "peer_id", p.peerId(), "peer_target", p.peerTarget())));
            s.put("order", p.order());
            statuses.add(s);
        }
        return RsReplies.data(RsReplies.map(
                "registered_peer_count", peers.size(),
                "connected_peer_count", peers.stream().filter(RegisteredPeer::online).count(),
                "peer_status_list", statuses));
    }
}
