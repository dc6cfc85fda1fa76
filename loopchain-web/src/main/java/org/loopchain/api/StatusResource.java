package org.loopchain.api;

import static org.loopchain.api.Replies.map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.loopchain.channel.Channel;
import org.loopchain.channel.ChannelStatus;
import org.loopchain.core.config.NodeIdentity;
import org.loopchain.core.json.Json;
import org.loopchain.score.engine.ScoreAddresses;
import org.loopchain.score.host.ScoreBinding;

/**
 * {@code /api/v1/status/peer}: this peer's state in one channel, in the original's shape
 * ({@code peer_type} and the {@code status} suffix are 1 on the leader) plus ours: role, round,
 * leader, last commit time and the consensus messages dropped by reason.
 */
@Path("status")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

    @Inject
    private Channels channels;
    @EJB
    private NodeIdentity node;

    @GET
    @Path("peer")
    public Response peer(@QueryParam("channel") String channelParam) {
        Channel channel = channels.resolve(channelParam, m -> Replies.error(404, ResponseCodes.UNKNOWN_CHANNEL, m));
        ChannelStatus s = channel.status();
        String leading = s.leader().equals(node.peerId()) ? "1" : "0";
        return Replies.ok(map(
                "made_block_count", s.madeBlockCount(),
                "status", "Service is online: " + leading,
                "peer_type", leading,
                "audience_count", "0",
                "consensus", "lft",
                "peer_id", node.peerId(),
                "block_height", s.height(),
                "total_tx", s.totalTx(),
                "peer_target", node.peerTarget(),
                "leader_complaint", 1,
                "channel", channel.name(),
                "block_hash", s.lastBlockHash(),
                "pending_tx", s.pendingTx(),
                "last_commit_time", s.lastCommitMicros(),
                "role", s.role(),
                "round", s.round(),
                "leader", s.leader(),
                "dropped_messages", channel.droppedCounts(),
                "address", ScoreAddresses.addressOfPublicKey(Base64.getDecoder().decode(node.key().publicKeyBase64()))));
    }

    /**
     * {@code /api/v1/status/evidence}: the equivocations this peer saw on the channel (a validator
     * that signed two different messages of one kind for one height and round), newest first, at
     * most 100, each with both signed messages as they came off the wire.
     */
    @GET
    @Path("evidence")
    public Response evidence(@QueryParam("channel") String channelParam) {
        Channel channel = channels.resolve(channelParam, m -> Replies.error(404, ResponseCodes.UNKNOWN_CHANNEL, m));
        List<Object> list = new ArrayList<>();
        for (var e : channels.manager().evidence().equivocations(channel.name(), 100)) {
            list.add(map("peer_id", e.peerId(), "height", e.height(), "round", e.round(), "type", e.type(),
                    "first", Json.parse(e.firstMessage()), "second", Json.parse(e.secondMessage())));
        }
        return Replies.ok(map("channel", channel.name(), "equivocations", list));
    }

    /**
     * {@code /api/v1/status/score}: the channel's SCORE as the original answered ({@code id},
     * {@code version}, {@code all_version}, {@code status} 0 when this peer runs it) plus ours: the
     * pinned SHA-256, the state ({@code none}, {@code ready}, {@code missing}, {@code mismatch},
     * {@code rejected}), a message saying why, and the SCORE's {@code cx} address, which v3
     * transactions and {@code icx_call} name ({@code ""} while the channel runs none).
     */
    @GET
    @Path("score")
    public Response score(@QueryParam("channel") String channelParam) {
        Channel channel = channels.resolve(channelParam, m -> Replies.error(404, ResponseCodes.UNKNOWN_CHANNEL, m));
        ScoreBinding b = channels.manager().score(channel.name());
        boolean runs = b.ready() || !b.hasScore();
        return Replies.ok(map(
                "id", b.pinned().id(),
                "version", b.pinned().version().isEmpty() ? "0" : b.pinned().version(),
                "all_version", b.allVersions().isEmpty() ? List.of("0") : b.allVersions(),
                "status", runs ? 0 : 1,
                "channel", channel.name(),
                "sha256", b.pinned().sha256(),
                "state", b.state().name().toLowerCase(Locale.ROOT),
                "message", b.message(),
                "address", b.hasScore() ? ScoreAddresses.scoreAddress(channel.name(), b.pinned().id()) : ""));
    }
}
